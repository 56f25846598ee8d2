import { formatUnits } from '../../../../shared/formatUnits';
import type { CeYearBar } from '../../../../shared/schemas/ceRequirement';
import type { CeProgress, RuleLimit } from '../../../../shared/schemas/renewal';
import { roundUnits } from '../../domain/calendarDays';
import { formatDay } from '../renewalWording';

/**
 * The rules no bar can draw, in the engine's own sentences (shared/rulesWording), so the
 * credential page, the dashboard and the catalog read the same words: the per-year rule, the
 * bounds on one activity, the daily cap, and the carry-over rule where it is in play.
 */
export function standingRules(progress: CeProgress): string[] {
  const carryInPlay = progress.carriedIn > 0 || progress.carryOut > 0 || progress.limits.some((l) => l.appliesTo === 'carry-over');
  return [progress.yearlyRule, progress.activityRule, progress.dailyRule, carryInPlay ? `${progress.carryOverRule}.` : null].filter((s): s is string => s !== null);
}

/** What changes the numbers now, one plain sentence per rule. */
export function explainRequirement(progress: CeProgress, years: readonly CeYearBar[], held: boolean): string[] {
  const units = (n: number) => formatUnits(n, progress.unitName);
  const sentences: string[] = [];

  for (const group of progress.groups) {
    const fromCategories = roundUnits(group.categories.reduce((sum, c) => sum + c.stillNeeded, 0));
    if (group.min !== null && group.stillNeeded > fromCategories && group.categories.length > 1) {
      const names = group.categories.map((c) => c.name).join(', ');
      const extra = roundUnits(group.stillNeeded - fromCategories);
      sentences.push(
        `${group.name} needs at least ${units(group.min)} across ${names}: ${units(group.counted)} so far, so ${units(extra)} more in any of them${fromCategories > 0 ? ` beyond the ${units(fromCategories)} its categories' own minimums ask` : ''}.`,
      );
    }
  }

  // Every unit that does not count is blamed on the one limit that stopped it (the engine's attribution).
  for (const limit of progress.limits) {
    if (limit.kind === 'cap' && limit.notCounted > 0) sentences.push(capSentence(progress, limit, units));
  }

  const yearsDecide = progress.shortfalls.years > progress.shortfalls.total && progress.shortfalls.years >= progress.shortfalls.minimums;
  const open = years.filter((y) => !y.missed && y.stillNeeded > 0);
  if (yearsDecide && open.length > 0) {
    sentences.push(
      `Each year of the cycle has its own minimum, so ${units(progress.stillNeeded)} ${progress.stillNeeded === 1 ? 'is' : 'are'} still needed though ${plain(progress.counted)} of ${progress.required === null ? '?' : units(progress.required)} count: ${open.map((y) => yearNeeds(y, units)).join('; ')}.`,
    );
  }
  for (const y of years.filter((year) => year.missed)) {
    sentences.push(`${y.label} (${formatDay(y.start)} to ${formatDay(y.end)}) ended with ${units(y.counted)}${partsSaid(y)}, below its minimum; it cannot be made up, so logging more does not complete this cycle. See the other ways to renew.`);
  }
  if (held && progress.years.some((y) => y.missed)) {
    sentences.push('No year is judged missed until you enter what you earned before using Certplan, or skip that step.');
  }

  const carryCap = progress.limits.find((l) => l.appliesTo === 'carry-over');
  const atMost = carryCap ? ` (at most ${units(carryCap.value)} may carry over)` : '';
  if (progress.carriedIn > 0) sentences.push(`${units(progress.carriedIn)} carried in from the previous cycle count first${atMost}.`);
  if (progress.carryOut > 0) sentences.push(`${units(progress.carryOut)} earned in this cycle’s last year above the total carry over to the next cycle once it is renewed${atMost}.`);
  return sentences;
}

function capSentence(progress: CeProgress, limit: RuleLimit, units: (n: number) => string): string {
  const lost = `${units(limit.notCounted)} above that do not count`;
  switch (limit.span) {
    case 'activity':
      return `One activity counts at most ${units(limit.value)}; ${lost}.`;
    case 'day':
      return `One day of activity counts at most ${units(limit.value)}; ${lost}.`;
    case 'year': {
      const name = categoryName(progress, limit.id);
      return `${name} counts at most ${units(limit.value)} a year; ${units(limit.notCounted)} above that in year ${(limit.yearIndex ?? 0) + 1} do not count.`;
    }
    case 'cycle': {
      if (limit.appliesTo === 'activity-type') {
        const kinds = progress.groups.flatMap((g) => g.categories.flatMap((c) => c.activityTypes.map((t) => ({ ...t, category: c.name }))));
        const kind = kinds.find((t) => t.id === limit.id);
        // The kind's name is enough unless another category has a kind of the same name.
        const sameName = kinds.filter((t) => t.name === kind?.name).length > 1;
        return `${kind?.name ?? limit.id ?? 'This kind'}${kind && sameName ? ` (${kind.category})` : ''} counts at most ${units(limit.value)} in a cycle; ${lost}.`;
      }
      const name = limit.appliesTo === 'group' ? (progress.groups.find((g) => g.id === limit.id)?.name ?? limit.id) : categoryName(progress, limit.id);
      return `${name} counts at most ${units(limit.value)} in a cycle; ${lost}.`;
    }
  }
}

const categoryName = (progress: CeProgress, id: string | null): string => progress.groups.flatMap((g) => g.categories).find((c) => c.id === id)?.name ?? id ?? 'This category';

/** "year 2 (10 Feb 2025 to 9 Feb 2026) needs 10 more, at least 5 of them from Professional Experience". */
function yearNeeds(y: CeYearBar, units: (n: number) => string): string {
  const fromTotal = roundUnits(Math.max(0, y.required - y.counted));
  const short = y.parts.filter((p) => p.stillNeeded > 0);
  const where = `${y.label.toLowerCase()} (${formatDay(y.start)} to ${formatDay(y.end)})`;
  if (short.length === 0) return `${where} needs ${units(y.stillNeeded)} more`;
  // The category minimums sit inside the year's: when they are all that is short, they are the whole need.
  if (fromTotal <= roundUnits(short.reduce((s, p) => s + p.stillNeeded, 0))) return `${where} needs ${short.map((p) => `${units(p.stillNeeded)} from ${p.name}`).join(' and ')}`;
  return `${where} needs ${units(y.stillNeeded)} more, ${short.map((p) => `${plain(p.stillNeeded)} of them from ${p.name}`).join(' and ')}`;
}

/** ", 3 of them from Professional Experience (at least 5)" for a missed year's category minimums. */
function partsSaid(y: CeYearBar): string {
  return y.parts.map((p) => `, ${plain(p.counted)} of them from ${p.name} (at least ${plain(p.minimum)})`).join('');
}

const plain = (n: number) => String(Math.round(n * 100) / 100);
