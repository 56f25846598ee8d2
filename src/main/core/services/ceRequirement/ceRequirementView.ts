import { formatUnits } from '../../../../shared/formatUnits';
import type { CeBar, CeRequirementView, CeYearBar } from '../../../../shared/schemas/ceRequirement';
import type { CategoryProgress, CeProgress, GroupProgress } from '../../../../shared/schemas/renewal';
import { roundUnits } from '../../domain/calendarDays';
import { explainRequirement, standingRules } from './requirementSentences';

/**
 * THE one place that reads the renewal engine's output (CeProgress) for charts and the "still
 * needed" explanation: the dashboard and the credential page both draw what this returns, so they
 * show the same bars and the same words.
 *
 * It re-derives no rule. From the engine it reads the cycle's totals and `stillNeeded` (shown as
 * is), the three shortfalls that figure is the largest of, each group's and category's minimums,
 * caps and counts, each capped kind of activity's counts (Security+: live webinars ≤ 10), the
 * years with their category minimums (PeopleCert: 20 a year, 5 from Professional Experience),
 * `limits` with what each cap kept from counting (kinds, categories, years, days, one activity)
 * and the rule sentences the engine wrote with shared/rulesWording (`yearlyRule`, `activityRule`,
 * `dailyRule`, `carryOverRule`).
 */
export function toCeRequirementView(progress: CeProgress, options: { held: boolean }): CeRequirementView {
  const unit = progress.unitName;
  const bars: CeBar[] = [
    {
      id: 'total',
      name: 'Total',
      level: 'total',
      groupId: null,
      categoryId: null,
      counted: progress.counted,
      notCounted: progress.notCounted,
      minimum: progress.required,
      cap: null,
      capPerYear: null,
      stillNeeded: progress.stillNeeded,
    },
  ];
  for (const group of progress.groups) bars.push(...groupBars(group));

  const years: CeYearBar[] = progress.years.map((y) => ({
    label: `Year ${y.index + 1}`,
    start: y.start,
    end: y.end,
    counted: y.counted,
    required: y.required,
    stillNeeded: y.stillNeeded,
    // Until the person has said what they earned before Certplan, no year is judged missed.
    missed: y.missed && !options.held,
    parts: y.categoryMinimums.map((c) => ({ id: c.categoryId, name: c.name, counted: c.counted, minimum: c.required, stillNeeded: c.stillNeeded })),
  }));

  const limits = bars.flatMap((b) => [b.minimum ?? 0, b.cap ?? 0, b.counted + b.notCounted]);
  const scaleMax = roundUnits(Math.max(progress.required ?? 0, progress.earned, ...limits, ...years.map((y) => Math.max(y.required, y.counted))));
  const complete = progress.complete || (options.held && progress.stillNeeded === 0);
  const missedYear = years.some((y) => y.missed);
  return {
    unitName: unit,
    required: progress.required,
    scaleMax,
    earned: progress.earned,
    counted: progress.counted,
    notCounted: progress.notCounted,
    stillNeeded: progress.stillNeeded,
    complete,
    bars,
    years,
    headline: complete
      ? 'Requirements met'
      : progress.stillNeeded === 0 && missedYear
        ? 'A year was missed: logging more cannot complete this cycle'
        : `${formatUnits(progress.stillNeeded, unit)} still needed`,
    rules: standingRules(progress),
    explanations: explainRequirement(progress, years, options.held),
    empty: progress.earned === 0,
  };
}

/** A group with a rule of its own is a bar above its categories; otherwise only its categories show. */
function groupBars(group: GroupProgress): CeBar[] {
  const mirrorsOneCategory = group.categories.length === 1 && group.min === null && group.max === null;
  const ownRule = !mirrorsOneCategory && (group.min !== null || group.max !== null);
  const categories: CeBar[] = group.categories.flatMap((c) => [
    {
      id: c.id,
      name: c.name,
      level: 'category' as const,
      groupId: ownRule ? group.id : null,
      categoryId: null,
      counted: c.counted,
      notCounted: c.notCounted,
      minimum: c.min,
      cap: c.max,
      capPerYear: c.maxPerYear,
      stillNeeded: c.stillNeeded,
    },
    ...kindBars(c),
  ]);
  if (!ownRule) return categories;
  return [
    {
      id: group.id,
      name: group.name,
      level: 'group',
      groupId: null,
      categoryId: null,
      counted: group.counted,
      notCounted: group.notCounted,
      minimum: group.min,
      cap: group.max,
      capPerYear: null,
      stillNeeded: group.stillNeeded,
    },
    ...categories,
  ];
}

/**
 * A capped kind of activity gets its own bar under its category once something was logged as
 * that kind (Security+ has eleven kinds; drawing the empty ones would bury the ones in play).
 */
function kindBars(category: CategoryProgress): CeBar[] {
  return category.activityTypes
    .filter((t) => t.max !== null && t.counted + t.notCounted > 0)
    .map((t) => ({
      id: `${category.id}:${t.id}`,
      name: t.name,
      level: 'kind' as const,
      groupId: null,
      categoryId: category.id,
      counted: t.counted,
      notCounted: t.notCounted,
      minimum: null,
      cap: t.max,
      capPerYear: null,
      stillNeeded: 0,
    }));
}
