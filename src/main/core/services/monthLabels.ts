import { format, parseISO } from 'date-fns';
import type { IsoMonth } from '../../../shared/schemas/dates';

/** 2026-11 → "November 2026", for messages the core writes. */
export function monthName(month: IsoMonth): string {
  return format(parseISO(`${month}-01`), 'MMMM yyyy');
}
