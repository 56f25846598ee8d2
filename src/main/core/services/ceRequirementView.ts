import { formatUnits } from '../../../shared/formatUnits';
import type { CeBar, CeRequirementView } from '../../../shared/schemas/ceRequirement';
import type { CeProgress, GroupProgress } from '../../../shared/schemas/renewal';
import { roundUnits } from '../domain/calendarDays';
import { formatDay } from './renewalWording';

/**
 * THE one place that reads the renewal engine's output (CeProgress) for charts and the "still
 * needed" explanation: the dashboard and the credential page both draw what this returns.
 *
 * From the engine it reads: the cycle's required/earned/counted/notCounted/stillNeeded/complete;
 * each group's min, max, counted, notCounted, stillNeeded and categories; each category's min,
 * max, maxPerYear, counted, notCounted, stillNeeded; and the yearly rows (counted, required,
 * stillNeeded, missed). When the rules engine describes more rules (carry-over maximums,
 * per-activity bounds, caps on one kind of activity), this function is where they become bars,
 * marks and sentences.
 */
export function toCeRequirementView(progress: CeProgress, options: { held: boolean }): CeRequirementView {
  const unit = progress.unitName;
  const bars: CeBar[] = [
    {
      id: 'total',
      name: 'Total',
      level: 'total',
      groupId: null,
      counted: progress.counted,
      notCounted: progress.notCounted,
      minimum: progress.required,
      cap: null,
      capPerYear: null,
      stillNeeded: progress.stillNeeded,
    },
  ];
  for (const group of progress.groups) bars.push(...groupBars(group));

  const years = progress.years.map((y) => ({
    label: `Year ${y.index + 1}`,
    start: y.start,
    end: y.end,
    counted: y.counted,
    required: y.required,
    stillNeeded: y.stillNeeded,
    // Until the person has said what they earned before Certplan, no year is judged missed.
    missed: y.missed && !options.held,
  }));

  const limits = bars.flatMap((b) => [b.minimum ?? 0, b.cap ?? 0, b.counted + b.notCounted]);
  const scaleMax = roundUnits(Math.max(progress.required ?? 0, progress.earned, ...limits));
  const complete = progress.complete || (options.held && progress.stillNeeded === 0);
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
    headline: complete ? 'Requirements met' : `${formatUnits(progress.stillNeeded, unit)} still needed`,
    explanations: explain(progress, years, options.held),
    empty: progress.earned === 0,
  };
}

/** A group with a rule of its own is a bar above its categories; otherwise only its categories show. */
function groupBars(group: GroupProgress): CeBar[] {
  const mirrorsOneCategory = group.categories.length === 1 && group.min === null && group.max === null;
  const ownRule = !mirrorsOneCategory && (group.min !== null || group.max !== null);
  const categories: CeBar[] = group.categories.map((c) => ({
    id: c.id,
    name: c.name,
    level: 'category',
    groupId: ownRule ? group.id : null,
    counted: c.counted,
    notCounted: c.notCounted,
    minimum: c.min,
    cap: c.max,
    capPerYear: c.maxPerYear,
    stillNeeded: c.stillNeeded,
  }));
  if (!ownRule) return categories;
  return [
    {
      id: group.id,
      name: group.name,
      level: 'group',
      groupId: null,
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

/** The rules that change "still needed" or what counts, each in one plain sentence. */
function explain(progress: CeProgress, years: CeRequirementView['years'], held: boolean): string[] {
  const unit = progress.unitName;
  const units = (n: number) => formatUnits(n, unit);
  const sentences: string[] = [];
  const totalShortfall = progress.required === null ? 0 : roundUnits(Math.max(0, progress.required - progress.counted));

  for (const group of progress.groups) {
    const fromCategories = roundUnits(group.categories.reduce((sum, c) => sum + c.stillNeeded, 0));
    if (group.min !== null && group.stillNeeded > fromCategories && group.categories.length > 1) {
      const names = group.categories.map((c) => c.name).join(', ');
      const extra = roundUnits(group.stillNeeded - fromCategories);
      sentences.push(
        `${group.name} needs at least ${units(group.min)} across ${names}: ${formatUnits(group.counted, unit)} so far, so ${units(extra)} more in any of them${fromCategories > 0 ? ` beyond the ${units(fromCategories)} its categories' own minimums ask` : ''}.`,
      );
    }
    if (group.max !== null && group.notCounted > 0) {
      sentences.push(`${group.name} counts at most ${units(group.max)} in a cycle; ${units(group.notCounted)} above that do not count.`);
    }
    for (const c of group.categories) {
      const capSaid = group.max !== null && group.notCounted > 0 && c.notCounted <= group.notCounted;
      if (c.notCounted > 0 && !capSaid) {
        const cap = c.maxPerYear !== null ? `${units(c.maxPerYear)} a year` : c.max !== null ? units(c.max) : 'its limit';
        sentences.push(`${c.name} counts at most ${cap}; ${units(c.notCounted)} above that do not count.`);
      }
    }
  }

  const first = progress.years[0];
  if (first && years.length > 0) {
    const required = first.required;
    const parts = years.map((y) => `${y.label.toLowerCase()} (${formatDay(y.start)} to ${formatDay(y.end)}) ${y.missed ? `was missed with ${formatUnits(y.counted, unit)}` : y.stillNeeded > 0 ? `needs ${formatUnits(y.stillNeeded, unit)} more` : 'is met'}`);
    const changes = progress.stillNeeded > totalShortfall;
    sentences.push(
      `Every year of the cycle needs ${units(required)} of its own: ${parts.join(', ')}.` +
        (changes ? ` That is why ${units(progress.stillNeeded)} are still needed, though ${formatUnits(progress.counted, unit)} of ${progress.required ?? '?'} count.` : ''),
    );
    if (held && progress.years.some((y) => y.missed)) {
      sentences.push('No year is judged missed until you enter what you earned before using Certplan, or skip that step.');
    }
  }
  if (progress.carriedIn > 0) sentences.push(`${units(progress.carriedIn)} carried over from the previous cycle count first.`);
  return sentences;
}
