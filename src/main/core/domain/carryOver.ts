import type { Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import { plusDays, plusYears, roundUnits } from './calendarDays';
import type { CeEntry, CycleWindow, EntryOutcome } from './ceProgress';

export type CarryOverRules = Pick<Maintenance, 'carryOver' | 'totalUnits' | 'cycleYears'>;

/**
 * Units a completed cycle passes on to the next one, under the `last-year-excess` rule (PMI,
 * research notes §1.1, source PROT; the maximum is data: PMP and PgMP 20, PMI-RMP and PMI-SP 10):
 * units counted above the cycle's total that were earned in its last year move to the next cycle;
 * units from earlier years do not. So the carry-over is the excess, no more than what was counted
 * in the last year, and no more than the rule's maximum, taken from the latest activities back.
 * A maximum the research did not find (`null`) carries nothing: the person is never told they have
 * units the body may not grant. `no-limit` is how rules written before the maximum was known
 * behave. Carried units keep their category, count first in the next cycle (under its caps) and
 * never carry again. Units earned after the cycle ended (during a suspension) do not carry.
 */
export function computeCarryOver(
  rules: CarryOverRules,
  cycle: CycleWindow,
  entries: readonly CeEntry[],
  outcomes: readonly EntryOutcome[],
): CeEntry[] {
  const rule = rules.carryOver;
  if (rule?.rule !== 'last-year-excess' || rule.maxUnits === null || rules.totalUnits === null || rules.cycleYears === null) return [];
  const countedById = new Map(outcomes.map((o) => [o.id, o.counted]));
  const counted = roundUnits(outcomes.reduce((sum, o) => sum + o.counted, 0));
  const cap = rule.maxUnits === 'no-limit' ? Number.POSITIVE_INFINITY : rule.maxUnits;
  let excess = roundUnits(Math.min(cap, counted - rules.totalUnits));
  if (excess <= 0) return [];
  const lastYearStart = plusYears(cycle.start, rules.cycleYears - 1);
  const lastYear = entries
    .filter((e) => !e.carriedIn && e.date >= lastYearStart && e.date <= cycle.end)
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const byCategory = new Map<string, number>();
  for (const entry of lastYear) {
    if (excess <= 0) break;
    const take = roundUnits(Math.min(excess, countedById.get(entry.id) ?? 0));
    if (take <= 0) continue;
    byCategory.set(entry.categoryId, roundUnits((byCategory.get(entry.categoryId) ?? 0) + take));
    excess = roundUnits(excess - take);
  }
  const nextStart: IsoDate = plusDays(cycle.end, 1);
  return [...byCategory].map(([categoryId, units]) => ({ id: `carry-over:${categoryId}`, date: nextStart, units, categoryId, carriedIn: true }));
}

export const totalUnitsOf = (entries: readonly CeEntry[]): number => roundUnits(entries.reduce((sum, e) => sum + e.units, 0));
