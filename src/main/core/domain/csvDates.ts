import { isValid, parse } from 'date-fns';
import { type IsoDate, isPlausibleYear } from '../../../shared/schemas/dates';
import type { CsvDateOrder } from '../../../shared/schemas/practice';

/**
 * Dates in a CSV from another tool. ISO dates and spelled-out months read the same everywhere;
 * numeric dates like 11/10/2026 do not (10 November in the UK, November 10 in the US). The order
 * is found from the file itself when a value gives it away (a first number above 12 means the day
 * comes first, a second number above 12 means the month does), else the person chooses it.
 */

const UNAMBIGUOUS_FORMATS = ['yyyy-MM-dd', 'yyyy/MM/dd', 'yyyy.MM.dd', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy'];

/** 25/11/2026, 11-25-26, 25.11.2026: two numbers and a year, either order. */
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

function clean(text: string): string {
  return text.replace(/T.*$/, '').trim();
}

function iso(y: number, m: number, d: number): IsoDate | null {
  if (!isPlausibleYear(y) || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether a value is a numeric date whose order matters (11/10/2026), and if so its two numbers. */
export function numericDateParts(text: string): { first: number; second: number; year: number } | null {
  const match = NUMERIC.exec(clean(text));
  if (!match) return null;
  const yearText = match[3] ?? '';
  const year = Number(yearText);
  return { first: Number(match[1]), second: Number(match[2]), year: yearText.length === 2 ? 2000 + year : year };
}

export interface DetectedOrder {
  /** The order the values show, or null when none of them tells (or they disagree). */
  order: CsvDateOrder | null;
  /** Numeric dates were found, so the order matters. */
  numeric: boolean;
  /** Values show both orders: the file mixes them. */
  conflicting: boolean;
  /** A value that shows the order, to explain the choice ("25/11/2026"). */
  example: string | null;
}

export function detectDateOrder(values: readonly string[]): DetectedOrder {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let numeric = false;
  for (const value of values) {
    const parts = numericDateParts(value);
    if (!parts) continue;
    numeric = true;
    if (parts.first > 12 && parts.second <= 12) dayFirst ??= clean(value);
    if (parts.second > 12 && parts.first <= 12) monthFirst ??= clean(value);
  }
  if (dayFirst && monthFirst) return { order: null, numeric, conflicting: true, example: null };
  if (dayFirst) return { order: 'day-first', numeric, conflicting: false, example: dayFirst };
  if (monthFirst) return { order: 'month-first', numeric, conflicting: false, example: monthFirst };
  return { order: null, numeric, conflicting: false, example: null };
}

/**
 * A date from a cell: ISO and spelled-out months always; numeric dates with the order given
 * (`null`: not known yet, so they are not read).
 */
export function readCsvDate(text: string, order: CsvDateOrder | null): IsoDate | null {
  const value = clean(text);
  if (!value) return null;
  const parts = numericDateParts(value);
  if (parts) {
    if (order === null) return null;
    return order === 'day-first' ? iso(parts.year, parts.second, parts.first) : iso(parts.year, parts.first, parts.second);
  }
  for (const pattern of UNAMBIGUOUS_FORMATS) {
    const date = parse(value, pattern, new Date(2000, 0, 1));
    if (isValid(date)) return iso(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  return null;
}
