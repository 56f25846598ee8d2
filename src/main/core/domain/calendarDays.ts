import { format } from 'date-fns';
import type { IsoDate } from '../../../shared/schemas/dates';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings in the person's local calendar. Every rule in
 * domain/ works on these strings, so nothing depends on a time of day or a time zone offset;
 * date-fns steps in calendar days and months (not 24-hour steps), so these stay right across
 * daylight-saving changes and leap years (a cycle from 29 February ends on the 28th).
 */

export const toDay = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');

/*
 * Day steps, differences and weekdays run in hot loops (plans over years, cycle windows), so they
 * count whole days on the UTC timeline, where every day is 24 hours: no parsing through date-fns
 * and no time-zone offsets, with the same answers as calendar-day arithmetic (issue 10).
 */
const DAY_MS = 86_400_000;
const utcOf = (day: IsoDate): number => {
  const ms = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  if (Number.isNaN(ms) || day.length !== 10) throw new RangeError(`Invalid day: ${day}`);
  return ms;
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dayOfUtc = (ms: number): IsoDate => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};

export const plusDays = (day: IsoDate, days: number): IsoDate => dayOfUtc(utcOf(day) + Math.trunc(days) * DAY_MS);
/**
 * Calendar months and years as date-fns counts them (the day of month kept, clamped to the end of
 * a shorter month: 31 January + 1 month is 28 or 29 February), by arithmetic on the parts: cycle
 * years run for every CE activity (issue 10).
 */
export const plusMonths = (day: IsoDate, months: number): IsoDate => {
  utcOf(day);
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + Math.trunc(months);
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const date = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(date, 2)}`;
};
export const plusYears = (day: IsoDate, years: number): IsoDate => plusMonths(day, Math.trunc(years) * 12);

/** Days in a month (0 = January) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] ?? 31;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((utcOf(to) - utcOf(from)) / DAY_MS);

/** 0 = Monday … 6 = Sunday, the order availability is given in. */
export function weekdayIndex(date: IsoDate): number {
  return (new Date(utcOf(date)).getUTCDay() + 6) % 7;
}

/** Every day from `from` up to, not including, `until`. */
export function eachDay(from: IsoDate, until: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  const start = utcOf(from);
  const count = daysBetween(from, until);
  for (let i = 0; i < count; i++) days.push(dayOfUtc(start + i * DAY_MS));
  return days;
}

/** The Monday of the week holding `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return plusDays(date, -weekdayIndex(date));
}

/** The first day of the day's month, e.g. 2026-11-25 → 2026-11-01. */
export const monthStartOf = (day: IsoDate): IsoDate => `${day.slice(0, 7)}-01`;

/** The instant of `hour`:00 local time on a calendar day. */
export function localTimeOn(day: IsoDate, hour: number): Date {
  // The Date constructor on the parts (the reminder scan asks for every date and lead time, issue 10);
  // setFullYear keeps years below 100 from being read as 19xx.
  utcOf(day);
  const date = new Date(2000, 0, 1, hour, 0, 0, 0);
  date.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  date.setHours(hour, 0, 0, 0);
  return date;
}

/** 2026-11-25 → "11/25/2026" (the system locale's way), for sentences the core writes. */
export { formatDayForPeople } from '../peopleDates';

/** 200 → "3 h 20 min", 45 → "45 min", 120 → "2 h". */
export function formatDuration(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Average days in a month, for rates such as "units a month". */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Units are quarters at the finest (PMI); rounding to thousandths hides float noise only. */
export const roundUnits = (n: number): number => Math.round(n * 1000) / 1000;
