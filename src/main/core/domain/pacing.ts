import type { IsoDate } from '../../../shared/schemas/dates';
import type { CeProgress, Pacing } from '../../../shared/schemas/renewal';
import { DAYS_PER_MONTH, daysBetween, plusDays, roundUnits } from './calendarDays';

/** Before this many days into a cycle a "units a month" rate says nothing yet. */
export const PACE_GRACE_DAYS = 90;
export const DEFAULT_FINISH_DAYS_BEFORE = 30;

export interface PacingInput {
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  today: IsoDate;
  finishDaysBefore: number;
  progress: Pick<CeProgress, 'counted' | 'carriedIn' | 'stillNeeded' | 'complete' | 'groups'>;
}

/**
 * How fast the rest of a cycle must go to finish `finishDaysBefore` days before it ends, and
 * whether the pace so far gets there. The current pace is the units the person earned in this
 * cycle (carried-in units excluded) per month elapsed; it is on pace when that rate, kept up until
 * the target date, covers what is still needed. In the first 90 days there is no rate yet and the
 * cycle counts as on pace. Rates are spread over at least one month, so a target a week away asks
 * for the whole remainder, not four times it.
 */
export function computePacing(input: PacingInput): Pacing {
  const { cycleStart, cycleEnd, today, finishDaysBefore, progress } = input;
  const proposed = plusDays(cycleEnd, -finishDaysBefore);
  const targetDate = proposed < cycleStart ? cycleStart : proposed;
  const targetPassed = today > targetDate;
  const monthsLeft = Math.max(0, daysBetween(today, targetDate)) / DAYS_PER_MONTH;
  const rateMonths = Math.max(1, monthsLeft);

  const categories: Pacing['categories'] = [];
  for (const group of progress.groups) {
    let fromCategories = 0;
    for (const category of group.categories) {
      if (category.stillNeeded <= 0) continue;
      fromCategories += category.stillNeeded;
      categories.push({ id: category.id, name: category.name, stillNeeded: category.stillNeeded, perMonth: roundUnits(category.stillNeeded / rateMonths) });
    }
    const groupOnly = roundUnits(group.stillNeeded - fromCategories);
    if (groupOnly > 0) {
      categories.push({ id: group.id, name: `${group.name} (any category)`, stillNeeded: groupOnly, perMonth: roundUnits(groupOnly / rateMonths) });
    }
  }

  const elapsedDays = daysBetween(cycleStart, today < cycleEnd ? today : cycleEnd);
  const ownUnits = progress.counted - progress.carriedIn;
  const currentPacePerMonth = elapsedDays >= PACE_GRACE_DAYS ? roundUnits(ownUnits / (elapsedDays / DAYS_PER_MONTH)) : null;
  const projectedAtTarget = currentPacePerMonth === null ? null : roundUnits(progress.counted + currentPacePerMonth * monthsLeft);
  const onPace =
    progress.complete ||
    (!targetPassed && (currentPacePerMonth === null || currentPacePerMonth * monthsLeft >= progress.stillNeeded - 1e-9));

  return {
    finishDaysBefore,
    targetDate,
    targetPassed,
    monthsLeft: Math.round(monthsLeft * 10) / 10,
    unitsPerMonthNeeded: roundUnits(progress.stillNeeded / rateMonths),
    categories,
    currentPacePerMonth,
    projectedAtTarget,
    onPace,
  };
}
