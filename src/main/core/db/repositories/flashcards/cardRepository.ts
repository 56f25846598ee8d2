import type { Db } from '../../connection';
import type { MemoryState, State } from '../../../domain/flashcards/scheduler';

/** A reviewable card: its place (note, deck, gap) and its FSRS state. */
export interface StoredCard extends MemoryState {
  id: string;
  noteId: string;
  deckId: string;
  trackId: string;
  ord: number;
  position: number;
  suspended: boolean;
  inQueue: boolean;
  dueDay: string;
  lastReviewDay: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

interface CardRow {
  id: string;
  note_id: string;
  deck_id: string;
  track_id: string;
  ord: number;
  position: number;
  suspended: number;
  in_queue: number;
  state: number;
  due_at: string;
  due_day: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review_at: string | null;
  last_review_day: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const COLUMNS =
  'id, note_id, deck_id, track_id, ord, position, suspended, in_queue, state, due_at, due_day, stability, difficulty, elapsed_days, ' +
  'scheduled_days, learning_steps, reps, lapses, last_review_at, last_review_day, created_at, updated_at, deleted_at';

/** in_queue follows the card, its note and its deck; recomputed after any of them changes. */
const IN_QUEUE = `(suspended = 0 AND deleted_at IS NULL
  AND EXISTS (SELECT 1 FROM flashcard_notes n WHERE n.id = note_id AND n.deleted_at IS NULL)
  AND EXISTS (SELECT 1 FROM flashcard_decks d WHERE d.id = deck_id AND d.status = 'active' AND d.deleted_at IS NULL))`;

/** The review queue's questions, each with and without a deck filter. */
const NEXT = {
  learning: "state IN (1, 3) AND due_at <= @now ORDER BY due_at, id",
  // due_day <= today is due_at before the next local midnight, which the index can range over.
  due: 'state = 2 AND due_at < @dayEnd ORDER BY due_at, id',
  finalPassReviewed: 'last_review_day < @finalPassStart ORDER BY last_review_day, id',
  fresh: 'state = 0 ORDER BY position, id',
} as const;
export type NextKind = keyof typeof NEXT;

export interface PlanCardRow {
  state: number;
  due_day: string;
  scheduled_days: number;
  last_review_day: string | null;
}

export class CardRepository {
  readonly #byId;
  readonly #forNote;
  readonly #insert;
  readonly #schedule;
  readonly #setSuspended;
  readonly #setDeleted;
  readonly #moveDeck;
  readonly #moveAll;
  readonly #queueForNote;
  readonly #queueForDeck;
  readonly #next = new Map<string, ReturnType<Db['prepare']>>();
  readonly #nextPosition;
  readonly #loadByDay;
  readonly #planCards;
  readonly #learningDueCount;
  readonly #dueReviewCount;
  readonly #totals;
  readonly #forDeck;

  constructor(private readonly db: Db) {
    this.#byId = db.prepare<[string], CardRow>(`SELECT ${COLUMNS} FROM flashcard_cards WHERE id = ?`);
    this.#forNote = db.prepare<[string], CardRow>(`SELECT ${COLUMNS} FROM flashcard_cards WHERE note_id = ? ORDER BY ord`);
    this.#forDeck = db.prepare<[string], CardRow>(`SELECT ${COLUMNS} FROM flashcard_cards WHERE deck_id = ? AND deleted_at IS NULL ORDER BY note_id, ord`);
    this.#insert = db.prepare(
      `INSERT INTO flashcard_cards (${COLUMNS}) VALUES (@id, @noteId, @deckId, @trackId, @ord, @position, @suspended, @inQueue, @state, @dueAt,
       @dueDay, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @lastReviewAt, @lastReviewDay,
       @createdAt, @updatedAt, @deletedAt)`,
    );
    this.#schedule = db.prepare(
      `UPDATE flashcard_cards SET state = @state, due_at = @dueAt, due_day = @dueDay, stability = @stability, difficulty = @difficulty,
              elapsed_days = @elapsedDays, scheduled_days = @scheduledDays, learning_steps = @learningSteps, reps = @reps, lapses = @lapses,
              last_review_at = @lastReviewAt, last_review_day = @lastReviewDay, updated_at = @updatedAt WHERE id = @id`,
    );
    this.#setSuspended = db.prepare<[number, string, string]>('UPDATE flashcard_cards SET suspended = ?, updated_at = ? WHERE note_id = ?');
    this.#setDeleted = db.prepare<[string | null, string, string]>('UPDATE flashcard_cards SET deleted_at = ?, updated_at = ? WHERE id = ?');
    this.#moveDeck = db.prepare<[string, string, string]>('UPDATE flashcard_cards SET deck_id = ?, updated_at = ? WHERE note_id = ?');
    this.#moveAll = db.prepare<[string, string, string]>('UPDATE flashcard_cards SET deck_id = ?, updated_at = ? WHERE deck_id = ?');
    this.#queueForNote = db.prepare<[string]>(`UPDATE flashcard_cards SET in_queue = ${IN_QUEUE} WHERE note_id = ?`);
    this.#queueForDeck = db.prepare<[string]>(`UPDATE flashcard_cards SET in_queue = ${IN_QUEUE} WHERE deck_id = ?`);
    this.#nextPosition = db.prepare<[string], { p: number }>(
      'SELECT coalesce(max(position), 0) + 1 AS p FROM flashcard_cards WHERE track_id = ? AND in_queue = 1 AND state = 0',
    );
    this.#loadByDay = db.prepare<[string, string, string], { due_day: string; n: number }>(
      'SELECT due_day, count(*) AS n FROM flashcard_cards WHERE track_id = ? AND in_queue = 1 AND due_day BETWEEN ? AND ? AND state <> 0 GROUP BY due_day',
    );
    // Rows as arrays: the plan reads 20,000 of them in one go.
    this.#planCards = db
      .prepare<[string], [number, string, number, string | null]>(
        'SELECT state, due_day, scheduled_days, last_review_day FROM flashcard_cards INDEXED BY flashcard_cards_due_day WHERE track_id = ? AND in_queue = 1',
      )
      .raw(true);
    this.#learningDueCount = db.prepare<[string, string], { n: number }>(
      'SELECT count(*) AS n FROM flashcard_cards WHERE track_id = ? AND in_queue = 1 AND state IN (1, 3) AND due_at <= ?',
    );
    this.#dueReviewCount = db.prepare<[string, string], { n: number }>(
      'SELECT count(*) AS n FROM flashcard_cards WHERE track_id = ? AND in_queue = 1 AND state = 2 AND due_at < ?',
    );
    this.#totals = db.prepare<[string], { cards: number | null; new_cards: number | null; suspended: number | null }>(
      `SELECT sum(in_queue) AS cards, sum(in_queue = 1 AND state = 0) AS new_cards, sum(suspended = 1 AND deleted_at IS NULL) AS suspended
         FROM flashcard_cards WHERE track_id = ?`,
    );
  }

  get(id: string): StoredCard | undefined {
    const row = this.#byId.get(id);
    return row ? toCard(row) : undefined;
  }

  forNote(noteId: string): StoredCard[] {
    return this.#forNote.all(noteId).map(toCard);
  }

  forDeck(deckId: string): StoredCard[] {
    return this.#forDeck.all(deckId).map(toCard);
  }

  insert(card: StoredCard): void {
    this.#insert.run(toRow(card));
  }

  saveSchedule(card: StoredCard): void {
    this.#schedule.run(toRow(card));
  }

  setSuspended(noteId: string, suspended: boolean, at: string): void {
    this.#setSuspended.run(suspended ? 1 : 0, at, noteId);
  }

  setDeleted(cardId: string, deletedAt: string | null, at: string): void {
    this.#setDeleted.run(deletedAt, at, cardId);
  }

  moveToDeck(noteId: string, deckId: string, at: string): void {
    this.#moveDeck.run(deckId, at, noteId);
  }

  moveDeck(fromDeckId: string, toDeckId: string, at: string): void {
    this.#moveAll.run(toDeckId, at, fromDeckId);
  }

  refreshQueueForNote(noteId: string): void {
    this.#queueForNote.run(noteId);
  }

  refreshQueueForDeck(deckId: string): void {
    this.#queueForDeck.run(deckId);
  }

  nextPosition(trackId: string): number {
    return this.#nextPosition.get(trackId)?.p ?? 1;
  }

  /** The first card of one kind of the queue, optionally in one deck only. */
  next(kind: NextKind, trackId: string, deckId: string | null, params: { now?: string; dayEnd?: string; finalPassStart?: string }): StoredCard | undefined {
    const key = `${kind}:${deckId ? 'deck' : 'all'}`;
    let statement = this.#next.get(key);
    if (!statement) {
      const clause = NEXT[kind];
      const [condition, order] = clause.split(' ORDER BY ') as [string, string];
      statement = this.db.prepare(
        `SELECT ${COLUMNS} FROM flashcard_cards WHERE track_id = @trackId AND in_queue = 1${deckId ? ' AND deck_id = @deckId' : ''} AND ${condition} ORDER BY ${order} LIMIT 1`,
      );
      this.#next.set(key, statement);
    }
    const row = statement.get({ trackId, ...(deckId ? { deckId } : {}), ...params }) as CardRow | undefined;
    return row ? toCard(row) : undefined;
  }

  learningDueCount(trackId: string, now: string): number {
    return this.#learningDueCount.get(trackId, now)?.n ?? 0;
  }

  dueReviewCount(trackId: string, dayEnd: string): number {
    return this.#dueReviewCount.get(trackId, dayEnd)?.n ?? 0;
  }

  /** Reviews already due on each day of a range (the load balancer spreads new ones around them). */
  loadByDay(trackId: string, from: string, to: string): Map<string, number> {
    return new Map(this.#loadByDay.all(trackId, from, to).map((r) => [r.due_day, r.n]));
  }

  /** Every card in the queue, as the review plan needs it. */
  planCards(trackId: string): PlanCardRow[] {
    return this.#planCards.all(trackId).map(([state, due_day, scheduled_days, last_review_day]) => ({ state, due_day, scheduled_days, last_review_day }));
  }

  totals(trackId: string): { cards: number; newCards: number; suspended: number } {
    const row = this.#totals.get(trackId);
    return { cards: row?.cards ?? 0, newCards: row?.new_cards ?? 0, suspended: row?.suspended ?? 0 };
  }
}

function toRow(card: StoredCard) {
  return { ...card, suspended: card.suspended ? 1 : 0, inQueue: card.inQueue ? 1 : 0 };
}

function toCard(row: CardRow): StoredCard {
  return {
    id: row.id,
    noteId: row.note_id,
    deckId: row.deck_id,
    trackId: row.track_id,
    ord: row.ord,
    position: row.position,
    suspended: row.suspended === 1,
    inQueue: row.in_queue === 1,
    state: row.state as State,
    dueAt: row.due_at,
    dueDay: row.due_day,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    lastReviewAt: row.last_review_at,
    lastReviewDay: row.last_review_day,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
