import type { CeCategory, CeCategoryGroup, Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { CeProgress, GroupProgress, YearProgress } from '../../../shared/schemas/renewal';
import { plusDays, plusYears, roundUnits } from './calendarDays';
import { cycleYearOf } from './renewalCycles';

/** One activity's units as they reach one credential's cycle (or units carried in from the last one). */
export interface CeEntry {
  id: string;
  date: IsoDate;
  units: number;
  categoryId: string;
  /** Units carried over from the previous cycle: counted first, and never carried again. */
  carriedIn?: boolean;
}

export interface EntryOutcome {
  id: string;
  counted: number;
  notCounted: number;
  /** Why units do not count, e.g. "above the Giving Back to the Profession cap of 25". */
  reason: string | null;
}

export interface CycleWindow {
  start: IsoDate;
  /** Last day of the cycle; yearly minimums use the cycle's own years. */
  end: IsoDate;
}

export type CeRules = Pick<Maintenance, 'cycleYears' | 'unitName' | 'totalUnits' | 'annualMinimum' | 'groups'>;

export interface CeResult {
  progress: CeProgress;
  entries: EntryOutcome[];
}

/**
 * Totals of one credential cycle after minimums and caps. Entries count in date order (carried-in
 * units first): an entry counts until a cap is reached — the category's cap, its yearly cap (for
 * the cycle year it falls in) or its group's cap — and the rest of it is shown as not counting.
 * Units above the total still count (they may carry over); the total, every minimum and every
 * yearly minimum must be met for the cycle to be complete.
 */
export function computeCeProgress(rules: CeRules, cycle: CycleWindow, entries: readonly CeEntry[], today: IsoDate, carryOut = 0): CeResult {
  const cycleYears = rules.cycleYears ?? 1;
  const categories = new Map<string, { category: CeCategory; group: CeCategoryGroup }>();
  for (const group of rules.groups) for (const category of group.categories) categories.set(category.id, { category, group });

  const countedByCategory = new Map<string, number>();
  const countedByGroup = new Map<string, number>();
  const countedByCategoryYear = new Map<string, number>();
  const earnedByCategory = new Map<string, number>();
  const countedByYear = new Array<number>(cycleYears).fill(0);
  const outcomes: EntryOutcome[] = [];

  const ordered = [...entries].sort(
    (a, b) => Number(b.carriedIn ?? false) - Number(a.carriedIn ?? false) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  for (const entry of ordered) {
    const found = categories.get(entry.categoryId);
    earnedByCategory.set(entry.categoryId, (earnedByCategory.get(entry.categoryId) ?? 0) + entry.units);
    if (!found) {
      outcomes.push({ id: entry.id, counted: 0, notCounted: entry.units, reason: `the rules have no category “${entry.categoryId}”` });
      continue;
    }
    const { category, group } = found;
    const year = entry.carriedIn ? 0 : cycleYearOf(cycle.start, entry.date, cycleYears);
    const yearKey = `${category.id}:${year}`;
    const limits: { room: number; reason: string }[] = [
      { room: roomUnder(category.max, countedByCategory.get(category.id)), reason: `above the ${category.name} cap of ${category.max}` },
      { room: roomUnder(category.maxPerYear, countedByCategoryYear.get(yearKey)), reason: `above the ${category.name} cap of ${category.maxPerYear} a year` },
      { room: roomUnder(group.max, countedByGroup.get(group.id)), reason: `above the ${group.name} cap of ${group.max}` },
    ];
    const tightest = limits.reduce((a, b) => (b.room < a.room ? b : a));
    const counted = roundUnits(Math.min(entry.units, Math.max(0, tightest.room)));
    const notCounted = roundUnits(entry.units - counted);
    countedByCategory.set(category.id, (countedByCategory.get(category.id) ?? 0) + counted);
    countedByCategoryYear.set(yearKey, (countedByCategoryYear.get(yearKey) ?? 0) + counted);
    countedByGroup.set(group.id, (countedByGroup.get(group.id) ?? 0) + counted);
    countedByYear[year] = (countedByYear[year] ?? 0) + counted;
    outcomes.push({ id: entry.id, counted, notCounted, reason: notCounted > 0 ? tightest.reason : null });
  }

  const groups: GroupProgress[] = rules.groups.map((group) => {
    const cats = group.categories.map((category) => {
      const counted = roundUnits(countedByCategory.get(category.id) ?? 0);
      const earned = roundUnits(earnedByCategory.get(category.id) ?? 0);
      return {
        id: category.id,
        name: category.name,
        min: category.min,
        max: category.max,
        maxPerYear: category.maxPerYear,
        earned,
        counted,
        notCounted: roundUnits(earned - counted),
        stillNeeded: shortfall(category.min, counted),
      };
    });
    const counted = roundUnits(countedByGroup.get(group.id) ?? 0);
    const earned = roundUnits(cats.reduce((sum, c) => sum + c.earned, 0));
    return {
      id: group.id,
      name: group.name,
      min: group.min,
      max: group.max,
      earned,
      counted,
      notCounted: roundUnits(earned - counted),
      stillNeeded: shortfall(group.min, counted),
      categories: cats,
    };
  });

  const years: YearProgress[] =
    rules.annualMinimum === null
      ? []
      : countedByYear.map((counted, index) => {
          const start = plusYears(cycle.start, index);
          const end = index === cycleYears - 1 ? cycle.end : plusDays(plusYears(cycle.start, index + 1), -1);
          const stillNeeded = shortfall(rules.annualMinimum, roundUnits(counted));
          return { index, start, end, counted: roundUnits(counted), required: rules.annualMinimum ?? 0, stillNeeded, missed: stillNeeded > 0 && end < today };
        });

  const earned = roundUnits(entries.reduce((sum, e) => sum + e.units, 0));
  const counted = roundUnits(outcomes.reduce((sum, o) => sum + o.counted, 0));
  const totalShortfall = shortfall(rules.totalUnits, counted);
  // Minimums of different categories never overlap; a group's minimum overlaps its categories'.
  const minimumsShortfall = groups.reduce(
    (sum, g) => sum + Math.max(g.stillNeeded, g.categories.reduce((s, c) => s + c.stillNeeded, 0)),
    0,
  );
  const yearsShortfall = years.reduce((sum, y) => sum + (y.missed ? 0 : y.stillNeeded), 0);
  const stillNeeded = roundUnits(Math.max(totalShortfall, minimumsShortfall, yearsShortfall));
  return {
    progress: {
      unitName: rules.unitName ?? 'units',
      required: rules.totalUnits,
      earned,
      counted,
      notCounted: roundUnits(earned - counted),
      stillNeeded,
      complete: stillNeeded === 0 && years.every((y) => !y.missed),
      carriedIn: roundUnits(entries.filter((e) => e.carriedIn).reduce((sum, e) => sum + e.units, 0)),
      carryOut,
      groups,
      years,
    },
    entries: outcomes,
  };
}

function roomUnder(cap: number | null, used: number | undefined): number {
  return cap === null ? Number.POSITIVE_INFINITY : cap - (used ?? 0);
}

function shortfall(minimum: number | null, counted: number): number {
  return minimum === null ? 0 : roundUnits(Math.max(0, minimum - counted));
}
