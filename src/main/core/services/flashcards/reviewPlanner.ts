import type { IsoDate } from '../../../../shared/schemas/dates';
import type { ExamSchedule } from '../../../../shared/schemas/preparation';
import type { ReviewMode } from '../../../../shared/schemas/flashcards/review';
import type { FlashcardSettings } from '../../../../shared/schemas/flashcards/settings';
import type { Track } from '../../../../shared/schemas/track';
import { localDateOf } from '../../clock';
import type { CardRepository } from '../../db/repositories/flashcards/cardRepository';
import type { DayPlanRepository } from '../../db/repositories/flashcards/dayRepository';
import { COUNTED_MS_PER_REVIEW, type DayTotals, type ReviewLogRepository } from '../../db/repositories/flashcards/reviewLogRepository';
import { formatDayForPeople, plusDays } from '../../domain/calendarDays';
import { desiredRetention, rampStartsOn } from '../../domain/flashcards/retentionRamp';
import { type ReviewPlanInput, type ReviewPlanResult, planReviews } from '../../domain/flashcards/reviewPlan';
import type { TrackService } from '../trackService';
import type { FlashcardSettingsService } from './flashcardSettingsService';

/** Until the person has reviewed enough cards to measure, a card is assumed to take this long. */
export const DEFAULT_SECONDS_PER_CARD = 12;
const MEASURED_AFTER_REVIEWS = 20;
const STEADY_HORIZON_DAYS = 30;
const EXAM_OVER_STATUSES = new Set(['passed', 'active', 'renewal-due', 'suspended', 'expired']);

/** Everything review needs to know about a track's day, computed once and kept until its inputs change. */
export interface DayContext {
  trackId: string;
  today: IsoDate;
  mode: ReviewMode;
  modeReason: string;
  examDate: IsoDate | null;
  retention: number;
  rampStartsOn: IsoDate | null;
  finalPassStart: IsoDate | null;
  budgetMinutes: number;
  /** Cards a day holds in the plan's horizon; null after it (the load balancer then only counts load). */
  capacityFor: (day: IsoDate) => number | null;
  secondsPerCard: number;
  secondsSource: 'default' | 'history';
  newQuota: number;
  finalPassQuota: number;
  plannedCards: number;
  reviewSharePercent: number | null;
  input: ReviewPlanInput;
  result: ReviewPlanResult;
  settings: FlashcardSettings;
}

export interface PlannerDeps {
  tracks: TrackService;
  settings: FlashcardSettingsService;
  cards: CardRepository;
  log: ReviewLogRepository;
  days: DayPlanRepository;
  schedule: { get(trackId: string): ExamSchedule | null };
  planItems: (trackId: string) => readonly { date: string; minutes: number }[];
  refreshPlan: (trackId: string) => void;
  now: () => Date;
}

/**
 * Works out a track's review day: the mode (exam-date, steady, maintenance after the exam), the
 * budget from the plan's minutes, today's desired retention, the final pass and the quotas, and
 * stores the day's plan for the streak. The answer is kept per track until something it reads
 * changes (`invalidate`), so the review screen asks for the next card in a few milliseconds.
 */
export class ReviewPlanner {
  readonly #cache = new Map<string, DayContext>();
  /** The day each track's study plan was last brought up to date here. */
  readonly #planFreshOn = new Map<string, string>();

  constructor(private readonly deps: PlannerDeps) {}

  /**
   * Drops the cached day. `planInputs`: something the study plan reads changed too (preparation,
   * sessions, the exam date), so the plan is re-checked before its minutes are read again.
   */
  invalidate(options: { planInputs?: boolean } = {}): void {
    this.#cache.clear();
    if (options.planInputs) this.#planFreshOn.clear();
  }

  context(trackId: string): DayContext {
    const today = localDateOf(this.deps.now());
    const cached = this.#cache.get(trackId);
    if (cached && cached.today === today) return cached;
    const context = this.compute(this.deps.tracks.get(trackId), today);
    this.#cache.set(trackId, context);
    return context;
  }

  /**
   * Whether the track's exam is over (the day's mode would be maintenance), without computing the
   * day — which re-plans and stores the day's plan — so a call refused for it changes nothing.
   */
  examOver(trackId: string): { examDate: IsoDate } | null {
    const track = this.deps.tracks.get(trackId);
    const examDate = this.deps.schedule.get(track.id)?.examDate ?? null;
    const today = localDateOf(this.deps.now());
    return examDate !== null && (examDate <= today || EXAM_OVER_STATUSES.has(track.status)) ? { examDate } : null;
  }

  private compute(track: Track, today: IsoDate): DayContext {
    const settings = this.deps.settings.read(track.id);
    const examDate = this.deps.schedule.get(track.id)?.examDate ?? null;
    // Re-planning costs a few milliseconds; once a day, and after the plan's own inputs change, is enough.
    if (this.#planFreshOn.get(track.id) !== today) {
      this.deps.refreshPlan(track.id);
      this.#planFreshOn.set(track.id, today);
    }
    const planMinutes = new Map<string, number>();
    for (const item of this.deps.planItems(track.id)) {
      if (item.date >= today) planMinutes.set(item.date, (planMinutes.get(item.date) ?? 0) + item.minutes);
    }
    const hasPlan = planMinutes.size > 0;
    const examOver = examDate !== null && (examDate <= today || EXAM_OVER_STATUSES.has(track.status));
    const mode: ReviewMode = examOver ? 'maintenance' : settings.examMode && examDate !== null ? 'exam' : 'steady';
    const share = settings.reviewSharePercent;
    const fromPlan = (day: IsoDate) => Math.floor(((planMinutes.get(day) ?? 0) * share) / 100);
    const budgetMinutes =
      mode === 'maintenance' ? () => settings.maintenanceMinutes : hasPlan ? fromPlan : () => settings.minutesWithoutPlan;
    const lastDay = mode === 'exam' && examDate ? plusDays(examDate, -1) : plusDays(today, STEADY_HORIZON_DAYS - 1);
    const previous = this.deps.days.latestBefore(track.id, today);
    const startedOn =
      mode === 'exam' && previous && previous.examDate === examDate && previous.finalPassStart !== null && previous.finalPassStart <= previous.day
        ? previous.finalPassStart
        : null;
    const done = this.deps.log.dayTotals(track.id, today);
    const { seconds: secondsPerCard, source: secondsSource } = this.secondsPerCard(track.id);
    const input: ReviewPlanInput = {
      today,
      lastDay,
      finalPass: mode === 'exam' ? { minDays: settings.finalPassDays, startedOn } : null,
      budgetMinutes,
      secondsPerCard,
      newCardsPerDay: settings.newCardsPerDay,
      cards: this.deps.cards.planCards(track.id).map((c) => ({ isNew: c.state === 0, dueDay: c.due_day, intervalDays: c.scheduled_days, lastReviewDay: c.last_review_day })),
      doneToday: { seconds: done.countedMs / 1000, newCards: done.newCards },
    };
    const result = planReviews(input);
    const day0 = result.days[0];
    const capacities = new Map(result.days.map((d) => [d.date, d.capacity]));
    const context: DayContext = {
      trackId: track.id,
      today,
      mode,
      modeReason: this.reason(track, mode, settings, examDate, hasPlan),
      examDate,
      retention:
        mode === 'exam'
          ? desiredRetention({ day: today, examDate, base: settings.baseRetention, target: settings.targetRetention, rampWeeks: settings.rampWeeks })
          : settings.baseRetention,
      rampStartsOn: mode === 'exam' && examDate && settings.rampWeeks > 0 ? rampStartsOn(examDate, settings.rampWeeks) : null,
      finalPassStart: result.finalPassStart,
      budgetMinutes: budgetMinutes(today),
      capacityFor: (day) => capacities.get(day) ?? null,
      secondsPerCard,
      secondsSource,
      newQuota: done.newCards + (day0?.newCards ?? 0),
      finalPassQuota: done.finalPass + (day0?.finalPass ?? 0),
      plannedCards: done.cards + (day0 ? day0.reviews + day0.newCards + day0.finalPass : 0),
      reviewSharePercent: mode !== 'maintenance' && hasPlan ? share : null,
      input,
      result,
      settings,
    };
    this.deps.days.save({
      trackId: track.id,
      day: today,
      mode,
      budgetMinutes: context.budgetMinutes,
      plannedCards: context.plannedCards,
      newQuota: context.newQuota,
      finalPassQuota: context.finalPassQuota,
      examDate: mode === 'exam' ? examDate : null,
      finalPassStart: result.finalPassStart,
      computedAt: this.deps.now().toISOString(),
    });
    return context;
  }

  /** Today's reviews so far (they change with every rating, so they are never cached). */
  doneToday(trackId: string, today: IsoDate): DayTotals {
    return this.deps.log.dayTotals(trackId, today);
  }

  private secondsPerCard(trackId: string): { seconds: number; source: 'default' | 'history' } {
    const durations = this.deps.log.recentDurations(trackId);
    if (durations.length < MEASURED_AFTER_REVIEWS) return { seconds: DEFAULT_SECONDS_PER_CARD, source: 'default' };
    const mean = durations.reduce((s, d) => s + Math.min(d, COUNTED_MS_PER_REVIEW), 0) / durations.length / 1000;
    return { seconds: Math.round(Math.min(60, Math.max(4, mean)) * 2) / 2, source: 'history' };
  }

  private reason(track: Track, mode: ReviewMode, s: FlashcardSettings, examDate: IsoDate | null, hasPlan: boolean): string {
    const budget = hasPlan ? `${s.reviewSharePercent}% of the study time your plan gives each day` : `${s.minutesWithoutPlan} minutes a day (set up a study plan to take it from your plan)`;
    if (mode === 'maintenance' && examDate) {
      return `Your ${track.acronym} exam was on ${formatDayForPeople(examDate)}: the decks are in maintenance, ${s.maintenanceMinutes} minutes a day at ${Math.round(s.baseRetention * 100)}% retention.`;
    }
    if (mode === 'exam' && examDate) {
      return `Exam-date mode: scheduling bends toward your exam on ${formatDayForPeople(examDate)}; the daily budget is ${budget}.`;
    }
    if (examDate && !s.examMode) return `Exam-date mode is off: cards are scheduled for the long term at ${Math.round(s.baseRetention * 100)}% retention; the daily budget is ${budget}.`;
    return `No exam date yet: cards are scheduled for the long term at ${Math.round(s.baseRetention * 100)}% retention; the daily budget is ${budget}.`;
  }
}
