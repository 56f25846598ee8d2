import { MINUTES_PER_DAY } from '../../../shared/schemas/preparation';
import type {
  RunningTimer,
  SessionAddInput,
  SessionList,
  SessionPatch,
  StudySession,
  TimerStartInput,
} from '../../../shared/schemas/studySession';
import type { PageRequest } from '../../../shared/schemas/pages';
import type { Track } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { PreparationRepository } from '../db/repositories/preparationRepository';
import type { StoredSession, StudySessionRepository } from '../db/repositories/studySessionRepository';
import { formatDuration } from '../domain/calendarDays';
import { conflict, invalidField, notFound, ruleViolation } from '../errors';
import { newId } from '../ids';
import type { PreparationService } from './preparationService';
import { assertExamDomain, domainNameOf } from './trackDomains';
import type { TrackService } from './trackService';

/**
 * Time actually studied: entered by hand or measured with the timer. The timer is only a stored
 * start instant; the elapsed time is read from the core's clock when asked, so it survives closing
 * and reopening the app. Every change re-plans, since the plan spreads what is left of the goal.
 */
export class StudySessionService {
  constructor(
    private readonly sessions: StudySessionRepository,
    private readonly plans: PreparationRepository,
    private readonly preparation: PreparationService,
    private readonly tracks: TrackService,
    private readonly transaction: <T>(fn: () => T) => T,
    private readonly now: () => Date,
  ) {}

  list(trackId: string): SessionList {
    const track = this.tracks.get(trackId);
    const timer = this.sessions.timer(trackId);
    return {
      sessions: this.sessions.list(trackId).map((s) => this.publicView(track, s)),
      timer: timer ? this.timerView(track, timer) : null,
    };
  }

  add(input: SessionAddInput): StudySession {
    const track = this.tracks.get(input.trackId);
    this.check(track, input);
    const at = this.now().toISOString();
    const session: StoredSession = { id: newId('session'), ...input, source: 'manual', createdAt: at, updatedAt: at };
    this.transaction(() => {
      this.sessions.insert(session);
      this.preparation.refreshPlan(track.id);
    });
    return this.publicView(track, session);
  }

  update(id: string, patch: SessionPatch): StudySession {
    const current = this.requireEditable(id);
    const track = this.tracks.get(current.trackId);
    const next: StoredSession = {
      ...current,
      date: patch.date ?? current.date,
      minutes: patch.minutes ?? current.minutes,
      domainId: patch.domainId !== undefined ? patch.domainId : current.domainId,
      planItemId: patch.planItemId !== undefined ? patch.planItemId : current.planItemId,
      notes: patch.notes ?? current.notes,
      updatedAt: this.now().toISOString(),
    };
    // Only what changes is checked: a session logged under an older exam outline keeps its domain.
    this.check(track, patch, 'patch.');
    this.transaction(() => {
      this.sessions.update(next);
      this.preparation.refreshPlan(track.id);
    });
    return this.publicView(track, next);
  }

  remove(id: string): { id: string } {
    const session = this.requireEditable(id);
    this.transaction(() => {
      this.sessions.delete(id);
      this.preparation.refreshPlan(session.trackId);
    });
    return { id };
  }

  /**
   * Flashcard review counts as study (issue 13): the minutes reviewed on a day, per domain, become
   * that day's `review` sessions — updated, added or removed to match — and the plan follows.
   * Runs inside the caller's transaction when there is one.
   */
  syncReviewMinutes(trackId: string, date: string, minutesByDomain: ReadonlyMap<string | null, number>): boolean {
    const existing = this.sessions.reviewSessionsOn(trackId, date);
    const at = this.now().toISOString();
    let changed = false;
    this.transaction(() => {
      for (const session of existing) {
        const minutes = Math.min(MINUTES_PER_DAY, minutesByDomain.get(session.domainId) ?? 0);
        if (minutes === session.minutes) continue;
        changed = true;
        if (minutes < 1) this.sessions.delete(session.id);
        else this.sessions.update({ ...session, minutes, updatedAt: at });
      }
      for (const [domainId, total] of minutesByDomain) {
        const minutes = Math.min(MINUTES_PER_DAY, total);
        if (minutes < 1 || existing.some((s) => s.domainId === domainId)) continue;
        changed = true;
        this.sessions.insert({ id: newId('session'), trackId, date, minutes, domainId, planItemId: null, notes: 'Flashcard review', source: 'review', createdAt: at, updatedAt: at });
      }
      if (changed) this.preparation.refreshPlan(trackId);
    });
    return changed;
  }

  startTimer(input: TimerStartInput): RunningTimer {
    const track = this.tracks.get(input.trackId);
    const running = this.sessions.timer(track.id);
    if (running) throw conflict(`A timer for ${track.acronym} is already running (since ${running.startedAt}); stop it first`);
    assertExamDomain(track, input.domainId, 'domainId');
    this.assertPlanItem(track, input.planItemId, 'planItemId');
    const timer = { trackId: track.id, startedAt: this.now().toISOString(), domainId: input.domainId, planItemId: input.planItemId };
    this.sessions.startTimer(timer);
    return this.timerView(track, timer);
  }

  stopTimer(trackId: string): StudySession {
    const track = this.tracks.get(trackId);
    const timer = this.sessions.timer(trackId);
    if (!timer) throw conflict('No timer is running for this track');
    const minutes = this.elapsedMinutes(timer.startedAt);
    if (minutes < 1) throw ruleViolation('The timer has run for less than a minute; keep going, or discard it');
    if (minutes > MINUTES_PER_DAY) {
      throw ruleViolation(
        `The timer has been running for ${formatDuration(minutes)}, more than a day: it was probably left on. Discard it and enter the session by hand.`,
      );
    }
    const at = this.now().toISOString();
    const session: StoredSession = {
      id: newId('session'),
      trackId,
      // The day the session started, in the person's calendar.
      date: localDateOf(new Date(timer.startedAt)),
      minutes,
      domainId: timer.domainId,
      planItemId: timer.planItemId,
      notes: '',
      source: 'timer',
      createdAt: at,
      updatedAt: at,
    };
    this.transaction(() => {
      this.sessions.insert(session);
      this.sessions.deleteTimer(trackId);
      this.preparation.refreshPlan(trackId);
    });
    return this.publicView(track, session);
  }

  discardTimer(trackId: string): { trackId: string } {
    this.tracks.get(trackId);
    if (!this.sessions.timer(trackId)) throw conflict('No timer is running for this track');
    this.sessions.deleteTimer(trackId);
    return { trackId };
  }

  private check(track: Track, s: Partial<Pick<StoredSession, 'date' | 'domainId' | 'planItemId'>>, prefix = ''): void {
    if (s.date !== undefined && s.date > localDateOf(this.now())) throw invalidField(`${prefix}date`, 'Cannot be in the future');
    if (s.domainId !== undefined) assertExamDomain(track, s.domainId, `${prefix}domainId`);
    if (s.planItemId !== undefined) this.assertPlanItem(track, s.planItemId, `${prefix}planItemId`);
  }

  private assertPlanItem(track: Track, planItemId: string | null, path: string): void {
    if (planItemId !== null && !this.plans.hasItem(track.id, planItemId)) {
      throw invalidField(path, 'Not a session of this track’s plan');
    }
  }

  private requireEditable(id: string): StoredSession {
    const session = this.require(id);
    if (session.source === 'review') {
      throw ruleViolation('This session holds the minutes of your flashcard reviews; it follows the review log and cannot be changed by hand');
    }
    return session;
  }

  private require(id: string): StoredSession {
    const session = this.sessions.get(id);
    if (!session) throw notFound('study session', id);
    return session;
  }

  private elapsedMinutes(startedAt: string): number {
    return Math.floor((this.now().getTime() - new Date(startedAt).getTime()) / 60_000);
  }

  private timerView(track: Track, timer: { trackId: string; startedAt: string; domainId: string | null; planItemId: string | null }): RunningTimer {
    return {
      ...timer,
      domainName: domainNameOf(track, timer.domainId),
      elapsedMinutes: Math.max(0, this.elapsedMinutes(timer.startedAt)),
    };
  }

  private publicView(track: Track, s: StoredSession): StudySession {
    return { ...s, domainName: domainNameOf(track, s.domainId) };
  }

  /**
   * One page of `list`: `limit` sessions after the one named by `before` (the previous page's
   * `nextBefore`), with the list's size. A cursor that is not a session of this track is refused
   * by name (it was deleted, or belongs elsewhere): start again from the first page.
   */
  listPage(trackId: string, { limit, before }: PageRequest): SessionList {
    const track = this.tracks.get(trackId);
    const after = before === null ? null : (this.sessions.get(before) ?? null);
    if (before !== null && (!after || after.trackId !== track.id)) {
      throw invalidField('before', 'Not a study session of this track (deleted, or of another track): ask for the first page again, without before');
    }
    const rows = this.sessions.pageForTrack(track.id, after, limit + 1);
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    const timer = this.sessions.timer(track.id);
    return {
      sessions: shown.map((s) => this.publicView(track, s)),
      timer: timer ? this.timerView(track, timer) : null,
      page: { total: this.sessions.countForTrack(track.id), nextBefore: rows.length > limit && last ? last.id : null },
    };
  }
}
