import type { IsoDate } from '../../../../shared/schemas/dates';
import { plusDays, daysBetween, formatDayForPeople, formatDuration } from '../calendarDays';
import { compareDomainWeights, describeWeightChanges } from '../../../../shared/examOutlines';
import { dayCapacities, totalMinutes } from './capacity';
import { describeDayChanges } from './describeDayChanges';
import type { PlanBasis } from './replan';
import type { PlanBreak, PlannedItem } from './types';

interface ChangeInput {
  previous: { basis: PlanBasis; futureItems: readonly PlannedItem[] };
  next: { basis: PlanBasis; items: readonly PlannedItem[] };
  /** Planned sessions between the previous plan and today that were not (fully) done. */
  missed: { missed: number; partly: number; minutes: number };
  shortfall: boolean;
  today: IsoDate;
}

/**
 * What a re-plan changed, in short sentences ("4 missed sessions (3 h) spread over the next
 * 3 weeks", "Exam moved 14 days earlier: 9 h less study time"). Empty when nothing changed.
 */
export function describeChanges({ previous, next, missed, shortfall, today }: ChangeInput): string[] {
  const lines: string[] = [];
  const before = previous.basis.settings;
  const after = next.basis.settings;

  if (missed.missed + missed.partly > 0 && missed.minutes > 0) {
    const what = [
      missed.missed > 0 ? `${missed.missed} missed session${missed.missed === 1 ? '' : 's'}` : null,
      missed.partly > 0 ? `${missed.partly} partly done` : null,
    ]
      .filter(Boolean)
      .join(' and ');
    const spread = spreadDescription(previous.futureItems, next.items, today);
    lines.push(
      shortfall && spread === null
        ? `${what} (${formatDuration(missed.minutes)}): there is no room left before the exam to make up for them.`
        : `${what} (${formatDuration(missed.minutes)}) spread over ${spread ?? 'the days left'}.`,
    );
  }

  if (before.examDate !== after.examDate) {
    const shift = daysBetween(before.examDate, after.examDate);
    const capacityBefore = totalMinutes(dayCapacities(before, today, before.examDate));
    const capacityAfter = totalMinutes(dayCapacities(after, today, after.examDate));
    const diff = capacityAfter - capacityBefore;
    const direction = shift < 0 ? 'earlier' : 'later';
    const time = diff === 0 ? 'the same study time' : `${formatDuration(Math.abs(diff))} ${diff < 0 ? 'less' : 'more'} study time`;
    lines.push(`Exam moved ${Math.abs(shift)} day${Math.abs(shift) === 1 ? '' : 's'} ${direction} (to ${formatDayForPeople(after.examDate)}): ${time}.`);
  }

  const outlineLine = describeOutlineSwitch(previous.basis, next.basis);
  if (outlineLine) lines.push(outlineLine);

  if (before.goalMinutes !== after.goalMinutes) {
    lines.push(`Study goal changed from ${formatDuration(before.goalMinutes)} to ${formatDuration(after.goalMinutes)}.`);
  }

  const weekBefore = before.availability.reduce((s, m) => s + m, 0);
  const weekAfter = after.availability.reduce((s, m) => s + m, 0);
  if (before.availability.join(',') !== after.availability.join(',')) {
    lines.push(
      weekBefore === weekAfter
        ? `Availability moved between weekdays (still ${formatDuration(weekAfter)} a week).`
        : `Weekly availability changed from ${formatDuration(weekBefore)} to ${formatDuration(weekAfter)}.`,
    );
  }

  if (before.sessionMinutes !== after.sessionMinutes) {
    lines.push(`Sessions are now ${after.sessionMinutes} min long (were ${before.sessionMinutes} min).`);
  }
  if (before.reviewDays !== after.reviewDays) {
    lines.push(`Review days: ${after.reviewDays === null ? 'chosen by Certplan' : after.reviewDays} (were ${before.reviewDays === null ? 'chosen by Certplan' : before.reviewDays}).`);
  }

  for (const added of breaksOnlyIn(after.breaks, before.breaks)) {
    const lost = totalMinutes(dayCapacities({ availability: after.availability, breaks: [] }, maxDate(added.startDate, today), nextDay(added.endDate, after.examDate)));
    lines.push(`${describeBreak(added)} added: ${formatDuration(lost)} of study time moved to other days.`);
  }
  for (const removed of breaksOnlyIn(before.breaks, after.breaks)) {
    lines.push(`${describeBreak(removed)} removed.`);
  }
  lines.push(...describeDayChanges(before, after, today));

  const shareChanges = next.basis.shares
    .map((s) => {
      const old = previous.basis.shares.find((p) => p.domainId === s.domainId);
      return old ? { name: s.name, from: Math.round(old.share * 100), to: Math.round(s.share * 100) } : null;
    })
    .filter((c): c is { name: string; from: number; to: number } => c !== null && c.from !== c.to);
  if (shareChanges.length > 0) {
    lines.push(`Study split changed (weight × weakness): ${shareChanges.map((c) => `${c.name} ${c.from}% → ${c.to}%`).join(', ')}.`);
  }
  return lines;
}

/**
 * "Your exam is now under the July 2026 outline: Business Environment rises from 8% to 26%, …":
 * when the exam date moved across an outline switch (or the track adopted rules with another
 * outline), the study split follows the new weights, and the person is told why.
 */
function describeOutlineSwitch(before: PlanBasis, after: PlanBasis): string | null {
  const a = before.outline;
  const b = after.outline;
  if (!a || !b || a.id === b.id) return null;
  const weights = describeWeightChanges(compareDomainWeights(a.domains, b.domains));
  return `Your exam is now under the ${b.name} (was the ${a.name})${weights ? `: ${weights}` : ''}.`;
}

/** "the next 3 weeks": how far the days that gained minutes reach, or null if none gained. */
function spreadDescription(before: readonly PlannedItem[], after: readonly PlannedItem[], today: IsoDate): string | null {
  const perDay = (items: readonly PlannedItem[]) => {
    const map = new Map<IsoDate, number>();
    for (const item of items) map.set(item.date, (map.get(item.date) ?? 0) + item.minutes);
    return map;
  };
  const old = perDay(before);
  const gained = [...perDay(after)].filter(([date, minutes]) => minutes > (old.get(date) ?? 0)).map(([date]) => date).sort();
  const last = gained.at(-1);
  if (!last) return null;
  const days = daysBetween(today, last) + 1;
  if (days <= 7) return days === 1 ? 'today' : `the next ${days} days`;
  const weeks = Math.ceil(days / 7);
  return `the next ${weeks} weeks`;
}

function breaksOnlyIn(these: readonly PlanBreak[], those: readonly PlanBreak[]): PlanBreak[] {
  const key = (b: PlanBreak) => `${b.startDate}|${b.endDate}|${b.label}`;
  const other = new Set(those.map(key));
  return these.filter((b) => !other.has(key(b)));
}

function describeBreak(b: PlanBreak): string {
  const span = b.startDate === b.endDate ? formatDayForPeople(b.startDate) : `${formatDayForPeople(b.startDate)} – ${formatDayForPeople(b.endDate)}`;
  return `Break ${span} (${b.label})`;
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The day after `date`, but no later than the exam (a break past the exam costs nothing). */
function nextDay(date: IsoDate, examDate: IsoDate): IsoDate {
  const after = plusDays(date, 1);
  return after < examDate ? after : examDate;
}
