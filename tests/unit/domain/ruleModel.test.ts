import { describe, expect, it } from 'vitest';
import { computeCarryOver } from '../../../src/main/core/domain/carryOver';
import { type CeEntry, type CeRules, computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { maintenanceHasUnknowns, outlineHasUnknowns } from '../../../src/main/core/domain/rulesCompleteness';
import { compareDomainWeights, describeWeightChanges, examOutlineInForce } from '../../../src/shared/examOutlines';
import { type ExamOutline, type Maintenance, MaintenanceSchema } from '../../../src/shared/schemas/certification';

/**
 * The rule model's engines with small, made-up rules, one feature at a time: caps on a kind of
 * activity, per-activity bounds, a daily cap, yearly minimums with a category minimum, carry-over
 * with a maximum, the limits the engine reports, and which outline is in force.
 */

const CYCLE = { start: '2025-01-01', end: '2027-12-31' };
let n = 0;
const entry = (categoryId: string, units: number, date: string, activityTypeId: string | null = null): CeEntry => ({ id: `e${String(++n).padStart(3, '0')}`, categoryId, units, date, activityTypeId });

function rules(patch: Partial<Maintenance>): CeRules {
  return MaintenanceSchema.parse({
    kind: 'continuing-education',
    cycleYears: 3,
    unitName: 'point',
    totalUnits: 30,
    unitStep: null,
    groups: [
      {
        id: 'g',
        name: 'All',
        min: null,
        max: null,
        categories: [
          { id: 'learning', name: 'Learning', min: null, max: null, maxPerYear: null, sharing: 'none', activityTypes: [{ id: 'webinar', name: 'Webinar', max: 5 }, { id: 'course', name: 'Course', max: null }] },
          { id: 'work', name: 'Work', min: null, max: null, maxPerYear: null, sharing: 'none' },
        ],
      },
    ],
    suspensionMonths: 0,
    carryOver: { rule: 'none' },
    renewalFees: null,
    notes: null,
    ...patch,
  });
}

describe('caps on one kind of activity inside a category', () => {
  it('counts a kind up to its own cap, the other kinds freely', () => {
    const result = computeCeProgress(rules({}), CYCLE, [entry('learning', 4, '2025-02-01', 'webinar'), entry('learning', 4, '2025-03-01', 'webinar'), entry('learning', 10, '2025-04-01', 'course')], '2026-01-01');
    expect(result.entries.map((e) => [e.counted, e.notCounted, e.reason])).toEqual([
      [4, 0, null],
      [1, 3, 'above the Webinar cap of 5'],
      [10, 0, null],
    ]);
    const learning = result.progress.groups[0]?.categories[0];
    expect(learning?.activityTypes).toEqual([
      { id: 'webinar', name: 'Webinar', max: 5, counted: 5, notCounted: 3 },
      { id: 'course', name: 'Course', max: null, counted: 10, notCounted: 0 },
    ]);
  });

  it('counts an activity with no kind chosen (logged before the rules named kinds) without a kind cap', () => {
    const result = computeCeProgress(rules({}), CYCLE, [entry('learning', 9, '2025-02-01')], '2026-01-01');
    expect(result.progress.counted).toBe(9);
  });
});

describe('units one activity may claim', () => {
  it('counts up to the bound where the rules say so, naming it', () => {
    const result = computeCeProgress(rules({ activityUnits: { min: 0.5, max: 15, aboveMax: 'count-up-to-max' } }), CYCLE, [entry('work', 20, '2025-02-01')], '2026-01-01');
    expect(result.entries[0]).toMatchObject({ counted: 15, notCounted: 5, reason: 'above the 15 points one activity may claim' });
  });
});

describe('a cap per day', () => {
  it('counts one day’s activities together up to the cap', () => {
    const result = computeCeProgress(rules({ maxUnitsPerDay: 8 }), CYCLE, [entry('work', 5, '2025-02-01'), entry('learning', 5, '2025-02-01', 'course'), entry('work', 5, '2025-02-02')], '2026-01-01');
    expect(result.entries.map((e) => e.counted)).toEqual([5, 3, 5]);
    expect(result.entries[1]?.reason).toBe('above the 8 points one day of activity may count');
  });
});

describe('a minimum every year with a minimum from one category', () => {
  const yearly = rules({ perYear: { minimum: 10, categoryMinimums: [{ categoryId: 'work', minimum: 3 }] } });

  it('needs the category minimum inside the year’s total', () => {
    const { progress } = computeCeProgress(yearly, CYCLE, [entry('learning', 10, '2025-02-01', 'course')], '2025-06-01');
    expect(progress.years[0]).toMatchObject({ counted: 10, stillNeeded: 3, missed: false });
    expect(progress.years[0]?.categoryMinimums[0]).toMatchObject({ categoryId: 'work', required: 3, counted: 0, stillNeeded: 3 });
  });

  it('marks a past year short of its category minimum as missed', () => {
    const { progress } = computeCeProgress(yearly, CYCLE, [entry('learning', 10, '2025-02-01', 'course'), entry('work', 10, '2026-02-01'), entry('work', 10, '2027-02-01')], '2027-06-01');
    expect(progress.years.map((y) => y.missed)).toEqual([true, false, false]);
    expect(progress.complete).toBe(false);
  });

  it('reports the yearly minimums as limits, with what each year counted', () => {
    const { progress } = computeCeProgress(yearly, CYCLE, [entry('work', 4, '2025-02-01')], '2025-06-01');
    const year1 = progress.limits.filter((l) => l.span === 'year' && l.yearIndex === 0);
    expect(year1).toEqual([
      { kind: 'minimum', span: 'year', appliesTo: 'total', id: null, yearIndex: 0, label: 'Year 1: at least 10', value: 10, counted: 4, reached: false, notCounted: 0 },
      { kind: 'minimum', span: 'year', appliesTo: 'category', id: 'work', yearIndex: 0, label: 'Year 1, Work: at least 3', value: 3, counted: 4, reached: true, notCounted: 0 },
    ]);
    expect(progress.yearlyRule).toBe('At least 10 points in each year of the cycle, 3 of them from Work; a year below it cannot be made up later.');
  });
});

describe('every limit applied is described', () => {
  it('lists totals, caps on kinds, daily and per-activity caps', () => {
    const { progress } = computeCeProgress(rules({ maxUnitsPerDay: 8, activityUnits: { min: 0.5, max: 15, aboveMax: 'refuse' } }), CYCLE, [entry('learning', 6, '2025-02-01', 'webinar')], '2026-01-01');
    expect(progress.limits.map((l) => [l.label, l.counted, l.reached])).toEqual([
      ['Total: at least 30', 5, false],
      ['Webinar: at most 5', 5, true],
      ['At most 8 a day', 5, false],
      ['At most 15 for one activity', 5, false],
      ['At least 0.5 for one activity', 5, true],
    ]);
  });
});

describe('what each cap kept from counting', () => {
  it('blames each unit that does not count on the one limit that stopped it, and splits “still needed” into its three figures', () => {
    const { progress } = computeCeProgress(rules({ maxUnitsPerDay: 8 }), CYCLE, [entry('learning', 6, '2025-02-01', 'webinar'), entry('learning', 5, '2025-02-01', 'course')], '2026-01-01');
    expect(progress.limits.filter((l) => l.kind === 'cap').map((l) => [l.label, l.notCounted])).toEqual([
      ['Webinar: at most 5', 1],
      ['At most 8 a day', 2],
    ]);
    expect(progress.notCounted).toBe(3);
    expect(progress.shortfalls).toEqual({ total: 22, minimums: 0, years: 0 });
    expect(progress.dailyRule).toBe('At most 8 points count for one day of activity.');
  });

  it('lists the carry-over maximum as a cap with what was carried in', () => {
    const r = rules({ carryOver: { rule: 'last-year-excess', maxUnits: 5 } });
    const { progress } = computeCeProgress(r, CYCLE, [{ id: 'carry', date: CYCLE.start, units: 4, categoryId: 'work', carriedIn: true }], '2025-06-01');
    expect(progress.limits.find((l) => l.appliesTo === 'carry-over')).toMatchObject({ kind: 'cap', value: 5, counted: 4, notCounted: 0, reached: false });
  });
});

describe('carry-over with a maximum', () => {
  const lastYearExcess = (maxUnits: number | 'no-limit' | null) => rules({ carryOver: { rule: 'last-year-excess', maxUnits } });
  const entries = [entry('work', 30, '2025-02-01'), entry('work', 12, '2027-03-01')];
  it.each([
    ['a maximum is applied', 5, 5],
    ['no maximum (older rules) carries the whole last-year excess', 'no-limit', 12],
    ['an unknown maximum carries nothing', null, 0],
  ] as const)('%s', (_name, max, carried) => {
    const r = lastYearExcess(max);
    const { entries: outcomes } = computeCeProgress(r, CYCLE, entries, '2028-01-01');
    expect(computeCarryOver(r, CYCLE, entries, outcomes).reduce((s, e) => s + e.units, 0)).toBe(carried);
  });
});

describe('which exam outline is in force', () => {
  const outline = (id: string, effectiveFrom: string | null, effectiveUntil: string | null, weights: number[]): ExamOutline => ({
    id,
    name: id,
    effectiveFrom,
    effectiveUntil,
    questions: 100,
    scoredQuestions: null,
    durationMinutes: 120,
    breaks: null,
    format: null,
    domains: weights.map((weight, i) => ({ id: `d${i}`, name: `D${i}`, weight })),
  });
  const outlines = [outline('old', null, '2026-07-08', [50, 50]), outline('new', '2026-07-09', null, [20, 80])];

  it.each([
    ['2020-01-01', 'old'],
    ['2026-07-08', 'old'],
    ['2026-07-09', 'new'],
    ['2030-01-01', 'new'],
  ])('on %s: %s', (date, id) => {
    expect(examOutlineInForce(outlines, date)?.id).toBe(id);
  });

  it('in a gap between outlines, the latest that started applies; before all, the first', () => {
    const gapped = [outline('a', '2024-01-01', '2024-12-31', [100]), outline('b', '2026-01-01', null, [100])];
    expect(examOutlineInForce(gapped, '2025-06-01')?.id).toBe('a');
    expect(examOutlineInForce(gapped, '2020-01-01')?.id).toBe('a');
    expect(examOutlineInForce([], '2025-06-01')).toBeNull();
  });

  it('describes weight changes, largest first', () => {
    expect(describeWeightChanges(compareDomainWeights(outlines[0]?.domains ?? [], outlines[1]?.domains ?? []))).toBe('D0 falls from 50% to 20%, D1 rises from 50% to 80%');
  });
});

describe('what a person may fill in', () => {
  it.each([
    ['no rules at all', null, true],
    ['unknown kind', { ...(rules({}) as Maintenance), kind: 'unknown' } as Maintenance, true],
    ['no categories', { ...(rules({}) as Maintenance), groups: [] }, true],
    ['an unknown carry-over maximum', { ...(rules({}) as Maintenance), carryOver: { rule: 'last-year-excess', maxUnits: null } } as Maintenance, true],
    ['complete rules', rules({}) as Maintenance, false],
  ])('renewal rules: %s → %s', (_name, m, expected) => {
    expect(maintenanceHasUnknowns(m)).toBe(expected);
  });

  it('an outline without domains, size or time', () => {
    expect(outlineHasUnknowns(null)).toBe(true);
    expect(outlineHasUnknowns({ id: 'o', name: 'o', effectiveFrom: null, effectiveUntil: null, questions: 60, scoredQuestions: null, durationMinutes: 60, breaks: null, format: null, domains: [] })).toBe(true);
  });
});
