import type { IsoDate } from '../../../../shared/schemas/dates';
import { plusDays, roundUnits } from '../calendarDays';

export interface SplitRules {
  /** Most one activity may claim (PeopleCert: 15 points). */
  perActivity: number | null;
  /** Least one activity may claim (PeopleCert: 0.5 points). */
  minPerActivity: number | null;
  /** Most one day of activity counts (Scrum Alliance: 8 SEUs). */
  perDay: number | null;
  /** Smallest claimable fraction (PMI: 0.25). */
  step: number | null;
}

export interface TotalPart {
  date: IsoDate;
  units: number;
}

/**
 * A total entered for the fair start ("20 points of Professional Experience in year 1") is the
 * sum of several activities the person did; stored as one activity it would break rules that are
 * about one activity or one day (PeopleCert counts 0.5 to 15 points an activity; Scrum Alliance 8
 * SEUs a day) and count less than was earned. So a total above those bounds is stored as the
 * fewest parts that respect them: same day when only the activity bound applies, consecutive
 * days back from `countsOn` when a day has a cap (never before `earliest`, the year's or cycle's
 * first day). The parts add up to the total exactly. Returns null when the days run out.
 */
export function splitTotal(units: number, countsOn: IsoDate, earliest: IsoDate, rules: SplitRules): TotalPart[] | null {
  let size = Math.min(rules.perActivity ?? Number.POSITIVE_INFINITY, rules.perDay ?? Number.POSITIVE_INFINITY);
  if (!Number.isFinite(size) || units <= size) return [{ date: countsOn, units }];
  if (rules.step !== null) size = Math.floor(size / rules.step + 1e-9) * rules.step;
  if (size <= 0) return [{ date: countsOn, units }];
  const count = Math.ceil(units / size - 1e-9);
  const sizes = Array.from({ length: count }, (_, i) => (i < count - 1 ? size : roundUnits(units - size * (count - 1))));
  // A last part below the smallest claim borrows from the one before (15.25 → 14.75 + 0.5).
  const min = rules.minPerActivity;
  const last = sizes[count - 1] ?? 0;
  if (min !== null && count > 1 && last < min) {
    sizes[count - 2] = roundUnits((sizes[count - 2] ?? 0) - (min - last));
    sizes[count - 1] = min;
  }
  const parts = sizes.map((u, i) => ({ date: rules.perDay === null ? countsOn : plusDays(countsOn, -(count - 1 - i)), units: u }));
  return parts.some((p) => p.date < earliest) ? null : parts;
}
