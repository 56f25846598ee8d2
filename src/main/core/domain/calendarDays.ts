import { addDays, differenceInCalendarDays, format, getISODay, parseISO, startOfISOWeek } from 'date-fns';
import type { IsoDate } from '../../../shared/schemas/dates';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings in the person's local calendar. Every rule in
 * domain/ works on these strings, so nothing depends on a time of day or a time zone offset.
 */

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** 0 = Monday … 6 = Sunday, the order availability is given in. */
export function weekdayIndex(date: IsoDate): number {
  return getISODay(parseISO(date)) - 1;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** Every day from `from` up to, not including, `until`. */
export function eachDay(from: IsoDate, until: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  const count = daysBetween(from, until);
  const start = parseISO(from);
  for (let i = 0; i < count; i++) days.push(format(addDays(start, i), 'yyyy-MM-dd'));
  return days;
}

/** The Monday of the week holding `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');
}

/** 2026-11-25 → "25 Nov 2026", for sentences the core writes. */
export function formatDayForPeople(date: IsoDate): string {
  return format(parseISO(date), 'd MMM yyyy');
}

/** 200 → "3 h 20 min", 45 → "45 min", 120 → "2 h". */
export function formatDuration(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
