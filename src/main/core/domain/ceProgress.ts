import type { ActivityType, CeCategory, CeCategoryGroup, Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { CeProgress, GroupProgress, RuleLimit, YearProgress } from '../../../shared/schemas/renewal';
import { describeActivityBounds, describeCarryOver, describeDailyCap, describePerYear } from '../../../shared/rulesWording';
import { formatUnits } from '../../../shared/formatUnits';
import { plusDays, plusYears, roundUnits } from './calendarDays';
import { cycleYearOf } from './renewalCycles';

/** One activity's units as they reach one credential's cycle (or units carried in from the last one). */
export interface CeEntry {
  id: string;
  date: IsoDate;
  units: number;
  categoryId: string;
  /** The kind of activity inside its category (Security+: live webinar), when the person chose one. */
  activityTypeId?: string | null;
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

export type CeRules = Pick<Maintenance, 'cycleYears' | 'unitName' | 'totalUnits' | 'perYear' | 'groups' | 'activityUnits' | 'maxUnitsPerDay' | 'carryOver'>;

export interface CeResult {
  progress: CeProgress;
  entries: EntryOutcome[];
}

interface Found {
  category: CeCategory;
  group: CeCategoryGroup;
}

/**
 * Totals of one credential cycle after minimums and caps, as a pure function of the rules, the
 * cycle, the entries and today. Entries count in date order (carried-in units first): an entry
 * counts until a limit is reached — the units one activity may claim, the day's cap, the cap on its
 * kind of activity, its category's cap, the category's cap for that cycle year, its group's cap —
 * and the rest of it shows as not counting, with the limit named. Units above the total still
 * count (they may carry over). The cycle is complete when the total, every minimum and every
 * yearly minimum (with its category minimums) is met; a past year below its minimum is missed.
 * The result lists every limit it applied, so a chart can draw each one.
 */
export function computeCeProgress(rules: CeRules, cycle: CycleWindow, entries: readonly CeEntry[], today: IsoDate, carryOut = 0): CeResult {
  const cycleYears = rules.cycleYears ?? 1;
  const unit = rules.unitName ?? 'unit';
  const categories = new Map<string, Found>();
  for (const group of rules.groups) for (const category of group.categories) categories.set(category.id, { category, group });

  const tally = new Map<string, number>();
  const add = (key: string, units: number) => tally.set(key, roundUnits((tally.get(key) ?? 0) + units));
  const get = (key: string) => tally.get(key) ?? 0;
  const earnedByCategory = new Map<string, number>();
  const countedByYear = new Array<number>(cycleYears).fill(0);
  let largestActivity = 0;
  let largestDay = 0;
  // Units each limit kept from counting (the tightest limit of an entry takes the blame), by limit key.
  const blocked = new Map<string, number>();
  const outcomes: EntryOutcome[] = [];

  const ordered = [...entries].sort(
    (a, b) => Number(b.carriedIn ?? false) - Number(a.carriedIn ?? false) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  for (const entry of ordered) {
    earnedByCategory.set(entry.categoryId, roundUnits((earnedByCategory.get(entry.categoryId) ?? 0) + entry.units));
    const found = categories.get(entry.categoryId);
    if (!found) {
      outcomes.push({ id: entry.id, counted: 0, notCounted: entry.units, reason: `the rules have no category “${entry.categoryId}”` });
      continue;
    }
    const { category, group } = found;
    const type = category.activityTypes.find((t) => t.id === entry.activityTypeId);
    const year = entry.carriedIn ? 0 : cycleYearOf(cycle.start, entry.date, cycleYears);
    const carried = entry.carriedIn === true;
    const perActivity = rules.activityUnits?.max ?? null;
    const limits: { key: string; room: number; reason: string }[] = [
      // Carried-in units are a sum of last cycle's activities, not one activity or one day.
      { key: 'activity', room: carried ? Infinity : roomUnder(perActivity, 0), reason: `above the ${formatUnits(perActivity ?? 0, unit)} one activity may claim` },
      { key: 'day', room: carried ? Infinity : roomUnder(rules.maxUnitsPerDay, get(`day:${entry.date}`)), reason: `above the ${formatUnits(rules.maxUnitsPerDay ?? 0, unit)} one day of activity may count` },
      { key: `type:${category.id}:${type?.id ?? ''}`, room: roomUnder(type?.max ?? null, get(`type:${category.id}:${type?.id ?? ''}`)), reason: `above the ${type?.name ?? ''} cap of ${type?.max ?? ''}` },
      { key: `cat:${category.id}`, room: roomUnder(category.max, get(`cat:${category.id}`)), reason: `above the ${category.name} cap of ${category.max}` },
      { key: `catyear:${category.id}:${year}`, room: roomUnder(category.maxPerYear, get(`catyear:${category.id}:${year}`)), reason: `above the ${category.name} cap of ${category.maxPerYear} a year` },
      { key: `group:${group.id}`, room: roomUnder(group.max, get(`group:${group.id}`)), reason: `above the ${group.name} cap of ${group.max}` },
    ];
    const tightest = limits.reduce((a, b) => (b.room < a.room ? b : a));
    const counted = roundUnits(Math.min(entry.units, Math.max(0, tightest.room)));
    const notCounted = roundUnits(entry.units - counted);
    if (notCounted > 0) blocked.set(tightest.key, roundUnits((blocked.get(tightest.key) ?? 0) + notCounted));
    if (!carried) {
      add(`day:${entry.date}`, counted);
      largestActivity = Math.max(largestActivity, counted);
      largestDay = Math.max(largestDay, get(`day:${entry.date}`));
    }
    if (type) add(`type:${category.id}:${type.id}`, counted);
    add(`cat:${category.id}`, counted);
    add(`catyear:${category.id}:${year}`, counted);
    add(`group:${group.id}`, counted);
    countedByYear[year] = roundUnits((countedByYear[year] ?? 0) + counted);
    outcomes.push({ id: entry.id, counted, notCounted, reason: notCounted > 0 ? tightest.reason : null });
  }

  const groups: GroupProgress[] = rules.groups.map((group) => {
    const cats = group.categories.map((category) => {
      const counted = get(`cat:${category.id}`);
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
        activityTypes: category.activityTypes.map((t) => typeProgress(t, category, entries, get(`type:${category.id}:${t.id}`))),
      };
    });
    const counted = get(`group:${group.id}`);
    const earned = roundUnits(cats.reduce((sum, c) => sum + c.earned, 0));
    return { id: group.id, name: group.name, min: group.min, max: group.max, earned, counted, notCounted: roundUnits(earned - counted), stillNeeded: shortfall(group.min, counted), categories: cats };
  });

  const perYear = rules.perYear;
  const years: YearProgress[] =
    perYear === null
      ? []
      : countedByYear.map((counted, index) => {
          const start = plusYears(cycle.start, index);
          const end = index === cycleYears - 1 ? cycle.end : plusDays(plusYears(cycle.start, index + 1), -1);
          const categoryMinimums = perYear.categoryMinimums.map((cm) => {
            const inYear = get(`catyear:${cm.categoryId}:${index}`);
            return { categoryId: cm.categoryId, name: categories.get(cm.categoryId)?.category.name ?? cm.categoryId, required: cm.minimum, counted: inYear, stillNeeded: shortfall(cm.minimum, inYear) };
          });
          // The category minimums sit inside the year's minimum: the year needs the larger shortfall.
          const stillNeeded = roundUnits(Math.max(shortfall(perYear.minimum, counted), categoryMinimums.reduce((s, c) => s + c.stillNeeded, 0)));
          return { index, start, end, counted, required: perYear.minimum, stillNeeded, categoryMinimums, missed: stillNeeded > 0 && end < today };
        });

  const earned = roundUnits(entries.reduce((sum, e) => sum + e.units, 0));
  const counted = roundUnits(outcomes.reduce((sum, o) => sum + o.counted, 0));
  const totalShortfall = shortfall(rules.totalUnits, counted);
  // Minimums of different categories never overlap; a group's minimum overlaps its categories'.
  const minimumsShortfall = groups.reduce((sum, g) => sum + Math.max(g.stillNeeded, g.categories.reduce((s, c) => s + c.stillNeeded, 0)), 0);
  const yearsShortfall = years.reduce((sum, y) => sum + (y.missed ? 0 : y.stillNeeded), 0);
  const stillNeeded = roundUnits(Math.max(totalShortfall, minimumsShortfall, yearsShortfall));
  const carriedIn = roundUnits(entries.filter((e) => e.carriedIn).reduce((sum, e) => sum + e.units, 0));
  const allCategories = rules.groups.flatMap((g) => g.categories);
  return {
    progress: {
      unitName: rules.unitName ?? 'units',
      required: rules.totalUnits,
      earned,
      counted,
      notCounted: roundUnits(earned - counted),
      stillNeeded,
      complete: stillNeeded === 0 && years.every((y) => !y.missed),
      carriedIn,
      carryOut,
      shortfalls: { total: totalShortfall, minimums: roundUnits(minimumsShortfall), years: roundUnits(yearsShortfall) },
      groups,
      years,
      limits: appliedLimits(rules, groups, years, { counted, carriedIn }, { largestActivity, largestDay, get, blocked: (key) => blocked.get(key) ?? 0 }),
      yearlyRule: describePerYear(perYear, allCategories, unit),
      carryOverRule: describeCarryOver(rules.carryOver, unit),
      activityRule: describeActivityBounds(rules.activityUnits, unit),
      dailyRule: describeDailyCap(rules.maxUnitsPerDay, unit),
    },
    entries: outcomes,
  };
}

function typeProgress(type: ActivityType, category: CeCategory, entries: readonly CeEntry[], counted: number) {
  const earned = roundUnits(entries.filter((e) => e.categoryId === category.id && e.activityTypeId === type.id).reduce((s, e) => s + e.units, 0));
  return { id: type.id, name: type.name, max: type.max, counted, notCounted: roundUnits(earned - counted) };
}

/** Every minimum and cap of the rules, with what counted against it and what each cap kept from counting. */
function appliedLimits(
  rules: CeRules,
  groups: readonly GroupProgress[],
  years: readonly YearProgress[],
  { counted, carriedIn }: { counted: number; carriedIn: number },
  peaks: { largestActivity: number; largestDay: number; get: (key: string) => number; blocked: (key: string) => number },
): RuleLimit[] {
  const limits: RuleLimit[] = [];
  const push = (l: Omit<RuleLimit, 'yearIndex' | 'reached' | 'notCounted'> & { yearIndex?: number | null; key?: string }) => {
    const { key, ...limit } = l;
    limits.push({ ...limit, yearIndex: l.yearIndex ?? null, reached: l.counted >= l.value - 1e-9, notCounted: key === undefined ? 0 : peaks.blocked(key) });
  };
  if (rules.totalUnits !== null) push({ kind: 'minimum', span: 'cycle', appliesTo: 'total', id: null, label: `Total: at least ${rules.totalUnits}`, value: rules.totalUnits, counted });
  for (const g of groups) {
    if (g.min !== null) push({ kind: 'minimum', span: 'cycle', appliesTo: 'group', id: g.id, label: `${g.name}: at least ${g.min}`, value: g.min, counted: g.counted });
    if (g.max !== null) push({ kind: 'cap', span: 'cycle', appliesTo: 'group', id: g.id, label: `${g.name}: at most ${g.max}`, value: g.max, counted: g.counted, key: `group:${g.id}` });
    for (const c of g.categories) {
      if (c.min !== null) push({ kind: 'minimum', span: 'cycle', appliesTo: 'category', id: c.id, label: `${c.name}: at least ${c.min}`, value: c.min, counted: c.counted });
      if (c.max !== null) push({ kind: 'cap', span: 'cycle', appliesTo: 'category', id: c.id, label: `${c.name}: at most ${c.max}`, value: c.max, counted: c.counted, key: `cat:${c.id}` });
      for (const t of c.activityTypes) {
        if (t.max !== null) push({ kind: 'cap', span: 'cycle', appliesTo: 'activity-type', id: t.id, label: `${t.name}: at most ${t.max}`, value: t.max, counted: t.counted, key: `type:${c.id}:${t.id}` });
      }
    }
  }
  const categoryById = new Map(rules.groups.flatMap((g) => g.categories).map((c) => [c.id, c]));
  const perYearCaps = [...categoryById.values()].filter((c) => c.maxPerYear !== null);
  for (const y of years) {
    push({ kind: 'minimum', span: 'year', appliesTo: 'total', id: null, yearIndex: y.index, label: `Year ${y.index + 1}: at least ${y.required}`, value: y.required, counted: y.counted });
    for (const cm of y.categoryMinimums) {
      push({ kind: 'minimum', span: 'year', appliesTo: 'category', id: cm.categoryId, yearIndex: y.index, label: `Year ${y.index + 1}, ${cm.name}: at least ${cm.required}`, value: cm.required, counted: cm.counted });
    }
  }
  const cycleYears = rules.cycleYears ?? 1;
  for (const c of perYearCaps) {
    for (let index = 0; index < cycleYears; index++) {
      push({ kind: 'cap', span: 'year', appliesTo: 'category', id: c.id, yearIndex: index, label: `Year ${index + 1}, ${c.name}: at most ${c.maxPerYear}`, value: c.maxPerYear ?? 0, counted: peaks.get(`catyear:${c.id}:${index}`), key: `catyear:${c.id}:${index}` });
    }
  }
  if (rules.maxUnitsPerDay !== null) push({ kind: 'cap', span: 'day', appliesTo: 'total', id: null, label: `At most ${rules.maxUnitsPerDay} a day`, value: rules.maxUnitsPerDay, counted: peaks.largestDay, key: 'day' });
  const maxClaim = rules.activityUnits?.max ?? null;
  const minClaim = rules.activityUnits?.min ?? null;
  if (maxClaim !== null) push({ kind: 'cap', span: 'activity', appliesTo: 'total', id: null, label: `At most ${maxClaim} for one activity`, value: maxClaim, counted: peaks.largestActivity, key: 'activity' });
  // Logging refuses a smaller claim, so every counted activity meets it.
  if (minClaim !== null) limits.push({ kind: 'minimum', span: 'activity', appliesTo: 'total', id: null, yearIndex: null, label: `At least ${minClaim} for one activity`, value: minClaim, counted: peaks.largestActivity, reached: true, notCounted: 0 });
  // The carry-over maximum caps what the previous cycle passed on (computeCarryOver applied it there).
  const carry = rules.carryOver;
  if (carry?.rule === 'last-year-excess' && typeof carry.maxUnits === 'number') {
    push({ kind: 'cap', span: 'cycle', appliesTo: 'carry-over', id: null, label: `Carried over: at most ${carry.maxUnits}`, value: carry.maxUnits, counted: carriedIn });
  }
  return limits;
}

function roomUnder(cap: number | null, used: number): number {
  return cap === null ? Number.POSITIVE_INFINITY : cap - used;
}

function shortfall(minimum: number | null, counted: number): number {
  return minimum === null ? 0 : roundUnits(Math.max(0, minimum - counted));
}
