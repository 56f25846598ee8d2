import { formatMonthLong as monthLong, formatMonthShort } from '../../shared/dateFormat';

/** 2021-01 → "Jan 2021". */
export function formatMonth(month: string): string {
  return formatMonthShort(month);
}

/** 2021-01 → "January 2021". */
export function formatMonthLong(month: string): string {
  return monthLong(month);
}

/** "Jan 2021 – Jun 2022", or "Dec 2025 – ongoing". */
export function formatMonthRange(start: string, end: string | null): string {
  return `${formatMonth(start)} – ${end === null ? 'ongoing' : formatMonth(end)}`;
}
