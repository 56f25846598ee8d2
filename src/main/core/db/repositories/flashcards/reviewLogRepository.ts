import type { Db } from '../../connection';

export type ReviewPhase = 'new' | 'learning' | 'review' | 'final-pass' | 'maintenance' | 'history' | 'undo';

/** One row of the append-only review log. States are the card's scheduling state as JSON. */
export interface ReviewLogEntry {
  id: string;
  cardId: string;
  trackId: string;
  kind: 'review' | 'undo';
  origin: 'certplan' | 'anki';
  rating: number | null;
  reviewedAt: string;
  reviewDay: string;
  durationMs: number;
  domainId: string | null;
  phase: ReviewPhase;
  stateBefore: string;
  stateAfter: string;
  scheduler: string;
  paramsId: string | null;
  undoesId: string | null;
  createdAt: string;
}

/** Longest a single review counts as study (a card left on screen is not an hour of study). */
export const COUNTED_MS_PER_REVIEW = 120_000;

const NOT_UNDONE = 'NOT EXISTS (SELECT 1 FROM flashcard_review_log u WHERE u.undoes_id = r.id)';
const LIVE = `r.kind = 'review' AND ${NOT_UNDONE}`;

export interface DayTotals {
  cards: number;
  countedMs: number;
  newCards: number;
  finalPass: number;
}

export class ReviewLogRepository {
  readonly #insert;
  readonly #dayTotals;
  readonly #lastUndoable;
  readonly #minutesByDomain;
  readonly #recentDurations;
  readonly #retention;
  readonly #daysBetween;
  readonly #countForTrack;
  readonly #forDeck;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO flashcard_review_log (id, card_id, track_id, kind, origin, rating, reviewed_at, review_day, duration_ms, domain_id, phase,
                                         state_before, state_after, scheduler, params_id, undoes_id, created_at)
       VALUES (@id, @cardId, @trackId, @kind, @origin, @rating, @reviewedAt, @reviewDay, @durationMs, @domainId, @phase,
               @stateBefore, @stateAfter, @scheduler, @paramsId, @undoesId, @createdAt)`,
    );
    this.#dayTotals = db.prepare<[string, string], { cards: number; counted_ms: number | null; new_cards: number | null; final_pass: number | null }>(
      `SELECT count(*) AS cards, sum(min(r.duration_ms, ${COUNTED_MS_PER_REVIEW})) AS counted_ms,
              sum(r.phase = 'new') AS new_cards, sum(r.phase = 'final-pass') AS final_pass
         FROM flashcard_review_log r
        WHERE r.track_id = ? AND r.review_day = ? AND r.origin = 'certplan' AND ${LIVE}`,
    );
    this.#lastUndoable = db.prepare<[string, string], { id: string; card_id: string; state_before: string; state_after: string; domain_id: string | null }>(
      `SELECT r.id, r.card_id, r.state_before, r.state_after, r.domain_id FROM flashcard_review_log r
        WHERE r.track_id = ? AND r.review_day = ? AND r.origin = 'certplan' AND ${LIVE}
        ORDER BY r.reviewed_at DESC, r.rowid DESC LIMIT 1`,
    );
    this.#minutesByDomain = db.prepare<[string, string], { domain_id: string | null; counted_ms: number }>(
      `SELECT r.domain_id, sum(min(r.duration_ms, ${COUNTED_MS_PER_REVIEW})) AS counted_ms FROM flashcard_review_log r
        WHERE r.track_id = ? AND r.review_day = ? AND r.origin = 'certplan' AND ${LIVE} GROUP BY r.domain_id`,
    );
    this.#recentDurations = db.prepare<[string], { duration_ms: number }>(
      `SELECT r.duration_ms FROM flashcard_review_log r WHERE r.track_id = ? AND r.kind = 'review' AND r.origin = 'certplan'
        ORDER BY r.review_day DESC, r.reviewed_at DESC LIMIT 200`,
    );
    // Recall of cards past their learning steps: the state before the review was Review (2).
    this.#retention = db.prepare<[string, string], { domain_id: string | null; reviews: number; passed: number }>(
      `SELECT r.domain_id, count(*) AS reviews, sum(r.rating >= 2) AS passed FROM flashcard_review_log r
        WHERE r.track_id = ? AND r.review_day >= ? AND ${LIVE} AND json_extract(r.state_before, '$.state') = 2
        GROUP BY r.domain_id`,
    );
    this.#daysBetween = db.prepare<[string, string, string], { review_day: string; reviews: number; counted_ms: number }>(
      `SELECT r.review_day, count(*) AS reviews, sum(min(r.duration_ms, ${COUNTED_MS_PER_REVIEW})) AS counted_ms FROM flashcard_review_log r
        WHERE r.track_id = ? AND r.review_day BETWEEN ? AND ? AND ${LIVE} GROUP BY r.review_day`,
    );
    this.#forDeck = db.prepare<[string], { card_id: string; rating: number; reviewed_at: string; duration_ms: number; state_before: string; state_after: string }>(
      `SELECT r.card_id, r.rating, r.reviewed_at, r.duration_ms, r.state_before, r.state_after FROM flashcard_review_log r
         JOIN flashcard_cards c ON c.id = r.card_id
        WHERE c.deck_id = ? AND c.deleted_at IS NULL AND ${LIVE} ORDER BY r.reviewed_at, r.rowid`,
    );
    this.#countForTrack = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM flashcard_review_log WHERE track_id = ?');
  }

  append(entry: ReviewLogEntry): void {
    this.#insert.run(entry);
  }

  /** Today's live (not undone) Certplan reviews of a track. */
  dayTotals(trackId: string, day: string): DayTotals {
    const row = this.#dayTotals.get(trackId, day);
    return { cards: row?.cards ?? 0, countedMs: row?.counted_ms ?? 0, newCards: row?.new_cards ?? 0, finalPass: row?.final_pass ?? 0 };
  }

  lastUndoable(trackId: string, day: string) {
    return this.#lastUndoable.get(trackId, day);
  }

  countedMsByDomain(trackId: string, day: string): Map<string | null, number> {
    return new Map(this.#minutesByDomain.all(trackId, day).map((r) => [r.domain_id, r.counted_ms]));
  }

  recentDurations(trackId: string): number[] {
    return this.#recentDurations.all(trackId).map((r) => r.duration_ms);
  }

  retentionSince(trackId: string, fromDay: string) {
    return this.#retention.all(trackId, fromDay);
  }

  perDay(trackId: string, from: string, to: string) {
    return this.#daysBetween.all(trackId, from, to);
  }

  /** A deck's live reviews, oldest first, for export. */
  forDeck(deckId: string) {
    return this.#forDeck.all(deckId);
  }

  countForTrack(trackId: string): number {
    return this.#countForTrack.get(trackId)?.n ?? 0;
  }
}
