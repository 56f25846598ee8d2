import type { Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import { plusDays, plusYears, roundUnits } from './calendarDays';
import type { CeEntry, CycleWindow, EntryOutcome } from './ceProgress';

export type CarryOverRules = Pick<Maintenance, 'carryOver' | 'totalUnits' | 'cycleYears'>;

/**
 * Units a completed cycle passes on to the next one. The only rule in the catalog is PMI's
 * `last-year-excess` (pmiShared.ts / pmiPmp.ts, source "prothoughts-pdu-faq"): units counted above
 * the cycle's total that were earned in its last year move to the next cycle; units from the
 * earlier years do not. So the carry-over is the excess, but no more than what was counted in the
 * last year, taken from the latest activities back. Carried units keep their category, count first
 * in the next cycle (under its caps) and never carry again. Units earned after the cycle ended
 * (during a suspension) are not from its last year and do not carry.
 */
export function computeCarryOver(
  rules: CarryOverRules,
  cycle: CycleWindow,
  entries: readonly CeEntry[],
  outcomes: readonly EntryOutcome[],
): CeEntry[] {
  if (rules.carryOver !== 'last-year-excess' || rules.totalUnits === null || rules.cycleYears === null) return [];
  const countedById = new Map(outcomes.map((o) => [o.id, o.counted]));
  const counted = roundUnits(outcomes.reduce((sum, o) => sum + o.counted, 0));
  let excess = roundUnits(counted - rules.totalUnits);
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
