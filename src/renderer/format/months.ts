import { format, parseISO } from 'date-fns';

/** 2021-01 → "Jan 2021". */
export function formatMonth(month: string): string {
  return format(parseISO(`${month}-01`), 'MMM yyyy');
}

/** 2021-01 → "January 2021". */
export function formatMonthLong(month: string): string {
  return format(parseISO(`${month}-01`), 'MMMM yyyy');
}

/** "Jan 2021 – Jun 2022", or "Dec 2025 – ongoing". */
export function formatMonthRange(start: string, end: string | null): string {
  return `${formatMonth(start)} – ${end === null ? 'ongoing' : formatMonth(end)}`;
}
