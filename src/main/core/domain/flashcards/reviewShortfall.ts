import type { IsoDate } from '../../../../shared/schemas/dates';
import { daysBetween, plusDays, weekdayIndex } from '../calendarDays';
import { type ReviewPlanInput, type ReviewPlanResult, planReviews } from './reviewPlan';

/**
 * When the cards no longer fit the budget before the exam, the ways out with numbers: fewer new
 * cards a day, more review minutes on each study day (or a larger share of the plan's time), or a
 * later exam date. Each is the smallest change for which the plan fits, found by bisection over
 * the plan itself (the plan is monotone in each: more room never makes it fit less).
 *
 * With the goal `introduce-all` the question is instead what lets every new card be learned
 * before the final pass: then the new-card choice is the fewest new cards a day that do it.
 */
export interface ShortfallChoices {
  newCardsPerDay: number | null;
  extraMinutesPerStudyDay: number | null;
  reviewSharePercent: number | null;
  moveExamTo: IsoDate | null;
}

const MAX_EXTRA_MINUTES = 600;
const MAX_DAYS_LATER = 365;

export type ShortfallGoal = 'fit' | 'introduce-all';

const MAX_NEW_PER_DAY = 500;

export function shortfallChoices(
  input: ReviewPlanInput,
  options: { reviewSharePercent: number | null; examDate: IsoDate | null; goal?: ShortfallGoal },
): ShortfallChoices {
  const goal = options.goal ?? 'fit';
  const fits = (changed: Partial<ReviewPlanInput>) => {
    const plan = planReviews({ ...input, ...changed });
    return plan.fits && (goal === 'fit' || plan.newUnseen === 0);
  };

  const fewer = goal === 'fit' ? smallestTrue(0, input.newCardsPerDay, (k) => fits({ newCardsPerDay: input.newCardsPerDay - k })) : null;
  const more = goal === 'introduce-all' ? smallestTrue(input.newCardsPerDay + 1, MAX_NEW_PER_DAY, (k) => fits({ newCardsPerDay: k })) : null;
  const newCardsPerDay = goal === 'fit' ? (fewer === null ? null : input.newCardsPerDay - fewer) : more;
  const studyDay = (day: IsoDate) => input.budgetMinutes(day) > 0;
  const extraSteps = smallestTrue(1, MAX_EXTRA_MINUTES / 5, (step) => fits({ budgetMinutes: (d) => input.budgetMinutes(d) + (studyDay(d) ? step * 5 : 0) }));
  const share = options.reviewSharePercent;
  const reviewSharePercent =
    share === null || share >= 100
      ? null
      : smallestTrue(share + 1, 100, (s) => fits({ budgetMinutes: (d) => Math.floor((input.budgetMinutes(d) * s) / share) }));

  let moveExamTo: IsoDate | null = null;
  if (options.examDate !== null && input.finalPass) {
    const byWeekday = averageBudgetByWeekday(input);
    const extended = (days: number): Partial<ReviewPlanInput> => ({
      lastDay: plusDays(input.lastDay, days),
      budgetMinutes: (d) => (d <= input.lastDay ? input.budgetMinutes(d) : (byWeekday[weekdayIndex(d)] ?? 0)),
    });
    const later = smallestTrue(1, MAX_DAYS_LATER, (days) => fits(extended(days)));
    moveExamTo = later === null ? null : plusDays(options.examDate, later);
  }
  return {
    newCardsPerDay,
    extraMinutesPerStudyDay: extraSteps === null ? null : extraSteps * 5,
    reviewSharePercent,
    moveExamTo,
  };
}

/** The budget a weekday usually has, for days added after the last planned one. */
function averageBudgetByWeekday(input: ReviewPlanInput): number[] {
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  const days = Math.max(0, daysBetween(input.today, input.lastDay) + 1);
  for (let i = 0; i < days; i++) {
    const day = plusDays(input.today, i);
    const w = weekdayIndex(day);
    sums[w] = (sums[w] ?? 0) + input.budgetMinutes(day);
    counts[w] = (counts[w] ?? 0) + 1;
  }
  return sums.map((s, w) => ((counts[w] ?? 0) > 0 ? Math.floor(s / (counts[w] ?? 1)) : 0));
}

/** The smallest n in [low, high] with `test(n)`, by bisection; null when none is found. */
function smallestTrue(low: number, high: number, test: (n: number) => boolean): number | null {
  if (low > high || !test(high)) return null;
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  // A plan that is not quite monotone could mislead the bisection: offer only what was checked.
  return test(lo) ? lo : null;
}

export type { ReviewPlanResult };
