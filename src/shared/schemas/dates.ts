import { z } from 'zod';

/** A calendar day in the person's local calendar, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  // Screens show dates in the system's pattern, so the message names no pattern of its own.
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a full date (day, month and year)')
  .refine(isRealCalendarDate, 'Not a real calendar date');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A calendar month, `YYYY-MM`. */
export const IsoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month and year');
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
