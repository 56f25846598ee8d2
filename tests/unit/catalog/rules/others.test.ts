import { describe, expect, it } from 'vitest';
import { computeCredentialStatus } from '../../../../src/main/core/domain/credentialStatus';
import { computeCycles } from '../../../../src/main/core/domain/renewalCycles';
import { ALL_BUILTIN_IDS, CYCLE_START, activity, cert, claimIssues, outlineOn, qualify, renewal } from './harness';

/**
 * CompTIA, AWS, Scrum Alliance, Scrum.org, AIPMO and PMO Global Alliance entries
 * (shared/research/certifications-2026-12-update.md §3–§8), through the real engines.
 */

describe('CompTIA Security+ (§3)', () => {
  it('has no prerequisites and the SY0-701 outline (T: TEL)', () => {
    expect(qualify('comptia-security-plus', {}).met).toEqual(['open']);
    const outline = outlineOn('comptia-security-plus', '2026-12-01');
    expect(outline).toMatchObject({ id: 'sy0-701', questions: 90, durationMinutes: 90 });
    expect(outline?.domains.map((d) => d.weight)).toEqual([12, 22, 18, 28, 20]);
  });

  it.each([
    // O: CT-TRN — Security+ column: live webinar ≤ 10, conference ≤ 10, training course ≤ 50; 50 CEUs in 3 years.
    ['live webinars count at most 10', [activity('training', 12, 0, { typeId: 'live-webinar' })], { counted: 10, notCounted: 2 }],
    ['conferences count at most 10', [activity('training', 6, 0, { typeId: 'conference' }), activity('training', 6, 1, { typeId: 'conference' })], { counted: 10, notCounted: 2 }],
    [
      'complete: 30 of training courses, 10 of webinars, 10 of conferences',
      [activity('training', 30, 0, { typeId: 'training-course' }), activity('training', 10, 1, { typeId: 'live-webinar' }), activity('training', 10, 2, { typeId: 'conference' })],
      { counted: 50, complete: true },
    ],
    // O: CT-WX — work experience 3 CEUs per cycle year, 9 per cycle.
    ['work experience counts 3 a year', [activity('work-experience', 5), activity('work-experience', 5, 1), activity('work-experience', 5, 2)], { counted: 9, notCounted: 6 }],
  ] as const)('%s', (_name, entries, expected) => {
    expect(renewal('comptia-security-plus', [...entries]).progress).toMatchObject(expected);
  });

  it('names the cap that stopped an activity', () => {
    const { outcomes } = renewal('comptia-security-plus', [activity('training', 12, 0, { typeId: 'live-webinar' })]);
    expect(outcomes[0]?.reason).toBe('above the Live webinar cap of 10');
  });

  it('asks for the kind of activity where kinds have caps', () => {
    expect(claimIssues('comptia-security-plus', { units: 2, categoryId: 'training' })[0]).toMatch(/^activityTypeId: Choose the kind of activity/);
    expect(claimIssues('comptia-security-plus', { units: 2, categoryId: 'training', activityTypeId: 'live-webinar' })).toEqual([]);
    expect(claimIssues('comptia-security-plus', { units: 2, categoryId: 'training', activityTypeId: 'book' })[0]).toMatch(/^activityTypeId: Not a kind of/);
  });

  it('waits 30 days before the 3rd attempt and 12 months after a pass (O-old: CT-RTK; conflict: 14 days in UCT)', () => {
    expect(cert('comptia-security-plus').exam.retakes).toMatchObject({ waits: [{ fromAttempt: 3, days: 30 }], waitAfterPassDays: 365 });
    expect(cert('comptia-security-plus').facts['exam.retakes']?.conflict).toMatch(/14 calendar days/);
  });
});

describe('AWS SAA-C03 (§4)', () => {
  it('has no prerequisites and the 65-question, 130-minute exam (OC: AWS-EG; T)', () => {
    expect(qualify('aws-saa-c03', {}).met).toEqual(['open']);
    expect(outlineOn('aws-saa-c03', '2026-12-01')).toMatchObject({ questions: 65, scoredQuestions: 50, durationMinutes: 130 });
  });

  it('is valid 3 years and renewed by passing an exam again (O: AWS-POL)', () => {
    const [cycle] = computeCycles(cert('aws-saa-c03').maintenance, CYCLE_START, []);
    expect(cycle).toMatchObject({ start: '2025-03-01', end: '2028-02-29', expiresOn: '2028-03-01' });
    expect(computeCredentialStatus({ kind: 'retake', cycle: cycle ?? null, today: '2026-01-01', complete: false, onPace: true })).toBe('active');
  });

  it('waits 14 days between attempts (T: STT)', () => {
    expect(cert('aws-saa-c03').exam.retakes?.waits).toEqual([{ fromAttempt: 2, days: 14 }]);
  });
});

describe('Scrum Alliance CSM (§5)', () => {
  it.each([
    // O: SA-TEST — a 16-hour CSM course before the test.
    ['met with the 16-hour course', { training: { 'CSM course': 16 } }, ['csm-course'], []],
    ['one hour short', { training: { 'CSM course': 15 } }, [], ['1 more hour of CSM course']],
  ] as const)('%s', (_name, person, met, missing) => {
    const result = qualify('scrumalliance-csm', { training: { ...person.training } });
    expect(result.met).toEqual([...met]);
    expect(result.missing).toEqual([...missing]);
  });

  it('has the 50-question, 60-minute test with a 74% pass mark (O: SA-TEST)', () => {
    expect(outlineOn('scrumalliance-csm', '2026-12-01')).toMatchObject({ questions: 50, durationMinutes: 60 });
    expect(cert('scrumalliance-csm').exam.passMarkPercent).toBe(74);
    expect(cert('scrumalliance-csm').exam.retakes?.freeAttempts).toEqual({ count: 2, withinDays: 90 });
  });

  it.each([
    // O: SA-REQ — 20 SEUs every 2 years; O: SA-SEU — at most 8 SEUs for one day of activity.
    ['complete with 20 SEUs on several days', [activity('seu', 8), activity('seu', 8, 0, { day: '07-01' }), activity('seu', 4, 1)], { counted: 20, complete: true }],
    ['one day counts at most 8', [activity('seu', 5), activity('seu', 5)], { counted: 8, notCounted: 2 }],
  ] as const)('renewal: %s', (_name, entries, expected) => {
    expect(renewal('scrumalliance-csm', [...entries]).progress).toMatchObject(expected);
  });

  it('carries nothing over: an SEU used for a renewal cannot be reused (O: SA-SEU)', () => {
    expect(renewal('scrumalliance-csm', [activity('seu', 8), activity('seu', 8, 0, { day: '07-01' }), activity('seu', 8, 1)]).carriedOut).toBe(0);
  });

  it('is tagged agile, so it counts for PMI-ACP’s agile-certification route', () => {
    expect(cert('scrumalliance-csm').tags).toEqual(['agile']);
  });
});

describe('Scrum.org PSM I (§6)', () => {
  it('has no prerequisite; 80 questions, 60 minutes, 85% (O: SO); held for life (T only)', () => {
    expect(qualify('scrumorg-psm-1', {}).met).toEqual(['open']);
    expect(outlineOn('scrumorg-psm-1', '2026-12-01')).toMatchObject({ questions: 80, durationMinutes: 60 });
    expect(cert('scrumorg-psm-1').maintenance.kind).toBe('none');
    expect(computeCycles(cert('scrumorg-psm-1').maintenance, CYCLE_START, [])).toEqual([]);
    expect(cert('scrumorg-psm-1').facts.maintenance?.confidence).toBe('medium');
  });
});

describe('AIPMO (§7)', () => {
  it.each([
    // O: AI-F — formal training and competency assessment.
    ['aipmo-ipmo-f', ['formal-training', 'competency-assessment'], [], ['aipmo-training']],
    ['aipmo-ipmo-f', ['formal-training'], [], []],
    // O: AI-P — IPMO-F is the prerequisite; O: AI-ACE — a five-day course.
    ['aipmo-ipmo-p', ['five-day-course'], ['aipmo-ipmo-f'], ['after-foundation']],
    ['aipmo-ipmo-p', ['five-day-course'], [], []],
    // T: PMOL — a residential five-day course with the exam on the last day.
    ['aipmo-ipmo-e', ['five-day-course'], [], ['course']],
  ] as const)('%s ticked %j, held %j → met %j', (id, ticked, held, met) => {
    expect(qualify(id, { ticked: [...ticked], held: [...held] }).met).toEqual([...met]);
  });

  it.each(['aipmo-ipmo-f', 'aipmo-ipmo-p', 'aipmo-ipmo-e'])('%s leaves exam and renewal Unknown (not found)', (id) => {
    expect(cert(id).exam.outlines).toEqual([]);
    expect(cert(id).maintenance.kind).toBe('unknown');
    expect(computeCycles(cert(id).maintenance, CYCLE_START, [])).toEqual([]);
  });
});

describe('PMO Global Alliance PMO-CP (§8)', () => {
  it('legacy exam after the recorded course (T: EB, about 2020); renewal Unknown', () => {
    expect(qualify('pmoga-pmo-cp', { ticked: ['value-ring-course'] }).met).toEqual(['recorded-course']);
    expect(outlineOn('pmoga-pmo-cp', '2026-12-01')).toMatchObject({ questions: 40, durationMinutes: 60 });
    expect(cert('pmoga-pmo-cp').maintenance.kind).toBe('unknown');
  });
});

describe('coverage', () => {
  it('has a rules table for every built-in entry', () => {
    const covered = [
      'pmi-pmp', 'pmi-pmocp', 'pmi-capm', 'pmi-pgmp', 'pmi-pfmp', 'pmi-acp', 'pmi-rmp', 'pmi-sp', 'pmi-pba',
      'peoplecert-prince2-7-foundation', 'peoplecert-prince2-7-practitioner', 'peoplecert-p3o-foundation', 'peoplecert-p3o-practitioner',
      'peoplecert-msp5-foundation', 'peoplecert-msp5-practitioner', 'peoplecert-mop-foundation', 'peoplecert-mop-practitioner',
      'comptia-security-plus', 'aws-saa-c03', 'scrumalliance-csm', 'scrumorg-psm-1', 'aipmo-ipmo-f', 'aipmo-ipmo-p', 'aipmo-ipmo-e', 'pmoga-pmo-cp',
    ];
    expect([...covered].sort()).toEqual([...ALL_BUILTIN_IDS].sort());
  });
});
