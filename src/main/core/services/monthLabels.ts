import type { IsoMonth } from '../../../shared/schemas/dates';
import { formatMonthForPeople } from '../peopleDates';

/** 2026-11 → "November 2026", for messages the core writes. */
export function monthName(month: IsoMonth): string {
  return formatMonthForPeople(month);
}
