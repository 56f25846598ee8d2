import { format, parseISO } from 'date-fns';

/** 2026-11-25T10:00:00Z → "25 Nov 2026" in the person's calendar. */
export function formatInstantDate(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy');
}

/** 2026-11-25 → "25 Nov 2026". */
export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy');
}

/** 2026-11-25T10:05:00Z → "10:05" in the person's time zone. */
export function formatInstantTime(iso: string): string {
  return format(parseISO(iso), 'HH:mm');
}
