import { describe, expect, it } from 'vitest';
import { cycleAnchor } from '../../../../src/main/core/domain/renewalCycles';
import { sameSuiteAs } from '../../../../src/main/core/domain/sharing';
import { type Person, activity, cert, claimIssues, outlineOn, qualify, renewal } from './harness';

/**
 * PeopleCert / AXELOS entries (shared/research/certifications-2026-12-update.md §2). Renewal
 * numbers: AX-CPD (20 points in each 12-month period, at least 5 from Professional Experience,
 * 0.5 to 15 points per activity), AX-HUB (three years, suite-level renew-by date), IL (a training
 * partner: Education and Community at most 15 a year).
 */

const PEOPLECERT = [
  'peoplecert-prince2-7-foundation',
  'peoplecert-prince2-7-practitioner',
  'peoplecert-p3o-foundation',
  'peoplecert-p3o-practitioner',
  'peoplecert-msp5-foundation',
  'peoplecert-msp5-practitioner',
  'peoplecert-mop-foundation',
  'peoplecert-mop-practitioner',
];

const yearOf = (year: number) => [activity('professional-experience', 5, year), activity('community', 15, year)];

describe('prerequisites (§2.2)', () => {
  it.each([
    // T: OEP, NRR, compufix, hrv-swiss — no prerequisites for the Foundation levels.
    ['peoplecert-prince2-7-foundation', {}, ['open']],
    ['peoplecert-p3o-foundation', {}, ['open']],
    ['peoplecert-msp5-foundation', {}, ['open']],
    ['peoplecert-mop-foundation', {}, ['open']],
    // T: crucialexams / itls — PRINCE2 7 Foundation, PMP or CAPM (both lists); others by tick.
    ['peoplecert-prince2-7-practitioner', { held: ['peoplecert-prince2-7-foundation'] }, ['catalog-credential']],
    ['peoplecert-prince2-7-practitioner', { held: ['pmi-pmp'] }, ['catalog-credential']],
    ['peoplecert-prince2-7-practitioner', { held: ['pmi-sp'] }, []],
    ['peoplecert-prince2-7-practitioner', { ticked: ['other-qualification'] }, ['other-qualification']],
    // O-old: P3O-OS; T: compufix, hrv-swiss — each Practitioner needs its Foundation.
    ['peoplecert-p3o-practitioner', { held: ['peoplecert-p3o-foundation'] }, ['after-foundation']],
    ['peoplecert-p3o-practitioner', {}, []],
    ['peoplecert-msp5-practitioner', { held: ['peoplecert-msp5-foundation'] }, ['after-foundation']],
    ['peoplecert-mop-practitioner', { held: ['peoplecert-mop-foundation'] }, ['after-foundation']],
    ['peoplecert-mop-practitioner', { held: ['peoplecert-p3o-foundation'] }, []],
  ] as const)('%s with %j meets %j', (id, person, met) => {
    expect(qualify(id, person as unknown as Person).met).toEqual([...met]);
  });

  it('names what is missing for a Practitioner without its Foundation', () => {
    expect(qualify('peoplecert-p3o-practitioner', {}).missing).toEqual(['Hold P3O F']);
  });
});

describe('exams (§2.2)', () => {
  it.each([
    ['peoplecert-prince2-7-foundation', 60, 60, 60], // T: HIRA-F, OEP
    ['peoplecert-prince2-7-practitioner', 56, 150, 60], // T: HIRA-P (56 questions, 70 marks)
    ['peoplecert-p3o-foundation', 75, 60, 50], // O-old: P3O-OS (2013 scheme)
    ['peoplecert-p3o-practitioner', 4, 150, 50], // O-old: P3O-OS
    ['peoplecert-msp5-foundation', 60, 60, 60], // T: TPT-P, single source
    ['peoplecert-mop-foundation', 50, 40, 50], // T: hrv-swiss
    ['peoplecert-mop-practitioner', 4, 180, 50], // T: 150 (alctraining) vs 180 (oak3): the longer, with the conflict shown
  ] as const)('%s: %d questions, %d minutes, pass %d%%', (id, questions, minutes, pass) => {
    expect(outlineOn(id, '2026-12-01')).toMatchObject({ questions, durationMinutes: minutes });
    expect(cert(id).exam.passMarkPercent).toBe(pass);
  });

  it('leaves the MSP 5 Practitioner exam Unknown (only 4th-edition data exist)', () => {
    expect(outlineOn('peoplecert-msp5-practitioner', '2026-12-01')).toBeNull();
  });

  it('shows the MoP Practitioner duration conflict', () => {
    expect(cert('peoplecert-mop-practitioner').facts['outline:current']?.conflict).toMatch(/150 minutes .* 180 minutes/);
  });
});

describe.each(PEOPLECERT)('%s renewal (§2.1)', (id) => {
  it('is complete with 20 points a year, 5 of them Professional Experience, over three years', () => {
    expect(renewal(id, [...yearOf(0), ...yearOf(1), ...yearOf(2)]).progress).toMatchObject({ required: 60, counted: 60, complete: true, stillNeeded: 0 });
  });

  it('needs 5 Professional Experience points inside each year’s 20', () => {
    const { years } = renewal(id, [activity('professional-education', 15), activity('community', 5)], '2025-12-01').progress;
    expect(years[0]).toMatchObject({ counted: 20, required: 20, stillNeeded: 5, missed: false });
    expect(years[0]?.categoryMinimums).toEqual([{ categoryId: 'professional-experience', name: 'Professional Experience', required: 5, counted: 0, stillNeeded: 5 }]);
  });

  it('cannot make up a past year that fell short', () => {
    const result = renewal(id, [activity('professional-experience', 5), activity('community', 10), ...yearOf(1), ...yearOf(2), activity('community', 10, 2, { day: '07-01' })]);
    expect(result.progress.years[0]).toMatchObject({ counted: 15, missed: true });
    expect(result.progress.complete).toBe(false);
  });

  it('counts Education and Community at most 15 a year (T: IL)', () => {
    const { outcomes } = renewal(id, [activity('professional-education', 10), activity('professional-education', 10, 0, { day: '07-01' })]);
    expect(outcomes.map((o) => [o.counted, o.notCounted])).toEqual([
      [10, 0],
      [5, 5],
    ]);
  });

  it('refuses an activity outside 0.5 to 15 points (AX-CPD)', () => {
    expect(claimIssues(id, { units: 16, categoryId: 'community' })).toEqual([`units: ${cert(id).acronym} counts at most 15 CPD points for one activity; log a longer one as several activities`]);
    expect(claimIssues(id, { units: 0.25, categoryId: 'community' })).toEqual([`units: ${cert(id).acronym} counts at least 0.5 CPD points for one activity`]);
    expect(claimIssues(id, { units: 15, categoryId: 'community' })).toEqual([]);
  });

  it('states the yearly rule in one sentence', () => {
    expect(renewal(id, []).progress.yearlyRule).toBe('At least 20 CPD points in each year of the cycle, 5 of them from Professional Experience; a year below it cannot be made up later.');
  });
});

describe('suite-level renewal (§2.1, AX-HUB: one renew-by date for the suite; T: BIT, OMNI: a new exam moves it)', () => {
  it('every PeopleCert entry belongs to the Project, Programme & Portfolio Management suite', () => {
    for (const id of PEOPLECERT) expect(cert(id).maintenance.suite?.name, id).toBe('Project, Programme & Portfolio Management');
    expect(sameSuiteAs({ maintenance: cert(PEOPLECERT[0] as string).maintenance }, { maintenance: cert('peoplecert-mop-practitioner').maintenance })).toBe(true);
  });

  it('a later exam in the suite moves every certification’s cycle to start from it', () => {
    const suiteId = cert('peoplecert-prince2-7-foundation').maintenance.suite?.id ?? null;
    const held = [
      { earnedOn: '2024-01-10', suiteId },
      { earnedOn: '2025-03-01', suiteId },
      { earnedOn: '2025-09-01', suiteId: null },
    ];
    expect(cycleAnchor({ earnedOn: '2024-01-10', suiteId }, held)).toBe('2025-03-01');
    expect(cycleAnchor({ earnedOn: '2024-01-10', suiteId: null }, held)).toBe('2024-01-10');
  });
});
