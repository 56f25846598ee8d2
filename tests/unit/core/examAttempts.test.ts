import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../src/main/core/errors';
import type { EligibilityWindow } from '../../../src/main/core/services/examService';
import { preparationSlice } from '../../support/preparationSlice';

let slice: ReturnType<typeof preparationSlice>;
afterEach(() => slice.close());

const PLAN = { examDate: '2027-02-17', examBooked: false, goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 240, 120], sessionMinutes: 45, reviewDays: null, selfRatings: [], baseline: null };

function failure(fn: () => unknown): AppFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

describe('exam attempts', () => {
  it('a pass moves the track to passed and records the credential', () => {
    slice = preparationSlice();
    const track = slice.tracks.create('pmi-pmp');
    slice.exam.book({ trackId: track.id, examDate: '2027-02-17', booked: true, reference: 'PV-1' });
    expect(slice.tracks.get(track.id).status).toBe('scheduled');
    slice.clock.set(new Date('2027-02-17T15:00:00Z'));
    const recorded = slice.exam.recordAttempt({
      trackId: track.id,
      date: '2027-02-17',
      outcome: 'passed',
      domainBands: [{ domainId: 'process', band: 'Above Target' }],
      credentialNumber: '1234567',
      notes: '',
    });
    expect(recorded.trackStatus).toBe('passed');
    expect(recorded.credential).toMatchObject({ acronym: 'PMP', earnedOn: '2027-02-17', credentialNumber: '1234567', origin: 'track', trackId: track.id });
    expect(recorded.attempt.domainBands).toEqual([{ domainId: 'process', domainName: 'Process', band: 'Above Target' }]);
    expect(slice.credentials.list().map((c) => c.id)).toEqual([recorded.credential?.id]);
    expect(slice.exam.view(track.id)).toMatchObject({ canRecord: false, recordBlockedReason: 'You passed on 02/17/2027; the credential is in your records.' });
  });

  it('a fail moves the track to failed and keeps the plan', () => {
    slice = preparationSlice();
    const track = slice.tracks.create('pmi-pmp');
    slice.preparation.setup({ trackId: track.id, ...PLAN });
    const planned = slice.preparation.view(track.id).plan?.items.length;
    slice.clock.set(new Date('2027-02-17T15:00:00Z'));
    slice.exam.recordAttempt({ trackId: track.id, date: '2027-02-17', outcome: 'failed', domainBands: [], credentialNumber: null, notes: '' });
    expect(slice.tracks.get(track.id).status).toBe('failed');
    expect(slice.preparation.view(track.id).plan?.items.length).toBe(planned);
    // Booking the retake schedules the track again.
    slice.exam.book({ trackId: track.id, examDate: '2027-04-01', booked: true, reference: '' });
    expect(slice.tracks.get(track.id).status).toBe('scheduled');
  });

  it.each([
    [{ date: '2026-11-26' }, 'date'],
    [{ domainBands: [{ domainId: 'finance', band: 'Target' }] }, 'domainBands.0.domainId'],
    [{ domainBands: [{ domainId: 'people', band: 'Great' }] }, 'domainBands.0.band'],
  ])('refuses %j naming the field', (patch, field) => {
    slice = preparationSlice();
    const track = slice.tracks.create('pmi-pmp');
    const error = failure(() => slice.exam.recordAttempt({ trackId: track.id, date: '2026-11-25', outcome: 'failed', domainBands: [], credentialNumber: null, notes: '', ...patch }));
    expect(error.issues?.map((i) => i.path)).toEqual([field]);
    expect(slice.exam.view(track.id).attempts).toEqual([]);
  });

  it('counts attempts against the eligibility period and refuses a fourth one in it', () => {
    const window: EligibilityWindow = { approvedOn: '2026-06-01', eligibilityEndsOn: '2027-06-01', attemptsAllowed: 3 };
    slice = preparationSlice({ applicationWindow: () => window });
    const track = slice.tracks.create('pmi-pmp');
    const fail = (date: string) => slice.exam.recordAttempt({ trackId: track.id, date, outcome: 'failed', domainBands: [], credentialNumber: null, notes: '' });
    fail('2026-05-20'); // before the window: does not count
    expect(slice.exam.view(track.id).nextAttemptLabel).toBe('Attempt 1 of 3 in the eligibility period ending 06/01/2027');
    fail('2026-07-01');
    expect(slice.exam.view(track.id).nextAttemptLabel).toBe('Attempt 2 of 3 in the eligibility period ending 06/01/2027');
    expect(slice.exam.attemptsUsed(track.id)).toBe(1);
    fail('2026-09-01');
    fail('2026-11-01');
    expect(slice.exam.attemptsUsed(track.id)).toBe(3);
    const error = failure(() => fail('2026-11-20'));
    expect(error.code).toBe('rule_violation');
    expect(error.message).toBe('All 3 attempts of the eligibility period ending 06/01/2027 are used. A new attempt needs a new eligibility period (apply again).');
    expect(slice.exam.view(track.id)).toMatchObject({ canRecord: false, attemptsUsed: 3, window: { attemptsUsed: 3, attemptsAllowed: 3 } });
  });

  it('without an eligibility period, counts every attempt', () => {
    slice = preparationSlice();
    const track = slice.tracks.create('pmi-pmp');
    slice.exam.recordAttempt({ trackId: track.id, date: '2026-10-01', outcome: 'failed', domainBands: [], credentialNumber: null, notes: '' });
    expect(slice.exam.attemptsUsed(track.id)).toBe(1);
    expect(slice.exam.view(track.id)).toMatchObject({ window: null, nextAttemptLabel: null, attemptsAllowedByRules: 3 });
  });
});

describe('known dates for reminders', () => {
  it('gives the exam day and each planned study day from today on', () => {
    slice = preparationSlice();
    const track = slice.tracks.create('pmi-pmp');
    slice.preparation.setup({ trackId: track.id, ...PLAN, examBooked: true });
    const dates = slice.knownDateSources.flatMap((source) => source.knownDates('2026-11-25'));
    expect(dates.find((d) => d.kind === 'exam')).toMatchObject({ key: `exam:${track.id}:2027-02-17`, date: '2027-02-17', title: 'PMP exam', trackId: track.id });
    const study = dates.filter((d) => d.kind === 'study-session');
    expect(study[0]).toMatchObject({ key: `study-session:${track.id}:2026-11-25`, date: '2026-11-25', title: 'Study for PMP: 1 h' });
    expect(study.every((d) => d.date >= '2026-11-25' && d.date < '2027-02-17')).toBe(true);
    expect(new Set(study.map((d) => d.date)).size).toBe(study.length);
    slice.tracks.setArchived(track.id, true);
    expect(slice.knownDateSources.flatMap((source) => source.knownDates('2026-11-25'))).toEqual([]);
  });
});
