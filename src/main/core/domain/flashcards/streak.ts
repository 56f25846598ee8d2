import type { IsoDate } from '../../../../shared/schemas/dates';
import { daysBetween } from '../calendarDays';

/**
 * The review streak counts a day only when that day's planned review was done: every card the
 * day's plan held, or its whole minute budget. A day with nothing planned (a blackout day, a
 * pause, nothing due) neither counts nor breaks it. One missed day in any seven is covered by a
 * freeze; a second one within seven days of it ends the streak. Today counts once done, and does
 * not break the streak while it is still going on.
 */
export const STREAK_RULE =
  'A day counts when its planned review was done (all its cards, or its minutes). Days with nothing planned are skipped. ' +
  'One missed day in seven is covered by a freeze.';

export interface StreakDay {
  date: IsoDate;
  plannedCards: number;
  budgetMinutes: number;
  reviews: number;
  reviewedSeconds: number;
}

export type DayOutcome = { met: boolean | null; frozen: boolean };

export function dayMet(day: StreakDay): boolean | null {
  if (day.plannedCards === 0) return null;
  return day.reviews >= day.plannedCards || (day.budgetMinutes > 0 && day.reviewedSeconds >= day.budgetMinutes * 60);
}

const FREEZE_EVERY_DAYS = 7;

/** `days` in any order, one entry per day that had a plan or a review. */
export function computeStreak(days: readonly StreakDay[], today: IsoDate): { days: number; frozenOn: IsoDate | null; outcomes: Map<IsoDate, DayOutcome> } {
  const sorted = [...days].filter((d) => d.date <= today).sort((a, b) => b.date.localeCompare(a.date));
  const outcomes = new Map<IsoDate, DayOutcome>();
  for (const d of sorted) outcomes.set(d.date, { met: dayMet(d), frozen: false });
  let count = 0;
  let lastFreeze: IsoDate | null = null;
  let frozenOn: IsoDate | null = null;
  // Days without a row had nothing planned: skipped like days with an empty plan.
  for (const d of sorted) {
    const outcome = outcomes.get(d.date) as DayOutcome;
    if (outcome.met === true) {
      count += 1;
      continue;
    }
    if (outcome.met === null) continue;
    if (d.date === today) continue;
    if (lastFreeze === null || daysBetween(d.date, lastFreeze) >= FREEZE_EVERY_DAYS) {
      outcome.frozen = true;
      lastFreeze = d.date;
      frozenOn ??= d.date;
      continue;
    }
    break;
  }
  if (count === 0) for (const outcome of outcomes.values()) outcome.frozen = false;
  return { days: count, frozenOn: count > 0 ? frozenOn : null, outcomes };
}
