import type { Db } from '../../connection';
import type { DeckSource } from './deckRepository';

export type NoteKind = 'basic' | 'cloze';

export interface StoredNote {
  id: string;
  deckId: string;
  trackId: string;
  kind: NoteKind;
  front: string;
  back: string;
  searchText: string;
  domainId: string | null;
  tags: string[];
  source: DeckSource;
  sourceRef: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A note with what its cards add up to, for lists. */
export interface NoteSummary extends StoredNote {
  deckName: string;
  cards: number;
  suspended: boolean;
  /** 0 new, 1 learning, 2 relearning, 3 review: the least advanced card. */
  stage: number;
  dueOn: string | null;
  reps: number;
  lapses: number;
}

export interface NoteQuery {
  trackId: string;
  deckId: string | null;
  query: string;
  domainId: string | null;
  filter: 'all' | 'active' | 'suspended' | 'new' | 'due';
  today: string;
  offset: number;
  limit: number;
}

interface NoteRow {
  id: string;
  deck_id: string;
  track_id: string;
  kind: NoteKind;
  front: string;
  back: string;
  search_text: string;
  domain_id: string | null;
  tags: string;
  source: DeckSource;
  source_ref: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface SummaryRow extends NoteRow {
  deck_name: string;
  cards: number;
  suspended: number;
  stage: number;
  due_on: string | null;
  reps: number;
  lapses: number;
}

const COLUMNS = 'id, deck_id, track_id, kind, front, back, search_text, domain_id, tags, source, source_ref, created_at, updated_at, deleted_at';

const SUMMARY = `
  SELECT n.id, n.deck_id, n.track_id, n.kind, n.front, n.back, n.search_text, n.domain_id, n.tags, n.source, n.source_ref,
         n.created_at, n.updated_at, n.deleted_at, d.name AS deck_name,
         count(c.id) AS cards, min(c.suspended) AS suspended,
         min(CASE c.state WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 3 THEN 2 ELSE 3 END) AS stage,
         min(CASE WHEN c.state <> 0 THEN c.due_day END) AS due_on,
         coalesce(sum(c.reps), 0) AS reps, coalesce(sum(c.lapses), 0) AS lapses
    FROM flashcard_notes n
    JOIN flashcard_decks d ON d.id = n.deck_id
    LEFT JOIN flashcard_cards c ON c.note_id = n.id AND c.deleted_at IS NULL`;

const FILTERS: Record<NoteQuery['filter'], string> = {
  all: '1',
  active: 'min(c.suspended) = 0',
  suspended: 'min(c.suspended) = 1',
  new: 'min(c.suspended) = 0 AND min(c.state) = 0',
  due: "min(c.suspended) = 0 AND min(CASE WHEN c.state <> 0 AND c.due_day <= @today THEN 0 ELSE 1 END) = 0",
};

export class NoteRepository {
  readonly #db: Db;
  readonly #byId;
  readonly #summary;
  readonly #insert;
  readonly #update;
  readonly #setDeleted;
  readonly #forDeck;
  readonly #moveDeck;
  readonly #lists = new Map<string, { page: ReturnType<Db['prepare']>; count: ReturnType<Db['prepare']> }>();

  constructor(db: Db) {
    this.#db = db;
    this.#byId = db.prepare<[string], NoteRow>(`SELECT ${COLUMNS} FROM flashcard_notes WHERE id = ?`);
    this.#summary = db.prepare<[string], SummaryRow>(`${SUMMARY} WHERE n.id = ? GROUP BY n.id`);
    this.#insert = db.prepare(
      `INSERT INTO flashcard_notes (${COLUMNS})
       VALUES (@id, @deckId, @trackId, @kind, @front, @back, @searchText, @domainId, @tags, @source, @sourceRef, @createdAt, @updatedAt, @deletedAt)`,
    );
    this.#update = db.prepare(
      `UPDATE flashcard_notes SET deck_id = @deckId, kind = @kind, front = @front, back = @back, search_text = @searchText,
              domain_id = @domainId, tags = @tags, updated_at = @updatedAt WHERE id = @id`,
    );
    this.#setDeleted = db.prepare<[string | null, string, string]>('UPDATE flashcard_notes SET deleted_at = ?, updated_at = ? WHERE id = ?');
    this.#moveDeck = db.prepare<[string, string, string]>('UPDATE flashcard_notes SET deck_id = ?, updated_at = ? WHERE deck_id = ?');
    this.#forDeck = db.prepare<[string], NoteRow>(`SELECT ${COLUMNS} FROM flashcard_notes WHERE deck_id = ? AND deleted_at IS NULL ORDER BY created_at, id`);
  }

  get(id: string): StoredNote | undefined {
    const row = this.#byId.get(id);
    return row ? toNote(row) : undefined;
  }

  summary(id: string): NoteSummary | undefined {
    const row = this.#summary.get(id);
    return row ? toSummary(row) : undefined;
  }

  forDeck(deckId: string): StoredNote[] {
    return this.#forDeck.all(deckId).map(toNote);
  }

  /** One page of a track's notes, newest first, with the number matching in all. */
  list(q: NoteQuery): { notes: NoteSummary[]; total: number } {
    const where = [
      'n.track_id = @trackId',
      'n.deleted_at IS NULL',
      'd.deleted_at IS NULL',
      "d.status <> 'importing'",
      ...(q.deckId ? ['n.deck_id = @deckId'] : []),
      ...(q.domainId ? ['n.domain_id = @domainId'] : []),
      ...(q.query ? ["n.search_text LIKE @pattern ESCAPE '\\'"] : []),
    ].join(' AND ');
    // The statement depends only on which filters are set, so each shape is prepared once.
    const key = `${where}|${q.filter}`;
    let statements = this.#lists.get(key);
    if (!statements) {
      const grouped = `${SUMMARY} WHERE ${where} GROUP BY n.id HAVING ${FILTERS[q.filter]}`;
      statements = {
        page: this.#db.prepare(`${grouped} ORDER BY n.created_at DESC, n.id LIMIT @limit OFFSET @offset`),
        count: this.#db.prepare(`SELECT count(*) AS n FROM (${grouped})`),
      };
      this.#lists.set(key, statements);
    }
    const params = {
      trackId: q.trackId,
      today: q.today,
      limit: q.limit,
      offset: q.offset,
      ...(q.deckId ? { deckId: q.deckId } : {}),
      ...(q.domainId ? { domainId: q.domainId } : {}),
      ...(q.query ? { pattern: `%${q.query.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` } : {}),
    };
    // better-sqlite3 ignores named values a statement does not use, so both take the same object.
    const rows = statements.page.all(params) as SummaryRow[];
    const total = (statements.count.get(params) as { n: number }).n;
    return { notes: rows.map(toSummary), total };
  }

  insert(note: StoredNote): void {
    this.#insert.run({ ...note, tags: JSON.stringify(note.tags) });
  }

  update(note: StoredNote): void {
    this.#update.run({ ...note, tags: JSON.stringify(note.tags) });
  }

  /** Every note of one deck into another (an import committing into a chosen deck). */
  moveDeck(fromDeckId: string, toDeckId: string, at: string): void {
    this.#moveDeck.run(toDeckId, at, fromDeckId);
  }

  setDeleted(id: string, deletedAt: string | null, at: string): void {
    this.#setDeleted.run(deletedAt, at, id);
  }
}

function toNote(row: NoteRow): StoredNote {
  return {
    id: row.id,
    deckId: row.deck_id,
    trackId: row.track_id,
    kind: row.kind,
    front: row.front,
    back: row.back,
    searchText: row.search_text,
    domainId: row.domain_id,
    tags: JSON.parse(row.tags) as string[],
    source: row.source,
    sourceRef: row.source_ref,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toSummary(row: SummaryRow): NoteSummary {
  return {
    ...toNote(row),
    deckName: row.deck_name,
    cards: row.cards,
    suspended: row.suspended === 1,
    stage: row.stage ?? 0,
    dueOn: row.due_on,
    reps: row.reps,
    lapses: row.lapses,
  };
}
