import {
  type Card as FsrsCard,
  FSRSVersion,
  type FSRS,
  type FSRSHistory,
  type Grade,
  type RecordLogItem,
  type StepUnit,
  State,
  createEmptyCard,
  default_w,
  fsrs,
  get_fuzz_range,
} from 'ts-fsrs';

/**
 * The FSRS scheduler (ts-fsrs, pinned) behind one small interface: a card's memory state as
 * Certplan stores it, the parameters a rating uses, and the next state for each rating. Fuzz is
 * off in ts-fsrs because Certplan spreads due dates itself inside the same fuzz range (load
 * balancing, loadBalance.ts), which keeps results reproducible under a pinned clock.
 */

/** Names the scheduler in every review-log row, so history can be replayed after an upgrade. */
export const SCHEDULER_VERSION = `ts-fsrs ${FSRSVersion}`;

export const MAXIMUM_INTERVAL_DAYS = 36_500;
export const LEARNING_STEPS: readonly StepUnit[] = ['1m', '10m'];
export const RELEARNING_STEPS: readonly StepUnit[] = ['10m'];

export interface SchedulerParams {
  requestRetention: number;
  maximumInterval: number;
  w: readonly number[];
  enableShortTerm: boolean;
  learningSteps: readonly StepUnit[];
  relearningSteps: readonly StepUnit[];
}

/** FSRS-6 default weights (no per-person optimisation yet) at the retention asked for. */
export function schedulerParams(requestRetention: number): SchedulerParams {
  return {
    requestRetention,
    maximumInterval: MAXIMUM_INTERVAL_DAYS,
    w: [...default_w],
    enableShortTerm: true,
    learningSteps: [...LEARNING_STEPS],
    relearningSteps: [...RELEARNING_STEPS],
  };
}

/** A card's scheduling state as stored (instants as ISO strings). */
export interface MemoryState {
  state: State;
  dueAt: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReviewAt: string | null;
}

export function newMemoryState(now: Date): MemoryState {
  return fromFsrs(createEmptyCard(now));
}

export function toFsrs(m: MemoryState): FsrsCard {
  return {
    due: new Date(m.dueAt),
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: m.state,
    ...(m.lastReviewAt ? { last_review: new Date(m.lastReviewAt) } : {}),
  };
}

export function fromFsrs(card: FsrsCard): MemoryState {
  return {
    state: card.state,
    dueAt: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReviewAt: card.last_review ? card.last_review.toISOString() : null,
  };
}

export const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

export function stateName(state: State): (typeof STATE_NAMES)[number] {
  return STATE_NAMES[state] ?? 'new';
}

/** One ts-fsrs instance per parameter set (retention changes a little each day of the ramp). */
export class FsrsScheduler {
  readonly #instances = new Map<string, FSRS>();

  private instance(params: SchedulerParams): FSRS {
    const key = `${params.requestRetention}`;
    let instance = this.#instances.get(key);
    if (!instance) {
      instance = fsrs({
        request_retention: params.requestRetention,
        maximum_interval: params.maximumInterval,
        w: params.w,
        enable_fuzz: false,
        enable_short_term: params.enableShortTerm,
        learning_steps: params.learningSteps,
        relearning_steps: params.relearningSteps,
      });
      this.#instances.set(key, instance);
    }
    return instance;
  }

  /** The state after rating `grade` at `now`. */
  rate(memory: MemoryState, grade: Grade, now: Date, params: SchedulerParams): MemoryState {
    return fromFsrs(this.instance(params).next(toFsrs(memory), now, grade).card);
  }

  /** When each rating would bring the card back, for the buttons' labels. */
  preview(memory: MemoryState, now: Date, params: SchedulerParams): Record<Grade, MemoryState> {
    const log = this.instance(params).repeat(toFsrs(memory), now);
    return { 1: fromFsrs(log[1].card), 2: fromFsrs(log[2].card), 3: fromFsrs(log[3].card), 4: fromFsrs(log[4].card) };
  }

  /**
   * Replays a history (e.g. Anki's review log) from a new card and returns the state after each
   * review, so an imported card starts warm.
   */
  replay(history: readonly { grade: Grade; at: Date }[], now: Date, params: SchedulerParams): { before: MemoryState; after: MemoryState }[] {
    const first = history[0];
    if (!first) return [];
    const reviews: FSRSHistory[] = history.map((h) => ({ rating: h.grade, review: h.at }));
    const result = this.instance(params).reschedule(createEmptyCard(first.at), reviews, { skipManual: true, now });
    let before = fromFsrs(createEmptyCard(first.at));
    return result.collections.map((item: RecordLogItem) => {
      const after = fromFsrs(item.card);
      const step = { before, after };
      before = after;
      return step;
    });
  }
}

/** The days a review interval may move to without changing what FSRS meant (its fuzz range). */
export function fuzzRange(intervalDays: number, elapsedDays: number): { min: number; max: number } {
  if (intervalDays < 3) return { min: intervalDays, max: intervalDays };
  const range = get_fuzz_range(intervalDays, elapsedDays, MAXIMUM_INTERVAL_DAYS);
  return { min: range.min_ivl, max: range.max_ivl };
}

/** "1 min", "10 min", "3 days", "2 months": how far away a due instant is. */
export function intervalLabel(from: Date, due: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(minutes / 1440);
  if (days < 45) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30);
  if (months < 18) return `${months} month${months === 1 ? '' : 's'}`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} years`;
}

export { State };
export type { Grade };
