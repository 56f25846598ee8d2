import { formatCalendarDay, formatWeekdayDay } from '../../shared/dateFormat';

/**
 * Every date a screen shows goes through here: the system locale's numeric date, the same
 * pattern the date fields show (see shared/dateFormat.ts).
 */

/** 2026-11-25T10:00:00Z → "11/25/2026" in the person's calendar. */
export function formatInstantDate(iso: string): string {
  const instant = new Date(iso);
  const local = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
  return formatCalendarDay(local);
}

/** 2026-11-25 → "11/25/2026". */
export function formatDay(isoDate: string): string {
  return formatCalendarDay(isoDate);
}

/** 2026-11-25 → "Wed 11/25/2026". */
export function formatWeekday(isoDate: string): string {
  return formatWeekdayDay(isoDate);
}

/** 2026-11-25T10:05:00Z → "10:05" in the person's time zone and locale. */
export function formatInstantTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * Dates inside sentences the core wrote from stored values ("latest practice score 60%
 * (2026-11-20)") in the same format as every other date on the screen.
 */
export function localizeDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso) => formatCalendarDay(iso));
}
