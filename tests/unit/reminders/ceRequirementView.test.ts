import { describe, expect, it } from 'vitest';
import { scrumallianceCsm } from '../../../src/main/core/catalog/builtin/scrumallianceCsm';
import { type CeEntry, computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { toCeRequirementView } from '../../../src/main/core/services/ceRequirement/ceRequirementView';
import { evaluateCredential } from '../../../src/main/core/services/renewalEvaluation';
import type { CeActivity } from '../../../src/shared/schemas/ce';
import { MaintenanceSchema } from '../../../src/shared/schemas/certification';
import type { CeProgress } from '../../../src/shared/schemas/renewal';
import { PMP, PRINCE2_PRACTITIONER, SECURITY_PLUS } from '../domain/fixtures';

const entry = (id: string, date: string, units: number, categoryId: string, activityTypeId: string | null = null): CeEntry => ({ id, date, units, categoryId, activityTypeId });
const CSM = MaintenanceSchema.parse(scrumallianceCsm.maintenance);

/** The view never computes its own "still needed": it is the engine's, on the total bar and the headline. */
function viewOf(progress: CeProgress, held = false) {
  const view = toCeRequirementView(progress, { held });
  expect(view.stillNeeded).toBe(progress.stillNeeded);
  expect(view.bars[0]?.stillNeeded).toBe(progress.stillNeeded);
  return view;
}

describe('CE bars against the requirement', () => {
  it('draws 2 of 50 on a 0 → 50 scale, not a full bar', () => {
    const progress = computeCeProgress(SECURITY_PLUS, { start: '2026-01-10', end: '2029-01-09' }, [entry('a', '2026-03-01', 2, 'training', 'training-course')], '2026-11-25').progress;
    const view = viewOf(progress);
    expect(view.scaleMax).toBe(50);
    expect(view.bars[0]).toMatchObject({ level: 'total', counted: 2, minimum: 50, stillNeeded: 48 });
    expect(view.empty).toBe(false);
  });

  it('shows PMP’s parent Education minimum, marks the caps and the units above them, and says why 7 are still needed', () => {
    const cycle = { start: '2024-09-10', end: '2027-09-09' };
    const progress = computeCeProgress(PMP, cycle, [entry('w', '2025-01-01', 10, 'ways-of-working'), entry('p', '2025-02-01', 10, 'power-skills'), entry('b', '2025-03-01', 8, 'business-acumen'), entry('g', '2025-04-01', 30, 'volunteering-and-content')], '2026-11-25').progress;
    const view = viewOf(progress);
    expect(view.bars.map((b) => [b.id, b.level, b.minimum, b.cap])).toEqual([
      ['total', 'total', 60, null],
      ['education', 'group', 35, null],
      ['ways-of-working', 'category', 8, null],
      ['power-skills', 'category', 8, null],
      ['business-acumen', 'category', 8, null],
      ['giving-back', 'group', null, 25],
      ['working-as-practitioner', 'category', null, 8],
      ['volunteering-and-content', 'category', null, null],
    ]);
    expect(view.bars.find((b) => b.id === 'education')).toMatchObject({ counted: 28, stillNeeded: 7 });
    expect(view.bars.find((b) => b.id === 'giving-back')).toMatchObject({ counted: 25, notCounted: 5 });
    expect(view).toMatchObject({ stillNeeded: 7, scaleMax: 60, headline: '7 PDUs still needed' });
    expect(view.explanations).toContain('Education needs at least 35 PDUs across Ways of Working, Power Skills, Business Acumen: 28 PDUs so far, so 7 PDUs more in any of them.');
    expect(view.explanations).toContain('Giving Back to the Profession counts at most 25 PDUs in a cycle; 5 PDUs above that do not count.');
  });

  it('says nothing was logged instead of drawing empty axes', () => {
    const progress = computeCeProgress(PMP, { start: '2024-09-10', end: '2027-09-09' }, [], '2026-11-25').progress;
    expect(viewOf(progress)).toMatchObject({ empty: true, scaleMax: 60, headline: '60 PDUs still needed' });
  });
});

// PeopleCert CPD, update notes §2.1 [O: AX-CPD]: 20 points in each 12-month period, at least 5 of
// them from Professional Experience, 0.5–15 points an activity; [T: IL]: Professional Education
// and Community at most 15 a year.
describe('PeopleCert: a minimum every year with a category minimum inside it', () => {
  const cycle = { start: '2026-01-10', end: '2029-01-09' };

  it('draws each year against its 20 with the Professional Experience part, and states the rule in the engine’s words', () => {
    const progress = computeCeProgress(PRINCE2_PRACTITIONER, cycle, [entry('e', '2026-03-01', 14, 'professional-education'), entry('p', '2026-04-01', 3, 'professional-experience')], '2026-11-25').progress;
    const view = viewOf(progress);
    expect(view.years.map((y) => [y.label, y.counted, y.required, y.stillNeeded, y.parts])).toEqual([
      ['Year 1', 17, 20, 3, [{ id: 'professional-experience', name: 'Professional Experience', counted: 3, minimum: 5, stillNeeded: 2 }]],
      ['Year 2', 0, 20, 20, [{ id: 'professional-experience', name: 'Professional Experience', counted: 0, minimum: 5, stillNeeded: 5 }]],
      ['Year 3', 0, 20, 20, [{ id: 'professional-experience', name: 'Professional Experience', counted: 0, minimum: 5, stillNeeded: 5 }]],
    ]);
    // One source of truth for the yearly rule: the engine's sentence, word for word.
    expect(progress.yearlyRule).toBe('At least 20 CPD points in each year of the cycle, 5 of them from Professional Experience; a year below it cannot be made up later.');
    expect(view.rules).toEqual([progress.yearlyRule, 'Each activity counts 0.5 to 15 CPD points; more is refused (split it into several activities).']);
  });

  it('says in one sentence why more is still needed than the total’s shortfall', () => {
    // Year 1 has 30 counted (15 + 15) but the years still open need 20 each: 40, not 60 − 30 = 30.
    const progress = computeCeProgress(PRINCE2_PRACTITIONER, cycle, [entry('x', '2026-02-01', 15, 'professional-experience'), entry('e', '2026-03-01', 15, 'professional-education')], '2026-11-25').progress;
    const view = viewOf(progress);
    expect(view.stillNeeded).toBe(40);
    expect(view.explanations).toEqual([
      'Each year of the cycle has its own minimum, so 40 CPD points are still needed though 30 of 60 CPD points count: year 2 (01/10/2027 to 01/09/2028) needs 20 CPD points more, 5 of them from Professional Experience; year 3 (01/10/2028 to 01/09/2029) needs 20 CPD points more, 5 of them from Professional Experience.',
    ]);
  });

  it('names the category minimum when it is all a year still lacks, and the yearly cap that kept units out', () => {
    // 18 of Professional Education (3 above its 15 a year), 6 of Community, 2 of Professional Experience: the year has 23 counted but lacks 3 Professional Experience.
    const progress = computeCeProgress(
      PRINCE2_PRACTITIONER,
      cycle,
      [entry('e', '2026-02-01', 10, 'professional-education'), entry('f', '2026-03-01', 8, 'professional-education'), entry('c', '2026-04-01', 6, 'community'), entry('p', '2026-05-01', 2, 'professional-experience'), entry('y2', '2027-02-01', 15, 'professional-experience'), entry('y2b', '2027-03-01', 10, 'community'), entry('y3', '2028-02-01', 15, 'professional-experience'), entry('y3b', '2028-03-01', 10, 'community')],
      '2026-11-25',
    ).progress;
    const view = viewOf(progress);
    expect(view.years[0]).toMatchObject({ counted: 23, stillNeeded: 3 });
    expect(view.bars.find((b) => b.id === 'professional-education')).toMatchObject({ counted: 15, notCounted: 3, capPerYear: 15 });
    expect(view.explanations).toContain('Professional Education counts at most 15 CPD points a year; 3 CPD points above that in year 1 do not count.');
    expect(view.explanations).toContain(
      'Each year of the cycle has its own minimum, so 3 CPD points are still needed though 73 of 60 CPD points count: year 1 (01/10/2026 to 01/09/2027) needs 3 CPD points from Professional Experience.',
    );
  });

  it('says a missed year cannot be made up, and holds that back during a fair start', () => {
    const progress = computeCeProgress(PRINCE2_PRACTITIONER, { start: '2024-02-10', end: '2027-02-09' }, [entry('a', '2025-06-01', 11, 'professional-experience'), entry('b', '2025-07-01', 10, 'professional-education')], '2026-11-25').progress;
    const judged = viewOf(progress);
    expect(judged.years.map((y) => [y.label, y.counted, y.missed])).toEqual([
      ['Year 1', 0, true],
      ['Year 2', 21, false],
      ['Year 3', 0, false],
    ]);
    expect(judged.explanations).toContain(
      'Year 1 (02/10/2024 to 02/09/2025) ended with 0 CPD points, 0 of them from Professional Experience (at least 5), below its minimum; it cannot be made up, so logging more does not complete this cycle. See the other ways to renew.',
    );
    const held = viewOf(progress, true);
    expect(held.years.some((y) => y.missed)).toBe(false);
    expect(held.explanations).toContain('No year is judged missed until you enter what you earned before using Certplan, or skip that step.');
    expect(held.explanations.some((s) => s.includes('cannot be made up'))).toBe(false);
  });

  it('counts an activity up to its bound where the rules say so, and says how much did not count', () => {
    // The same bounds with "count up to the maximum" (as a person's own rules may say): a 20-point entry counts 15.
    const upTo = { ...PRINCE2_PRACTITIONER, activityUnits: { min: 0.5, max: 15, aboveMax: 'count-up-to-max' as const } };
    const progress = computeCeProgress(upTo, cycle, [entry('long', '2026-03-01', 20, 'professional-experience')], '2026-11-25').progress;
    const view = viewOf(progress);
    expect(view.bars[0]).toMatchObject({ counted: 15, notCounted: 5 });
    expect(view.explanations).toContain('One activity counts at most 15 CPD points; 5 CPD points above that do not count.');
    expect(view.rules).toContain('Each activity counts 0.5 to 15 CPD points; anything above it does not count.');
  });
});

// CompTIA Security+, update notes §3.2 [O: CT-TRN]: live webinars at most 10 and conferences at
// most 10 CEUs a cycle inside training; [O: CT-WX] work experience 3 a cycle year, 9 a cycle.
describe('Security+: caps on one kind of activity inside a category', () => {
  const cycle = { start: '2026-01-10', end: '2029-01-09' };
  const progress = computeCeProgress(
    SECURITY_PLUS,
    cycle,
    [entry('w1', '2026-02-01', 6, 'training', 'live-webinar'), entry('w2', '2026-03-01', 8, 'training', 'live-webinar'), entry('c', '2026-04-01', 3, 'training', 'conference'), entry('x', '2026-05-01', 5, 'work-experience')],
    '2026-11-25',
  ).progress;

  it('draws each kind logged under its category with its cap, and units above the cap as not counting', () => {
    const view = viewOf(progress);
    expect(view.bars.map((b) => [b.id, b.level, b.counted, b.notCounted, b.cap])).toEqual([
      ['total', 'total', 16, 6, null],
      ['training', 'category', 13, 4, null],
      ['training:live-webinar', 'kind', 10, 4, 10],
      ['training:conference', 'kind', 3, 0, 10],
      ['work-experience', 'category', 3, 2, 9],
      ['other-activities', 'category', 0, 0, null],
    ]);
    expect(view.stillNeeded).toBe(34);
  });

  it('gives each cap that kept units out one sentence, and never counts them', () => {
    const view = viewOf(progress);
    expect(view.explanations).toEqual([
      'Live webinar counts at most 10 CEUs in a cycle; 4 CEUs above that do not count.',
      'Work experience (employer letter on letterhead) counts at most 3 CEUs a year; 2 CEUs above that in year 1 do not count.',
    ]);
    expect(view.counted).toBe(16);
  });
});

// Scrum Alliance SEUs, update notes §5 [O: SA-SEU]: at most 8 SEUs for one day of activity.
describe('a daily cap', () => {
  it('states the cap and says what one day could not count', () => {
    const progress = computeCeProgress(CSM, { start: '2025-06-01', end: '2027-05-31' }, [entry('d', '2026-03-01', 10, 'seu'), entry('e', '2026-03-02', 4, 'seu')], '2026-11-25').progress;
    const view = viewOf(progress);
    expect(view.bars[0]).toMatchObject({ counted: 12, notCounted: 2, stillNeeded: 8 });
    expect(view.rules).toEqual(['At most 8 SEUs count for one day of activity.']);
    expect(view.explanations).toEqual(['One day of activity counts at most 8 SEUs; 2 SEUs above that do not count.']);
  });
});

// PMI CCR, update notes §1.1 [T: PROT, PMIUK, OSP]: only PDUs above 60 earned in the cycle's last
// year carry over, at most 20 for PMP.
describe('carry-over with its maximum', () => {
  const activity = (id: string, date: string, units: number, categoryId: string): CeActivity => ({
    id, date, title: id, provider: '', units, categoryId, activityTypeId: null, credentialIds: ['pmp'], evidenceIds: [], notes: '', createdAt: '', updatedAt: '',
  });
  const evaluation = evaluateCredential({
    maintenance: PMP,
    earnedOn: '2021-01-15',
    renewals: [{ id: 'r', cycleStart: '2021-01-15', submittedOn: '2024-01-05', approvedOn: '2024-01-06', feePaid: true }],
    // 50 PDUs in year 1, 22 in the last year: 72 counted, 12 above 60, all from the last year.
    activities: [activity('w', '2021-06-01', 15, 'ways-of-working'), activity('p', '2021-07-01', 15, 'power-skills'), activity('b', '2021-08-01', 20, 'business-acumen'), activity('late', '2023-06-01', 22, 'business-acumen')],
    finishDaysBefore: 30,
    today: '2024-06-01',
  });

  it('says what the closed cycle passes on, and what the new one carried in, with the maximum', () => {
    const [closed, open] = evaluation.cycles;
    const before = viewOf(closed?.progress as CeProgress);
    expect(before.explanations).toContain('12 PDUs earned in this cycle’s last year above the total carry over to the next cycle once it is renewed (at most 20 PDUs may carry over).');
    const after = viewOf(open?.progress as CeProgress);
    expect(after.bars[0]).toMatchObject({ counted: 12, stillNeeded: 48 });
    expect(after.explanations).toContain('12 PDUs carried in from the previous cycle count first (at most 20 PDUs may carry over).');
    expect(after.rules).toEqual(['Units above the total earned in the last year of the cycle carry over to the next, at most 20 PDUs.']);
  });
});
