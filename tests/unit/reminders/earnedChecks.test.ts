import { describe, expect, it } from 'vitest';
import { splitTotal } from '../../../src/main/core/domain/fairStart/splitTotal';
import { type EarnedContext, planLine, yearWarnings } from '../../../src/main/core/services/fairStart/earnedChecks';
import { computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import type { Maintenance } from '../../../src/shared/schemas/certification';
import type { EarnedRow } from '../../../src/shared/schemas/fairStart';
import type { Cycle } from '../../../src/shared/schemas/renewal';
import { PMP, PRINCE2_PRACTITIONER, SECURITY_PLUS } from '../domain/fixtures';

const row = (over: Partial<EarnedRow>): EarnedRow => ({
  line: 1,
  date: '2025-06-01',
  title: 'Earned before Certplan',
  provider: '',
  units: 5,
  categoryId: 'professional-experience',
  categoryName: null,
  activityTypeId: null,
  activityTypeName: null,
  note: null,
  problems: [],
  ...over,
});

const openCycle = (c: { start: string; end: string }): Cycle => ({ index: 0, start: c.start, end: c.end, suspensionEnd: null, expiresOn: c.end, countsFrom: c.start, countsUntil: c.end, renewal: null, state: 'open' });

function context(maintenance: Maintenance, cycle = { start: '2024-02-10', end: '2027-02-09' }, yearStarts: string[] = [cycle.start]): EarnedContext {
  return {
    held: { id: 'c1', acronym: 'X', name: 'X', body: 'B', certificationId: null, maintenance, cycles: [openCycle(cycle)] },
    maintenance,
    cycle,
    yearStarts,
    today: '2026-11-25',
    existing: [],
    noKindColumn: true,
  };
}

describe('a total entered for the fair start, split to respect the bounds on one activity and one day', () => {
  it('stores PeopleCert’s 20 points as 15 + 5 on the same day (0.5 to 15 points an activity)', () => {
    expect(splitTotal(20, '2025-02-09', '2024-02-10', { perActivity: 15, minPerActivity: 0.5, perDay: null, step: null })).toEqual([
      { date: '2025-02-09', units: 15 },
      { date: '2025-02-09', units: 5 },
    ]);
  });

  it('never leaves a last part below the smallest claim (15.25 → 14.75 + 0.5)', () => {
    expect(splitTotal(15.25, '2025-02-09', '2024-02-10', { perActivity: 15, minPerActivity: 0.5, perDay: null, step: 0.25 })?.map((p) => p.units)).toEqual([14.75, 0.5]);
  });

  it('spreads a total over consecutive days back from the day it counts on where a day has a cap (Scrum Alliance: 8 SEUs a day)', () => {
    expect(splitTotal(20, '2025-03-10', '2025-01-01', { perActivity: null, minPerActivity: null, perDay: 8, step: null })).toEqual([
      { date: '2025-03-08', units: 8 },
      { date: '2025-03-09', units: 8 },
      { date: '2025-03-10', units: 4 },
    ]);
    expect(splitTotal(20, '2025-01-02', '2025-01-01', { perActivity: null, minPerActivity: null, perDay: 8, step: null })).toBeNull();
  });
});

describe('checking one line against the new rules', () => {
  const peoplecert = context(PRINCE2_PRACTITIONER, { start: '2024-02-10', end: '2027-02-09' }, ['2024-02-10', '2025-02-10', '2026-02-10']);

  it('refuses a transcript line above PeopleCert’s 15 points for one activity, naming the bound', () => {
    const plan = planLine(row({ units: 16 }), 'transcript', peoplecert);
    expect(plan.activities).toEqual([]);
    expect(plan.row.problems).toEqual(['X counts at most 15 CPD points for one activity; log a longer one as several activities']);
  });

  it('refuses a line below the 0.5 points of the smallest activity', () => {
    const plan = planLine(row({ units: 0.25 }), 'transcript', peoplecert);
    expect(plan.row.problems).toEqual(['X counts at least 0.5 CPD points for one activity']);
  });

  it('stores a total above the bound as several activities inside its own cycle year, and says so', () => {
    const plan = planLine(row({ units: 20, date: '2025-02-09' }), 'totals', peoplecert);
    expect(plan.row.problems).toEqual([]);
    expect(plan.activities.map((a) => [a.date, a.units])).toEqual([
      ['2025-02-09', 15],
      ['2025-02-09', 5],
    ]);
    expect(plan.row.note).toBe('Stored as 2 activities (15 + 5 CPD points): one activity counts at most 15 CPD points');
  });

  it('asks for the kind of activity where the category caps kinds (Security+ training), and refuses a kind it does not have', () => {
    const security = context(SECURITY_PLUS, { start: '2025-01-10', end: '2028-01-09' });
    const noKind = planLine(row({ categoryId: 'training', activityTypeId: null }), 'transcript', security);
    expect(noKind.row.problems).toEqual([
      'Choose the kind of activity: X counts Training course, Live webinar, Conference, College course, ACE course differently; choose the column that holds each line’s kind',
    ]);
    const wrongKind = planLine(row({ categoryId: 'training', activityTypeId: 'podcast' }), 'totals', security);
    expect(wrongKind.row.problems[0]).toBe('Not a kind of Training and higher education (about 1 CEU an hour) for X (its kinds: Training course, Live webinar, Conference, College course, ACE course)');
    const webinar = planLine(row({ categoryId: 'training', activityTypeId: 'live-webinar', units: 4 }), 'transcript', security);
    expect(webinar.activities).toMatchObject([{ categoryId: 'training', activityTypeId: 'live-webinar', units: 4 }]);
  });

  it('refuses a date outside the cycle or in the future, and units off PMI’s quarter-PDU step', () => {
    const pmp = context(PMP, { start: '2024-09-10', end: '2027-09-09' });
    expect(planLine(row({ date: '2024-01-01', categoryId: 'power-skills' }), 'transcript', pmp).row.problems[0]).toMatch(/outside the current cycle/);
    expect(planLine(row({ date: '2026-12-01', categoryId: 'power-skills' }), 'transcript', pmp).row.problems).toEqual(['12/01/2026 is in the future']);
    expect(planLine(row({ units: 1.1, categoryId: 'power-skills' }), 'transcript', pmp).row.problems).toEqual(['X counts PDUs in steps of 0.25']);
  });
});

describe('what an import would mean for past years', () => {
  it('warns that a past PeopleCert year short of its 5 Professional Experience points will show as missed', () => {
    const cycle = { start: '2024-02-10', end: '2027-02-09' };
    const entries = [{ id: 'a', date: '2024-06-01', units: 15, categoryId: 'community' }, { id: 'b', date: '2024-07-01', units: 5, categoryId: 'professional-education' }];
    const { progress } = computeCeProgress(PRINCE2_PRACTITIONER, cycle, entries, '2026-11-25');
    const warnings = yearWarnings(progress, [row({ line: 1, date: '2024-06-01' }), row({ line: 2, date: '2024-07-01' })], '2026-11-25');
    expect(warnings[0]).toBe(
      'Year 1 (02/10/2024 to 02/09/2025) would end with 20 CPD points of 20, 0 of the 5 from Professional Experience: a year below its minimum cannot be made up, so it will show as missed. Check lines 1, 2 if you earned more.',
    );
  });
});
