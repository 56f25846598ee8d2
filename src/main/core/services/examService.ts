import type { AttemptInput, ExamAttempt, ExamBookInput, ExamView } from '../../../shared/schemas/exam';
import type { Credential } from '../../../shared/schemas/credential';
import type { Track, TrackStatus } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { ExamRepository, StoredAttempt } from '../db/repositories/examRepository';
import { formatDayForPeople } from '../domain/calendarDays';
import { conflict, invalidField, ruleViolation } from '../errors';
import { newId } from '../ids';
import type { CredentialService } from './credentialService';
import type { ExamScheduleService } from './examScheduleService';
import type { PreparationService } from './preparationService';
import { assertDomainList, domainNameOf, outlineDomains } from './trackDomains';
import type { TrackService } from './trackService';

/** The eligibility period an approved application opens (PMI: one year, three attempts). */
export interface EligibilityWindow {
  approvedOn: string;
  eligibilityEndsOn: string;
  attemptsAllowed: number | null;
}

/** Where a pass or a fail may move a track from (the exam slice's stretch of the lifecycle). */
const BEFORE_RESULT: readonly TrackStatus[] = ['exploring', 'qualifying', 'eligible', 'applied', 'approved', 'scheduled'];
const PASS_FROM: readonly TrackStatus[] = [...BEFORE_RESULT, 'failed'];

export interface ExamDeps {
  exams: ExamRepository;
  schedule: ExamScheduleService;
  preparation: PreparationService;
  credentials: CredentialService;
  tracks: TrackService;
  /** The application slice's eligibility period for a track, or null when it has none. */
  applicationWindow: (trackId: string) => EligibilityWindow | null;
  transaction: <T>(fn: () => T) => T;
  now: () => Date;
  announce: (areas: string[]) => void;
}

/**
 * Booking the exam and recording attempts. A pass moves the track to `passed` and records the
 * credential (the renewal slice builds on it); a fail moves it to `failed`, keeps the plan, and
 * counts against the attempts of the eligibility period where the track has one.
 */
export class ExamService {
  constructor(private readonly deps: ExamDeps) {}

  view(trackId: string): ExamView {
    const track = this.deps.tracks.get(trackId);
    const today = this.today();
    const schedule = this.deps.schedule.get(trackId);
    const attempts = this.deps.exams.attempts(trackId);
    const window = this.deps.applicationWindow(trackId);
    const used = this.countUsed(attempts, window);
    const passed = attempts.find((a) => a.outcome === 'passed');
    const exhausted = window !== null && window.attemptsAllowed !== null && used >= window.attemptsAllowed;
    let recordBlockedReason: string | null = null;
    if (passed) recordBlockedReason = `You passed on ${formatDayForPeople(passed.date)}; the credential is in your records.`;
    else if (exhausted && window) recordBlockedReason = attemptsUsedUpMessage(window);
    let waitingReason: string | null = null;
    if (!schedule) waitingReason = 'Set your exam date above first; the result can be recorded from the exam day on.';
    else if (schedule.examDate > today) waitingReason = `Your exam is on ${formatDayForPeople(schedule.examDate)}; record the result from that day on.`;
    return {
      trackId,
      today,
      schedule,
      attempts: attempts.map((a) => publicAttempt(track, a)),
      attemptsUsed: used,
      window: window ? { ...window, attemptsUsed: used } : null,
      attemptsAllowedByRules: track.snapshot.application?.attemptsAllowed ?? null,
      bands: track.snapshot.exam.performanceBands,
      domains: outlineDomains(track).map((d) => ({ id: d.id, name: d.name })),
      canRecord: recordBlockedReason === null,
      recordBlockedReason,
      waitingReason,
      nextAttemptLabel: window && !passed && !exhausted ? nextAttemptLabel(window, used) : null,
    };
  }

  book(input: ExamBookInput): ExamView {
    const track = this.deps.tracks.get(input.trackId);
    this.deps.transaction(() => {
      this.deps.schedule.set(track, { examDate: input.examDate, booked: input.booked, reference: input.reference });
      this.deps.preparation.refreshPlan(track.id);
    });
    this.deps.announce(['prep']);
    return this.view(track.id);
  }

  recordAttempt(input: AttemptInput): { attempt: ExamAttempt; credential: Credential | null; trackStatus: string } {
    const track = this.deps.tracks.get(input.trackId);
    if (input.date > this.today()) throw invalidField('date', 'Cannot be in the future');
    this.checkBands(track, input.domainBands);
    const attempts = this.deps.exams.attempts(track.id);
    const passed = attempts.find((a) => a.outcome === 'passed');
    if (passed) throw conflict(`You already passed ${track.acronym} on ${formatDayForPeople(passed.date)}`);
    const window = this.deps.applicationWindow(track.id);
    if (window && window.attemptsAllowed !== null && input.date >= window.approvedOn && input.date <= window.eligibilityEndsOn) {
      if (this.countUsed(attempts, window) >= window.attemptsAllowed) {
        throw ruleViolation(attemptsUsedUpMessage(window), [{ path: 'date', message: 'No attempts left in this eligibility period' }]);
      }
    }
    const attempt: StoredAttempt = {
      id: newId('attempt'),
      trackId: track.id,
      date: input.date,
      outcome: input.outcome,
      domainBands: input.domainBands,
      credentialId: null,
      notes: input.notes,
      createdAt: this.deps.now().toISOString(),
    };
    const credential = this.deps.transaction(() => {
      let earned: Credential | null = null;
      if (input.outcome === 'passed') {
        earned = this.deps.credentials.recordEarnedThroughTrack(track, input.date, input.credentialNumber);
        attempt.credentialId = earned.id;
        this.deps.exams.insertAttempt(attempt);
        this.deps.tracks.moveStatus(track.id, 'passed', `Passed the exam on ${formatDayForPeople(input.date)}`, PASS_FROM);
      } else {
        this.deps.exams.insertAttempt(attempt);
        // The plan is kept: the person may book a retake and carry on from where they are.
        this.deps.tracks.moveStatus(track.id, 'failed', `Did not pass the exam on ${formatDayForPeople(input.date)}`, BEFORE_RESULT);
      }
      return earned;
    });
    this.deps.announce(credential ? ['tracks', 'credentials'] : ['tracks']);
    return { attempt: publicAttempt(track, attempt), credential, trackStatus: this.deps.tracks.get(track.id).status };
  }

  /**
   * Attempts that count against the track's eligibility period: those inside the window when the
   * application slice knows one, otherwise every attempt on the track. The application slice
   * reads this.
   */
  attemptsUsed(trackId: string): number {
    return this.countUsed(this.deps.exams.attempts(trackId), this.deps.applicationWindow(trackId));
  }

  private countUsed(attempts: readonly StoredAttempt[], window: EligibilityWindow | null): number {
    return window ? attempts.filter((a) => a.date >= window.approvedOn && a.date <= window.eligibilityEndsOn).length : attempts.length;
  }

  private checkBands(track: Track, bands: AttemptInput['domainBands']): void {
    const allowed = track.snapshot.exam.performanceBands;
    if (bands.length > 0 && allowed.length === 0) {
      throw invalidField('domainBands', `The ${track.acronym} score report has no bands in the catalog; leave them out`);
    }
    assertDomainList(track, bands.map((b) => b.domainId), (i) => `domainBands.${i}.domainId`);
    bands.forEach((b, i) => {
      if (!allowed.includes(b.band)) throw invalidField(`domainBands.${i}.band`, `Use one of: ${allowed.join(', ')}`);
    });
  }

  private today(): string {
    return localDateOf(this.deps.now());
  }
}

function publicAttempt(track: Track, a: StoredAttempt): ExamAttempt {
  return {
    ...a,
    domainBands: a.domainBands.map((b) => ({ ...b, domainName: domainNameOf(track, b.domainId) })),
  };
}

function nextAttemptLabel(window: EligibilityWindow, used: number): string {
  const ends = formatDayForPeople(window.eligibilityEndsOn);
  return window.attemptsAllowed !== null
    ? `Attempt ${used + 1} of ${window.attemptsAllowed} in the eligibility period ending ${ends}`
    : `Attempt ${used + 1} in the eligibility period ending ${ends}`;
}

function attemptsUsedUpMessage(window: EligibilityWindow): string {
  return (
    `All ${window.attemptsAllowed ?? 0} attempts of the eligibility period ending ${formatDayForPeople(window.eligibilityEndsOn)} are used. ` +
    'A new attempt needs a new eligibility period (apply again).'
  );
}
