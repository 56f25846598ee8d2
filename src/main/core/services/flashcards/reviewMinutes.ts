import type { ReviewLogRepository } from '../../db/repositories/flashcards/reviewLogRepository';

/** Where review minutes go: the study-session service's `syncReviewMinutes`. */
export interface ReviewMinutesSink {
  syncReviewMinutes(trackId: string, date: string, minutesByDomain: ReadonlyMap<string | null, number>): boolean;
}

/**
 * Review counts as study: after ratings, each (track, day) touched gets its minutes per domain
 * from the review log and the study sessions follow (one `review` session per domain and day).
 * This runs as follow-up work after the rating has been stored, not inside it, because it
 * re-plans the track; the review log stays the single source of the minutes.
 */
export class ReviewMinutes {
  readonly #pending = new Map<string, { trackId: string; day: string }>();

  constructor(
    private readonly log: ReviewLogRepository,
    private readonly sink: ReviewMinutesSink,
    private readonly announce: (areas: string[]) => void,
  ) {}

  mark(trackId: string, day: string): void {
    this.#pending.set(`${trackId}|${day}`, { trackId, day });
  }

  flush(): void {
    if (this.#pending.size === 0) return;
    const work = [...this.#pending.values()];
    this.#pending.clear();
    let changed = false;
    for (const { trackId, day } of work) {
      const minutes = new Map<string | null, number>();
      for (const [domainId, ms] of this.log.countedMsByDomain(trackId, day)) minutes.set(domainId, Math.round(ms / 60_000));
      if (this.sink.syncReviewMinutes(trackId, day, minutes)) changed = true;
    }
    if (changed) this.announce(['sessions']);
  }
}
