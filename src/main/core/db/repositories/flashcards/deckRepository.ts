import type { Db } from '../../connection';

export type DeckStatus = 'active' | 'archived' | 'importing';
export type DeckSource = 'manual' | 'anki' | 'csv';

export interface StoredDeck {
  id: string;
  trackId: string;
  name: string;
  description: string;
  status: DeckStatus;
  source: DeckSource;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface DeckCounts {
  noteCount: number;
  cardCount: number;
  newCount: number;
  dueCount: number;
  suspendedCount: number;
}

interface DeckRow {
  id: string;
  track_id: string;
  name: string;
  description: string;
  status: DeckStatus;
  source: DeckSource;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const COLUMNS = 'id, track_id, name, description, status, source, created_at, updated_at, deleted_at';

export class DeckRepository {
  readonly #byId;
  readonly #forTrack;
  readonly #insert;
  readonly #update;
  readonly #setDeleted;
  readonly #deleteImporting;
  readonly #cardCounts;
  readonly #noteCounts;
  readonly #staleImports;

  constructor(db: Db) {
    this.#byId = db.prepare<[string], DeckRow>(`SELECT ${COLUMNS} FROM flashcard_decks WHERE id = ?`);
    this.#forTrack = db.prepare<[string], DeckRow>(
      `SELECT ${COLUMNS} FROM flashcard_decks WHERE track_id = ? AND deleted_at IS NULL AND status <> 'importing' ORDER BY name COLLATE NOCASE, created_at`,
    );
    this.#insert = db.prepare(
      `INSERT INTO flashcard_decks (${COLUMNS}) VALUES (@id, @trackId, @name, @description, @status, @source, @createdAt, @updatedAt, @deletedAt)`,
    );
    this.#update = db.prepare('UPDATE flashcard_decks SET name = @name, description = @description, status = @status, updated_at = @updatedAt WHERE id = @id');
    this.#setDeleted = db.prepare<[string | null, string, string]>('UPDATE flashcard_decks SET deleted_at = ?, updated_at = ? WHERE id = ?');
    this.#deleteImporting = db.prepare<[string]>("DELETE FROM flashcard_decks WHERE id = ? AND status = 'importing'");
    this.#cardCounts = db.prepare<[{ trackId: string; today: string }], { deck_id: string; cards: number; new_cards: number; due: number; suspended: number }>(
      `SELECT deck_id, count(*) AS cards,
              sum(state = 0 AND suspended = 0) AS new_cards,
              sum(state <> 0 AND suspended = 0 AND due_day <= @today) AS due,
              sum(suspended) AS suspended
         FROM flashcard_cards c
        WHERE track_id = @trackId AND deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM flashcard_notes n WHERE n.id = c.note_id AND n.deleted_at IS NULL)
        GROUP BY deck_id`,
    );
    this.#noteCounts = db.prepare<[string], { deck_id: string; notes: number }>(
      'SELECT deck_id, count(*) AS notes FROM flashcard_notes WHERE track_id = ? AND deleted_at IS NULL GROUP BY deck_id',
    );
    this.#staleImports = db.prepare<[], { id: string }>("SELECT id FROM flashcard_decks WHERE status = 'importing'");
  }

  get(id: string): StoredDeck | undefined {
    const row = this.#byId.get(id);
    return row ? toDeck(row) : undefined;
  }

  forTrack(trackId: string): StoredDeck[] {
    return this.#forTrack.all(trackId).map(toDeck);
  }

  insert(deck: StoredDeck): void {
    this.#insert.run(deck);
  }

  update(deck: StoredDeck): void {
    this.#update.run(deck);
  }

  setDeleted(id: string, deletedAt: string | null, at: string): void {
    this.#setDeleted.run(deletedAt, at, id);
  }

  /** Only a deck still being imported may be removed outright (the triggers refuse others). */
  deleteImporting(id: string): void {
    this.#deleteImporting.run(id);
  }

  /** Decks an import left behind when the app stopped in the middle of it. */
  staleImports(): string[] {
    return this.#staleImports.all().map((r) => r.id);
  }

  counts(trackId: string, today: string): Map<string, DeckCounts> {
    const counts = new Map<string, DeckCounts>();
    const entry = (deckId: string) => {
      let c = counts.get(deckId);
      if (!c) {
        c = { noteCount: 0, cardCount: 0, newCount: 0, dueCount: 0, suspendedCount: 0 };
        counts.set(deckId, c);
      }
      return c;
    };
    for (const row of this.#cardCounts.all({ trackId, today })) {
      Object.assign(entry(row.deck_id), { cardCount: row.cards, newCount: row.new_cards, dueCount: row.due, suspendedCount: row.suspended });
    }
    for (const row of this.#noteCounts.all(trackId)) entry(row.deck_id).noteCount = row.notes;
    return counts;
  }
}

function toDeck(row: DeckRow): StoredDeck {
  return {
    id: row.id,
    trackId: row.track_id,
    name: row.name,
    description: row.description,
    status: row.status,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
