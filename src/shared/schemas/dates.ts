import { z } from 'zod';

/**
 * The years a date may fall in. Nothing a person records about a career (experience, training,
 * exams, renewals) lies outside them, and a typo like year 1 or 20266 would otherwise reach the
 * planners (one session dated year 1 made the dashboard twenty times slower).
 */
export const MIN_PLAUSIBLE_YEAR = 1950;
export const MAX_PLAUSIBLE_YEAR = 2100;
const PLAUSIBLE_RANGE = `Use a date between ${MIN_PLAUSIBLE_YEAR} and ${MAX_PLAUSIBLE_YEAR}`;

export function isPlausibleYear(year: number): boolean {
  return year >= MIN_PLAUSIBLE_YEAR && year <= MAX_PLAUSIBLE_YEAR;
}

/** A calendar day in the person's local calendar, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  // Screens show dates in the system's pattern, so the message names no pattern of its own.
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a full date (day, month and year)')
  .refine(isRealCalendarDate, 'Not a real calendar date')
  .refine((value) => isPlausibleYear(Number(value.slice(0, 4))), PLAUSIBLE_RANGE);
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A calendar month, `YYYY-MM`. */
export const IsoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month and year')
  .refine((value) => isPlausibleYear(Number(value.slice(0, 4))), `Use a month between ${MIN_PLAUSIBLE_YEAR} and ${MAX_PLAUSIBLE_YEAR}`);
export type IsoMonth = z.infer<typeof IsoMonthSchema>;

/** An instant in UTC, ISO-8601 with a `Z` suffix. */
export const IsoInstantSchema = z.iso.datetime({ message: 'Use an ISO-8601 UTC timestamp' });
export type IsoInstant = z.infer<typeof IsoInstantSchema>;

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this month; Date.UTC handles leap years.
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}
