import { formatDayForPeople, formatDuration } from '../calendarDays';
import type { PlanHoliday, PlanMove } from './dayAdjustments';
import type { PlanSettings } from './types';

type Days = Pick<PlanSettings, 'holidays' | 'moves' | 'examDate'>;

/**
 * What changed on single days between two plans: public holidays now skipped (or no longer), and
 * sessions moved from one day to another, in sentences for the "What changed" list.
 */
export function describeDayChanges(before: Days, after: Days, today: string): string[] {
  const lines: string[] = [];
  const holidayKey = (h: PlanHoliday) => `${h.date}|${h.name}`;
  const oldHolidays = new Set((before.holidays ?? []).map(holidayKey));
  const newHolidays = new Set((after.holidays ?? []).map(holidayKey));
  // Only days still ahead matter: the past is never re-planned.
  const added = (after.holidays ?? []).filter((h) => !oldHolidays.has(holidayKey(h)) && h.date >= today && h.date < after.examDate);
  const removed = (before.holidays ?? []).filter((h) => !newHolidays.has(holidayKey(h)) && h.date >= today && h.date < before.examDate);
  if (added.length > 0) lines.push(`Public holidays skipped: ${listHolidays(added)}.`);
  if (removed.length > 0) lines.push(`No longer skipped as public holidays: ${listHolidays(removed)}.`);

  const moveKey = (m: PlanMove) => `${m.fromDate}|${m.toDate}|${m.minutes}|${m.domainId ?? ''}`;
  const ahead = (m: PlanMove) => m.toDate >= today || m.fromDate >= today;
  const oldMoves = new Set((before.moves ?? []).filter(ahead).map(moveKey));
  const newMoves = new Set((after.moves ?? []).filter(ahead).map(moveKey));
  for (const move of (after.moves ?? []).filter(ahead)) {
    if (!oldMoves.has(moveKey(move))) {
      lines.push(`Moved ${formatDuration(move.minutes)} of study from ${formatDayForPeople(move.fromDate)} to ${formatDayForPeople(move.toDate)}; the other days were planned around it.`);
    }
  }
  for (const move of (before.moves ?? []).filter(ahead)) {
    if (!newMoves.has(moveKey(move)) && !(after.moves ?? []).some((m) => m.fromDate === move.fromDate)) {
      lines.push(`${formatDuration(move.minutes)} moved back to ${formatDayForPeople(move.fromDate)}.`);
    }
  }
  return lines;
}

function listHolidays(holidays: readonly PlanHoliday[]): string {
  const shown = holidays.slice(0, 4).map((h) => `${formatDayForPeople(h.date)} (${h.name})`);
  return holidays.length > 4 ? `${shown.join(', ')} and ${holidays.length - 4} more` : shown.join(', ');
}
