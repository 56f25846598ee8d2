import { addDays, addMonths, addYears, differenceInCalendarDays, format, parseISO, set } from 'date-fns';
import type { IsoDate } from '../../../shared/schemas/dates';

/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings in the person's local calendar. date-fns works
 * in calendar days and months (not 24-hour steps), so these stay right across daylight-saving
 * changes and leap years (a cycle from 29 February ends on the 28th).
 */

export const toDay = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');
const fromDay = (day: IsoDate): Date => parseISO(day);

export const plusDays = (day: IsoDate, days: number): IsoDate => toDay(addDays(fromDay(day), days));
export const plusMonths = (day: IsoDate, months: number): IsoDate => toDay(addMonths(fromDay(day), months));
export const plusYears = (day: IsoDate, years: number): IsoDate => toDay(addYears(fromDay(day), years));

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(fromDay(to), fromDay(from));

/** The instant of `hour`:00 local time on a calendar day. */
export function localTimeOn(day: IsoDate, hour: number): Date {
  return set(fromDay(day), { hours: hour, minutes: 0, seconds: 0, milliseconds: 0 });
}

/** The first day of the day's month, e.g. 2026-11-25 → 2026-11-01. */
export const monthStartOf = (day: IsoDate): IsoDate => `${day.slice(0, 7)}-01`;

/** Average days in a month, for rates such as "units a month". */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Units are quarters at the finest (PMI); rounding to thousandths hides float noise only. */
export const roundUnits = (n: number): number => Math.round(n * 1000) / 1000;
