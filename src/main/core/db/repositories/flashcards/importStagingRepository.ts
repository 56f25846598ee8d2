import type { Db } from '../../connection';

/**
 * The rows of an import while it is written: a hidden deck (status 'importing') holds its notes
 * and cards until the import commits; then they move, a bounded batch at a time, into the deck
 * they were imported into. The hidden deck's description records that commit
 * (`certplan-import-into:<deck id>`), so an import the app stopped in the middle of is finished
 * at the next start when it had committed, and removed when it had not.
 */
const COMMIT_MARK = 'certplan-import-into:';

export class ImportStagingRepository {
  readonly #moveCards;
  readonly #moveNotes;
  readonly #deleteNotes;
  readonly #markCommitted;
  readonly #stagingDecks;
  readonly #deleteDeck;
  readonly #remaining;

  constructor(private readonly db: Db) {
    // The first `limit` notes still in the hidden deck, in insertion order: the same set for the
    // cards and then the notes, inside one transaction.
    const batch = 'SELECT id FROM flashcard_notes WHERE deck_id = @from ORDER BY rowid LIMIT @limit';
    // in_queue as cardRepository computes it, for the deck the cards are moving into (a SET sees
    // the row before the update, so the new deck is named, not read from deck_id).
    this.#moveCards = db.prepare(
      `UPDATE flashcard_cards SET deck_id = @to, updated_at = @at,
              in_queue = (suspended = 0 AND deleted_at IS NULL
                AND EXISTS (SELECT 1 FROM flashcard_notes n WHERE n.id = note_id AND n.deleted_at IS NULL)
                AND EXISTS (SELECT 1 FROM flashcard_decks d WHERE d.id = @to AND d.status = 'active' AND d.deleted_at IS NULL))
        WHERE note_id IN (${batch})`,
    );
    this.#moveNotes = db.prepare(`UPDATE flashcard_notes SET deck_id = @to, updated_at = @at WHERE id IN (${batch})`);
    // Cards (and their review history) go with their notes; only a deck still importing allows it.
    this.#deleteNotes = db.prepare(`DELETE FROM flashcard_notes WHERE id IN (${batch})`);
    this.#markCommitted = db.prepare<[string, string, string]>(
      "UPDATE flashcard_decks SET description = ?, updated_at = ? WHERE id = ? AND status = 'importing'",
    );
    this.#stagingDecks = db.prepare<[], { id: string; description: string }>("SELECT id, description FROM flashcard_decks WHERE status = 'importing'");
    this.#deleteDeck = db.prepare<[string]>("DELETE FROM flashcard_decks WHERE id = ? AND status = 'importing'");
    this.#remaining = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM flashcard_notes WHERE deck_id = ?');
  }

  /** The commit: from now on the import is finished, never removed. */
  markCommitted(stagingId: string, intoDeckId: string, at: string): void {
    const changed = this.#markCommitted.run(`${COMMIT_MARK}${intoDeckId}`, at, stagingId).changes;
    if (changed !== 1) throw new Error('The import’s hidden deck is gone');
  }

  /** Moves up to `limit` notes with their cards; how many moved (0: the hidden deck is empty). */
  moveBatch(stagingId: string, intoDeckId: string, limit: number, at: string): number {
    const params = { from: stagingId, to: intoDeckId, limit, at };
    this.#moveCards.run(params);
    return this.#moveNotes.run(params).changes;
  }

  /** Removes up to `limit` notes (their cards and review history with them); how many went. */
  deleteBatch(stagingId: string, limit: number): number {
    return this.#deleteNotes.run({ from: stagingId, limit }).changes;
  }

  /** The hidden deck itself, once empty (or, at start, with whatever an interrupted import left in it). */
  deleteDeck(stagingId: string): void {
    this.#deleteDeck.run(stagingId);
  }

  remaining(stagingId: string): number {
    return this.#remaining.get(stagingId)?.n ?? 0;
  }

  /** Hidden decks an import left when the app stopped, with the deck each had committed into (or null). */
  leftBehind(): { id: string; committedInto: string | null }[] {
    return this.#stagingDecks.all().map((row) => ({
      id: row.id,
      committedInto: row.description.startsWith(COMMIT_MARK) ? row.description.slice(COMMIT_MARK.length) : null,
    }));
  }

  /** Moves whatever is left of a committed import into its deck and removes the hidden deck (one transaction, unbounded). */
  finish(stagingId: string, intoDeckId: string, at: string): void {
    this.db.transaction(() => {
      while (this.moveBatch(stagingId, intoDeckId, 5000, at) > 0);
      this.deleteDeck(stagingId);
    })();
  }

  /**
   * At start, before anything else reads the flashcards: an import that had committed is
   * finished, one that had not is removed — all or nothing, whenever the app stopped.
   */
  settleLeftBehind(at: string): { finished: number; removed: number } {
    let finished = 0;
    let removed = 0;
    for (const deck of this.leftBehind()) {
      if (deck.committedInto !== null) {
        this.finish(deck.id, deck.committedInto, at);
        finished += 1;
      } else {
        this.deleteDeck(deck.id);
        removed += 1;
      }
    }
    return { finished, removed };
  }
}
