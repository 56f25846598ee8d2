import type { IsoDate } from '../../../../shared/schemas/dates';
import { plusDays } from '../calendarDays';

export interface DueDayChoice {
  today: IsoDate;
  /** The interval FSRS chose and the fuzz range around it, in days from today. */
  intervalDays: number;
  minDays: number;
  maxDays: number;
  /** Cards already due on a day, and how many that day can hold (0 = a day off). */
  load: (day: IsoDate) => number;
  capacity: (day: IsoDate) => number | null;
}

/**
 * Moves a review inside its fuzz range to the day with the most room, like Anki's load balancer
 * but deterministic: days off (capacity 0: blackout days, pauses) are skipped, then the lowest
 * load relative to capacity wins, ties going to the day nearest the interval FSRS chose, then to
 * the earlier one. When every day in range is off, the nearest earlier study day is used (an
 * early review costs less memory than a late one).
 */
export function chooseDueDay(c: DueDayChoice): IsoDate {
  const minDays = Math.max(1, c.minDays);
  const maxDays = Math.max(minDays, c.maxDays);
  const from = minDays;
  const open = (offset: number) => c.capacity(plusDays(c.today, offset)) !== 0;
  let best: { offset: number; score: number } | null = null;
  for (let offset = from; offset <= maxDays; offset++) {
    if (!open(offset)) continue;
    const day = plusDays(c.today, offset);
    const capacity = c.capacity(day);
    const load = c.load(day);
    const score = capacity === null ? load : load / Math.max(1, capacity);
    if (best === null || score < best.score || (score === best.score && Math.abs(offset - c.intervalDays) < Math.abs(best.offset - c.intervalDays))) {
      best = { offset, score };
    }
  }
  if (best) return plusDays(c.today, best.offset);
  for (let offset = from - 1; offset >= 1; offset--) if (open(offset)) return plusDays(c.today, offset);
  return plusDays(c.today, from);
}
