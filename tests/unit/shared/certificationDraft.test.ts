import '../../../src/shared/zodMessages';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../../src/main/core/catalog';
import { CertificationDraftSchema, type CertificationDraftInput, type ExamOutline, type MaintenanceInput } from '../../../src/shared/schemas/certification';
import { OwnMaintenanceSchema, OwnOutlineSchema } from '../../../src/shared/schemas/rules/ownRules';

const pmp = BUILTIN_CATALOG.find((c) => c.id === 'pmi-pmp');
if (!pmp) throw new Error('PMP missing from the catalog');
const { id: _id, revision: _revision, facts: _facts, ...base } = pmp;
const valid: CertificationDraftInput = { ...base, copiedFrom: null };
const [outline2021, outline2026] = valid.exam.outlines as [ExamOutline, ExamOutline];
const maintenance = valid.maintenance as MaintenanceInput;

function issuesOf(draft: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = CertificationDraftSchema): Record<string, string> {
  const result = schema.safeParse(draft);
  if (result.success) return {};
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const withOutlines = (...outlines: ExamOutline[]) => ({ ...valid, exam: { ...valid.exam, outlines } });
const withMaintenance = (patch: Partial<MaintenanceInput>) => ({ ...valid, maintenance: { ...maintenance, ...patch } });
const category = (id: string, patch: object = {}) => ({ id, name: id.toUpperCase(), min: null, max: null, maxPerYear: null, sharing: 'none' as const, ...patch });

describe('custom certification validation', () => {
  it('accepts a complete draft (PMP with its two dated outlines)', () => {
    expect(issuesOf(valid)).toEqual({});
  });

  it.each([
    ['an empty name', { ...valid, name: '  ' }, 'name', 'Name is required'],
    ['an empty acronym', { ...valid, acronym: '' }, 'acronym', 'Acronym is required'],
    ['weights not summing to 100', withOutlines({ ...outline2021, domains: [{ id: 'a', name: 'A', weight: 60 }, { id: 'b', name: 'B', weight: 30 }] }), 'exam.outlines.0.domains', 'Domain weights must add up to 100 (now 90)'],
    ['a weight above 100', withOutlines({ ...outline2021, domains: [{ id: 'a', name: 'A', weight: 140 }] }), 'exam.outlines.0.domains.0.weight', 'Weight cannot exceed 100'],
    [
      'negative training hours',
      { ...valid, paths: [{ id: 'p', name: 'P', requirements: [{ kind: 'training', id: 't', hours: -5, topic: 'PM education', label: 'Training' }] }] },
      'paths.0.requirements.0.hours',
      'Hours cannot be negative',
    ],
    ['a cycle of 0 years', withMaintenance({ cycleYears: 0 }), 'maintenance.cycleYears', 'Cycle length must be at least 1'],
    ['a negative cycle', withMaintenance({ cycleYears: -3 }), 'maintenance.cycleYears', 'Cycle length must be at least 1'],
    ['a non-number', withOutlines({ ...outline2021, questions: Number.NaN }, outline2026), 'exam.outlines.0.questions', 'Questions must be a number'],
    ['a non-http address', { ...valid, url: 'javascript:alert(1)' }, 'url', 'Use an http(s) address'],
    ['overlapping outline dates', withOutlines(outline2021, { ...outline2026, effectiveFrom: '2026-07-01' }), 'exam.outlines.1.effectiveFrom', 'Its dates overlap those of “2021 exam content outline”; one outline applies on any day'],
    ['an outline ending before it starts', withOutlines({ ...outline2026, effectiveFrom: '2026-07-09', effectiveUntil: '2026-01-01' }), 'exam.outlines.0.effectiveUntil', 'Cannot be before the date it takes effect'],
    ['more scored questions than questions', withOutlines({ ...outline2021, scoredQuestions: 200 }, outline2026), 'exam.outlines.0.scoredQuestions', 'Cannot be more than the 180 questions'],
    ['a carry-over above the total', withMaintenance({ carryOver: { rule: 'last-year-excess', maxUnits: 80 } }), 'maintenance.carryOver.maxUnits', 'The carry-over (80) cannot be above the total of 60 PDUs'],
    ['a minimum above the total', withMaintenance({ totalUnits: 30 }), 'maintenance.groups.0.min', 'The minimum (35) cannot be above the total of 30 PDUs'],
    ['a yearly minimum above the total', withMaintenance({ perYear: { minimum: 70, categoryMinimums: [] } }), 'maintenance.perYear.minimum', 'The yearly minimum (70) cannot be above the total of 60 PDUs'],
    ['yearly minimums adding up to more than the total', withMaintenance({ perYear: { minimum: 25, categoryMinimums: [] } }), 'maintenance.perYear.minimum', '3 years × 25 is more than the total of 60'],
    ['a yearly category minimum above the yearly minimum', withMaintenance({ perYear: { minimum: 10, categoryMinimums: [{ categoryId: 'power-skills', minimum: 12 }] } }), 'maintenance.perYear.categoryMinimums.0.minimum', 'Cannot be above the yearly minimum of 10'],
    ['a yearly minimum from an unknown category', withMaintenance({ perYear: { minimum: 10, categoryMinimums: [{ categoryId: 'nope', minimum: 2 }] } }), 'maintenance.perYear.categoryMinimums.0.categoryId', 'No category with the id "nope"'],
    ['activity bounds the wrong way round', withMaintenance({ activityUnits: { min: 15, max: 0.5, aboveMax: 'refuse' } }), 'maintenance.activityUnits.max', 'The largest claim cannot be below the smallest'],
    ['an unknown field', { ...valid, examm: {} }, '', 'Unknown field: examm'],
    ['an unknown nested field', withOutlines({ ...outline2021, weight: 3 } as ExamOutline), 'exam.outlines.0', 'Unknown field: weight'],
    ['an unknown field on a requirement', { ...valid, paths: [{ id: 'p', name: 'P', requirements: [{ kind: 'check', id: 'c', label: 'L', extra: true }] }] }, 'paths.0.requirements.0', 'Unknown field: extra'],
    ['a credential requirement naming nothing', { ...valid, paths: [{ id: 'p', name: 'P', requirements: [{ kind: 'credential', id: 'c', anyOf: [], label: 'Some credential' }] }] }, 'paths.0.requirements.0.anyOf', 'Name at least one credential'],
  ])('rejects %s with a message on the field', (_label, draft, path, message) => {
    expect(issuesOf(draft)[path]).toBe(message);
  });

  it('rejects a cap below the minimum, at category and group level', () => {
    const groups = [{ id: 'g', name: 'G', min: 10, max: 5, categories: [category('c', { min: 4, max: 2 })] }];
    const issues = issuesOf(withMaintenance({ groups }));
    expect(issues['maintenance.groups.0.max']).toBe('The cap cannot be below the minimum');
    expect(issues['maintenance.groups.0.categories.0.max']).toBe('The cap cannot be below the minimum');
  });

  it('rejects a category minimum above its group’s cap', () => {
    const groups = [{ id: 'g', name: 'Giving Back', min: null, max: 5, categories: [category('c', { min: 8 })] }];
    expect(issuesOf(withMaintenance({ groups }))['maintenance.groups.0.categories.0.min']).toBe('The minimum cannot be above the cap of Giving Back (5)');
  });

  it('rejects a yearly cap that can never reach the minimum', () => {
    const groups = [{ id: 'g', name: 'G', min: null, max: null, categories: [category('c', { min: 12, maxPerYear: 3 })] }];
    expect(issuesOf(withMaintenance({ groups }))['maintenance.groups.0.categories.0.maxPerYear']).toBe('A yearly cap of 3 never reaches the minimum of 12 in 3 years');
  });

  it('rejects duplicate ids that would confuse progress tracking', () => {
    const domains = [{ id: 'a', name: 'A', weight: 50 }, { id: 'a', name: 'B', weight: 50 }];
    expect(issuesOf(withOutlines({ ...outline2021, domains }))['exam.outlines.0.domains.1.id']).toMatch(/share the id "a"/);
  });

  it('allows unknown weights (an empty domain list) and no outline at all', () => {
    expect(issuesOf(withOutlines({ ...outline2021, domains: [] }, outline2026))).toEqual({});
    expect(issuesOf(withOutlines())).toEqual({});
  });

  it('requires a cycle length for continuing education', () => {
    expect(issuesOf(withMaintenance({ cycleYears: null }))['maintenance.cycleYears']).toMatch(/needs a cycle length/);
  });
});

describe('rules a person fills in', () => {
  const own: MaintenanceInput = {
    kind: 'continuing-education',
    cycleYears: 3,
    unitName: 'CPD hour',
    totalUnits: 30,
    unitStep: null,
    groups: [{ id: 'g', name: 'CPD', min: null, max: null, categories: [category('training', { max: 20 })] }],
    suspensionMonths: null,
    carryOver: null,
    renewalFees: null,
    notes: null,
  };

  it('accepts complete renewal rules', () => {
    expect(issuesOf(own, OwnMaintenanceSchema)).toEqual({});
  });

  it.each([
    ['“unknown” as the answer', { ...own, kind: 'unknown' }, 'kind', 'Choose how it is renewed; “unknown” is what you are filling in'],
    ['no total', { ...own, totalUnits: null }, 'totalUnits', 'How many units a cycle needs'],
    ['no categories', { ...own, groups: [] }, 'groups', 'Add at least one category to log activities against'],
    ['a zero cycle', { ...own, cycleYears: 0 }, 'cycleYears', 'Cycle length must be at least 1'],
    ['a carry-over above the total', { ...own, carryOver: { rule: 'last-year-excess', maxUnits: 40 } }, 'carryOver.maxUnits', 'The carry-over (40) cannot be above the total of 30 CPD hours'],
    ['a minimum above the total', { ...own, groups: [{ id: 'g', name: 'CPD', min: 50, max: null, categories: [category('training')] }] }, 'groups.0.min', 'The minimum (50) cannot be above the total of 30 CPD hours'],
    ['an unknown field', { ...own, cycle: 3 }, '', 'Unknown field: cycle'],
  ])('refuses %s, naming the field', (_label, rules, path, message) => {
    expect(issuesOf(rules, OwnMaintenanceSchema)[path]).toBe(message);
  });

  it('accepts an outline with weights that add up, and refuses an empty one', () => {
    const outline = { ...outline2026, effectiveFrom: null };
    expect(issuesOf(outline, OwnOutlineSchema)).toEqual({});
    expect(issuesOf({ ...outline, questions: null, durationMinutes: null, domains: [] }, OwnOutlineSchema).domains).toMatch(/Fill in at least/);
    expect(issuesOf({ ...outline, domains: [{ id: 'a', name: 'A', weight: 99 }] }, OwnOutlineSchema).domains).toBe('Domain weights must add up to 100 (now 99)');
  });
});
