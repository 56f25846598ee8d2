import type { IsoDate } from '../../../shared/schemas/dates';
import type { BreakInput, MoveItemInput, PrepSetupInput, PreparationView } from '../../../shared/schemas/preparation';
import type { Progress } from '../../../shared/schemas/readiness';
import type { Track } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { PlanInputRepository } from '../db/repositories/planInputRepository';
import type { PracticeRepository } from '../db/repositories/practiceRepository';
import type { PreparationRepository, StoredPreparation } from '../db/repositories/preparationRepository';
import type { StudySessionRepository } from '../db/repositories/studySessionRepository';
import { daysBetween, formatDuration } from '../domain/calendarDays';
import { computeProgress } from '../domain/progress';
import { GENERAL_REASON, planningDomains } from '../domain/studyPlan/domainShares';
import { replan } from '../domain/studyPlan/replan';
import { suggestGoal } from '../domain/studyPlan/suggestedGoal';
import type { DoneSession, PracticeEvidence } from '../domain/studyPlan/types';
import { AppFailure, conflict, invalidField } from '../errors';
import { newId } from '../ids';
import type { ExamScheduleService } from './examScheduleService';
import type { PreparationDays } from './preparationDays';
import { byDateThenKey, type KnownDate, type KnownDateSource } from './knownDates';
import { buildPlanView, planInputFor } from './planView';
import { assertDomainList } from './trackDomains';
import type { TableVersions } from '../db/tableVersions';
import type { TrackService } from './trackService';

const MAX_PAUSE_DAYS = 366;

export interface PreparationDeps {
  preparations: PreparationRepository;
  sessions: StudySessionRepository;
  practice: PracticeRepository;
  schedule: ExamScheduleService;
  tracks: TrackService;
  transaction: <T>(fn: () => T) => T;
  now: () => Date;
  /** Public holidays and moved sessions; without it, plans follow the weekly availability only. */
  days?: PreparationDays;
  /** The connection's write counters: a plan is re-made only when a table it reads changed (issue 10). */
  versions?: TableVersions;
  /** The sessions a plan counts, read with only the columns it needs; else from `sessions`. */
  planInputs?: PlanInputRepository;
}

/**
 * Tables a plan and its progress never read: credentials and continuing education, renewals,
 * records and the reminders the scan writes. Anything else (sessions, practice, settings,
 * holidays, the track, the exam date) re-makes the plan at the next read. Credentials are listed
 * because every write to `tracks` counts for them too (their track link is set null on delete):
 * a track's status move would otherwise re-plan every track.
 */
export const PLAN_IGNORES: ReadonlySet<string> = new Set([
  'credentials', 'ce_activities', 'ce_activity_credentials', 'ce_activity_evidence', 'renewals', 'credential_fair_starts', 'credential_pace_targets',
  'evidence_files', 'experience_entries', 'training_entries', 'training_ce_links', 'applications', 'application_events', 'track_checks',
  'reminders', 'meta', 'profile', 'rules_adoptions',
]);

/**
 * Preparation for an exam: the settings, the plan made from them (generatePlan / replan in
 * domain/studyPlan) and the dates it gives the reminders. The stored plan is the plan as of its
 * `planned_on` day; whenever anything it depends on changes, or a new day starts, it is re-planned
 * from today, and only items from today on are rewritten.
 */
export class PreparationService implements KnownDateSource {
  constructor(private readonly deps: PreparationDeps) {}

  private today(): IsoDate {
    return localDateOf(this.deps.now());
  }

  /** The prepare tab's answer, kept per track like the plan (see PLAN_IGNORES). */
  view(trackId: string): PreparationView {
    this.refreshPlan(trackId);
    const stamp = this.#planStamp(trackId);
    const kept = this.#viewKept.get(trackId);
    if (stamp !== null && kept?.stamp === stamp) return kept.view;
    const view = this.#view(trackId);
    if (stamp !== null) this.#viewKept.set(trackId, { stamp, view });
    return view;
  }

  readonly #viewKept = new Map<string, { stamp: string; view: PreparationView }>();

  #view(trackId: string): PreparationView {
    const track = this.deps.tracks.get(trackId);
    const prep = this.deps.preparations.get(trackId);
    const schedule = this.deps.schedule.get(trackId);
    const today = this.today();
    // The outline in force on the exam (or target) date, else today's: weights, size and time follow it.
    const outline = track.outline.outline;
    const domains = planningDomains({ domains: outline?.domains ?? [], durationMinutes: outline?.durationMinutes ?? null });
    const breaks = prep ? this.deps.preparations.breaks(trackId) : [];
    return {
      trackId,
      today,
      exam: schedule,
      domains,
      generalReason: (outline?.domains.length ?? 0) === 0 ? GENERAL_REASON : null,
      examDurationMinutes: outline?.durationMinutes ?? null,
      suggestedGoal: suggestGoal(track.snapshot.level, { questions: outline?.questions ?? null }),
      outline: track.outline,
      settings: prep
        ? {
            startedOn: prep.startedOn,
            goalMinutes: prep.goalMinutes,
            availability: prep.availability,
            sessionMinutes: prep.sessionMinutes,
            reviewDays: prep.reviewDays,
            selfRatings: prep.selfRatings,
            breaks,
            moves: this.deps.days?.moves(trackId) ?? [],
          }
        : null,
      plan:
        prep && schedule
          ? buildPlanView(
              planInputFor(track, prep, breaks, schedule.examDate, this.doneSessions(trackId), this.evidence(trackId), today, this.dayAdjustments(trackId, prep, schedule.examDate)),
              this.deps.preparations.items(trackId),
              prep,
            )
          : null,
      publicHolidays: this.deps.days?.holidaysView(today, schedule?.examDate ?? null) ?? { country: null, countryName: null, known: true, message: null, days: [] },
    };
  }

  /**
   * Moves one planned session to another day; the plan keeps it there, takes its minutes off the
   * day it left and re-plans the rest around it (the "What changed" list says so).
   */
  moveItem(input: MoveItemInput): PreparationView {
    const track = this.deps.tracks.get(input.trackId);
    const prep = this.requirePreparation(track);
    const schedule = this.deps.schedule.get(track.id);
    const days = this.deps.days;
    if (!schedule || !days) throw conflict(`Set up preparation for ${track.acronym} first (exam date, goal and availability)`);
    this.refreshPlan(track.id);
    const item = this.deps.preparations.items(track.id).find((i) => i.id === input.itemId);
    if (!item) throw new AppFailure('not_found', 'That planned session is no longer in the plan; it may have been re-planned', [{ path: 'itemId', message: 'Not in the plan' }]);
    const today = this.today();
    const settings = planInputFor(track, prep, this.deps.preparations.breaks(track.id), schedule.examDate, [], [], today, this.dayAdjustments(track.id, prep, schedule.examDate)).settings;
    this.deps.transaction(() => {
      days.move(track.id, item, input.toDate, settings, today);
      this.refreshPlan(track.id);
    });
    return this.view(track.id);
  }

  private dayAdjustments(trackId: string, prep: StoredPreparation, examDate: IsoDate) {
    return this.deps.days?.adjustments(trackId, prep.startedOn, examDate) ?? {};
  }

  setup(input: PrepSetupInput): PreparationView {
    const track = this.deps.tracks.get(input.trackId);
    const today = this.today();
    assertDomainList(track, input.selfRatings.map((r) => r.domainId), (i) => `selfRatings.${i}.domainId`);
    if (input.baseline) {
      assertDomainList(track, input.baseline.domainScores.map((s) => s.domainId), (i) => `baseline.domainScores.${i}.domainId`);
      if (input.baseline.date > today) throw invalidField('baseline.date', 'Cannot be in the future');
    }
    this.deps.transaction(() => {
      const existing = this.deps.preparations.get(track.id);
      const previousSchedule = this.deps.schedule.get(track.id);
      this.deps.schedule.set(track, { examDate: input.examDate, booked: input.examBooked, reference: previousSchedule?.reference ?? '' });
      // Preparing for a retake after the last exam date passed starts a new preparation period.
      const continuing = existing && previousSchedule && previousSchedule.examDate >= today;
      this.deps.preparations.upsert(
        {
          trackId: track.id,
          startedOn: continuing ? existing.startedOn : today,
          goalMinutes: input.goalMinutes,
          availability: input.availability,
          sessionMinutes: input.sessionMinutes,
          reviewDays: input.reviewDays,
          selfRatings: input.selfRatings,
        },
        this.deps.now().toISOString(),
      );
      if (input.baseline) {
        this.deps.practice.insertAll([
          { id: newId('practice'), trackId: track.id, ...input.baseline, origin: 'baseline', createdAt: this.deps.now().toISOString() },
        ]);
      }
      this.refreshPlan(track.id);
    });
    return this.view(track.id);
  }

  addBreak(input: BreakInput): PreparationView {
    const track = this.deps.tracks.get(input.trackId);
    this.requirePreparation(track);
    const days = daysBetween(input.startDate, input.endDate) + 1;
    if (input.kind === 'blackout' && days > 1) throw invalidField('endDate', 'A blackout is one day; add a pause for several days');
    if (days > MAX_PAUSE_DAYS) throw invalidField('endDate', `A pause can last at most ${MAX_PAUSE_DAYS} days`);
    this.deps.transaction(() => {
      this.deps.preparations.insertBreak(
        track.id,
        {
          id: newId('break'),
          kind: input.kind,
          startDate: input.startDate,
          endDate: input.endDate,
          label: input.label || (input.kind === 'blackout' ? 'Blackout day' : 'Pause'),
        },
        this.deps.now().toISOString(),
      );
      this.refreshPlan(track.id);
    });
    return this.view(track.id);
  }

  removeBreak(trackId: string, breakId: string): PreparationView {
    const track = this.deps.tracks.get(trackId);
    this.requirePreparation(track);
    this.deps.transaction(() => {
      if (!this.deps.preparations.deleteBreak(track.id, breakId)) {
        throw new AppFailure('not_found', `No break with id "${breakId}" on this track`, [{ path: 'breakId', message: 'Unknown break' }]);
      }
      this.refreshPlan(track.id);
    });
    return this.view(track.id);
  }

  replan(trackId: string): PreparationView {
    const track = this.deps.tracks.get(trackId);
    this.requirePreparation(track);
    this.refreshPlan(trackId);
    return this.view(trackId);
  }

  /**
   * Brings the stored plan up to date with everything it depends on (settings, exam date, sessions,
   * practice results, the rules snapshot, today). Writes only when something differs, so calling
   * it again changes nothing. A track without preparation is left alone.
   */
  refreshPlan(trackId: string): void {
    const kept = this.#plannedAt.get(trackId);
    if (kept !== undefined && kept === this.#planStamp(trackId)) return;
    this.#refreshPlan(trackId);
    // Taken after the refresh: its own write of the plan must not make the next read plan again.
    const stamp = this.#planStamp(trackId);
    if (stamp !== null) this.#plannedAt.set(trackId, stamp);
  }

  /** Per track, the stamp (plan inputs' versions and today) its stored plan was last brought up to date at. */
  readonly #plannedAt = new Map<string, string>();
  readonly #progressKept = new Map<string, { stamp: string; progress: Progress }>();

  /** The track's own rows of track-keyed tables, every other table a plan may read, and today. */
  #planStamp(trackId: string): string | null {
    return this.deps.versions ? `${this.deps.versions.stampFor('track', trackId, PLAN_IGNORES)}|${this.today()}` : null;
  }

  #refreshPlan(trackId: string): void {
    const prep = this.deps.preparations.get(trackId);
    const schedule = this.deps.schedule.get(trackId);
    if (!prep || !schedule) return;
    const track = this.deps.tracks.get(trackId);
    const today = this.today();
    const stored = this.deps.preparations.items(trackId);
    const input = planInputFor(track, prep, this.deps.preparations.breaks(trackId), schedule.examDate, this.doneSessions(trackId), this.evidence(trackId), today, this.dayAdjustments(trackId, prep, schedule.examDate));
    const previous = prep.planBasis && prep.plannedOn ? { basis: prep.planBasis, items: stored, changes: prep.planChanges } : null;
    const result = replan(previous, input);
    const future = result.plan.items.map((item) => ({ ...item, id: `${trackId}:${item.date}:${item.seq}` }));
    const unchanged =
      prep.plannedOn === today &&
      canonical(prep.planBasis) === canonical(result.basis) &&
      canonical(prep.planChanges) === canonical(result.changes) &&
      sameItems(stored.filter((item) => item.date >= today), future);
    if (unchanged) return;
    this.deps.transaction(() =>
      this.deps.preparations.savePlan(trackId, today, future, { plannedOn: today, basis: result.basis, changes: result.changes }),
    );
  }

  progress(trackId: string): Progress {
    this.refreshPlan(trackId);
    const stamp = this.#planStamp(trackId);
    const kept = this.#progressKept.get(trackId);
    if (stamp !== null && kept?.stamp === stamp) return kept.progress;
    const progress = this.#computeProgress(trackId);
    if (stamp !== null) this.#progressKept.set(trackId, { stamp, progress });
    return progress;
  }

  #computeProgress(trackId: string): Progress {
    const track = this.deps.tracks.get(trackId);
    return {
      trackId,
      ...computeProgress({
        domains: planningDomains({ domains: track.outline.outline?.domains ?? [], durationMinutes: null }),
        items: this.deps.preparations.items(trackId),
        sessions: this.doneSessions(trackId),
        practice: this.evidence(trackId),
        today: this.today(),
      }),
    };
  }

  /**
   * The exam date of every active track, and each planned study day, from today on. A past exam
   * day has nothing left to remind of: dropping it retires its reminders.
   */
  knownDates(today: IsoDate): KnownDate[] {
    // Nothing a plan reads changed anywhere, same day: the same dates (the same array, so the
    // reminder scan can tell nothing moved without comparing them).
    const stamp = this.deps.versions ? `${this.deps.versions.stampExcept(PLAN_IGNORES)}|${today}` : null;
    if (stamp !== null && this.#datesKept?.stamp === stamp) return this.#datesKept.dates;
    const dates: KnownDate[] = [];
    for (const { trackId, examDate, booked } of this.deps.schedule.activeSchedules()) {
      if (examDate < today) continue;
      dates.push(this.#examDate(trackId, examDate, booked));
    }
    for (const trackId of this.deps.preparations.activeTrackIds()) {
      this.refreshPlan(trackId);
      // Per track: a session on one track re-lists that track's study days only.
      const trackStamp = this.#planStamp(trackId);
      const kept = this.#studyDatesKept.get(trackId);
      if (trackStamp !== null && kept?.stamp === trackStamp && kept.today === today) {
        dates.push(...kept.dates);
        continue;
      }
      const studyDates = this.#studyDates(trackId, today);
      if (trackStamp !== null) this.#studyDatesKept.set(trackId, { stamp: trackStamp, today, dates: studyDates });
      dates.push(...studyDates);
    }
    dates.sort(byDateThenKey);
    // Taken again after the refreshes: a plan brought up to date here wrote its own items.
    const after = this.deps.versions ? `${this.deps.versions.stampExcept(PLAN_IGNORES)}|${today}` : null;
    if (after !== null) this.#datesKept = { stamp: after, dates };
    return dates;
  }

  #datesKept: { stamp: string; dates: KnownDate[] } | null = null;
  readonly #studyDatesKept = new Map<string, { stamp: string; today: IsoDate; dates: KnownDate[] }>();
  readonly #examDatesKept = new Map<string, { key: string; date: KnownDate }>();

  #examDate(trackId: string, examDate: IsoDate, booked: boolean): KnownDate {
    const stamp = this.#planStamp(trackId);
    const key = `${stamp}|${examDate}|${booked}`;
    const kept = this.#examDatesKept.get(trackId);
    if (stamp !== null && kept?.key === key) return kept.date;
    const track = this.deps.tracks.get(trackId);
    const date: KnownDate = {
      key: `exam:${trackId}:${examDate}`,
      itemId: `exam:${trackId}`,
      kind: 'exam',
      date: examDate,
      title: `${track.acronym} exam`,
      detail: booked ? `Your ${track.acronym} exam is booked for this day.` : `Your target date for the ${track.acronym} exam (not booked yet).`,
      trackId,
      credentialId: null,
    };
    if (stamp !== null) this.#examDatesKept.set(trackId, { key, date });
    return date;
  }

  /** One track's planned study days from today on, one date a day. */
  #studyDates(trackId: string, today: IsoDate): KnownDate[] {
    const dates: KnownDate[] = [];
    const track = this.deps.tracks.get(trackId);
    const outline = track.outline.outline;
    const names = new Map(planningDomains({ domains: outline?.domains ?? [], durationMinutes: outline?.durationMinutes ?? null }).map((d) => [d.id, d.name]));
    const perDay = new Map<IsoDate, { minutes: number; topics: string[] }>();
    for (const item of this.deps.preparations.items(trackId)) {
      if (item.date < today) continue;
      const day = perDay.get(item.date) ?? { minutes: 0, topics: [] };
      day.minutes += item.minutes;
      const topic = item.kind === 'review' ? 'Review' : item.kind === 'mock-exam' ? 'Mock exam' : (names.get(item.domainId ?? '') ?? 'General');
      if (!day.topics.includes(topic)) day.topics.push(topic);
      perDay.set(item.date, day);
    }
    for (const [date, { minutes, topics }] of perDay) {
      dates.push({
        key: `study-session:${trackId}:${date}`,
        kind: 'study-session',
        date,
        title: `Study for ${track.acronym}: ${formatDuration(minutes)}`,
        detail: `${formatDuration(minutes)} of ${track.acronym} study planned for this day.`,
        trackId,
        credentialId: null,
        study: { minutes, topics, acronym: track.acronym },
      });
    }
    return dates;
  }

  private requirePreparation(track: Track): StoredPreparation {
    const prep = this.deps.preparations.get(track.id);
    if (!prep) throw conflict(`Set up preparation for ${track.acronym} first (exam date, goal and availability)`);
    return prep;
  }

  private doneSessions(trackId: string): DoneSession[] {
    if (this.deps.planInputs) return this.deps.planInputs.doneSessions(trackId);
    return this.deps.sessions.list(trackId).map((s) => ({ date: s.date, minutes: s.minutes, domainId: s.domainId, planItemId: s.planItemId }));
  }

  private evidence(trackId: string): PracticeEvidence[] {
    return this.deps.practice.list(trackId);
  }
}

/**
 * Plan items are flat records of strings and numbers: compared field by field, as `canonical`
 * would compare them, without writing hundreds of them out as JSON after every session (issue 10).
 */
function sameItems(stored: readonly object[], fresh: readonly object[]): boolean {
  if (stored.length !== fresh.length) return false;
  for (let i = 0; i < stored.length; i++) {
    const a = stored[i] as Record<string, unknown>;
    const b = fresh[i] as Record<string, unknown>;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      const value = a[key];
      if (value !== null && typeof value === 'object') return canonical(stored) === canonical(fresh);
      if (!(key in b) || value !== b[key]) return false;
    }
  }
  return true;
}

/** JSON with object keys sorted, to compare stored values with freshly computed ones. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
