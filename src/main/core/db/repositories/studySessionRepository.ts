import type { Db } from '../connection';

export interface StoredSession {
  id: string;
  trackId: string;
  date: string;
  minutes: number;
  domainId: string | null;
  planItemId: string | null;
  notes: string;
  source: 'manual' | 'timer' | 'review';
  createdAt: string;
  updatedAt: string;
}

export interface StoredTimer {
  trackId: string;
  startedAt: string;
  domainId: string | null;
  planItemId: string | null;
}

interface SessionRow {
  id: string;
  track_id: string;
  studied_on: string;
  minutes: number;
  domain_id: string | null;
  plan_item_id: string | null;
  notes: string;
  source: 'manual' | 'timer' | 'review';
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, track_id, studied_on, minutes, domain_id, plan_item_id, notes, source, created_at, updated_at';

export class StudySessionRepository {
  readonly #list;
  readonly #byId;
  readonly #insert;
  readonly #update;
  readonly #delete;
  readonly #timer;
  readonly #startTimer;
  readonly #deleteTimer;
  readonly #reviewSessionsOn;

  constructor(db: Db) {
    this.#pages = preparePages(db);
    this.#list = db.prepare<[string], SessionRow>(
      `SELECT ${COLUMNS} FROM study_sessions WHERE track_id = ? ORDER BY studied_on DESC, created_at DESC, id`,
    );
    this.#byId = db.prepare<[string], SessionRow>(`SELECT ${COLUMNS} FROM study_sessions WHERE id = ?`);
    this.#insert = db.prepare(
      `INSERT INTO study_sessions (${COLUMNS})
       VALUES (@id, @trackId, @date, @minutes, @domainId, @planItemId, @notes, @source, @createdAt, @updatedAt)`,
    );
    this.#update = db.prepare(
      `UPDATE study_sessions SET studied_on = @date, minutes = @minutes, domain_id = @domainId, plan_item_id = @planItemId,
              notes = @notes, updated_at = @updatedAt WHERE id = @id`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM study_sessions WHERE id = ?');
    this.#timer = db.prepare<[string], { track_id: string; started_at: string; domain_id: string | null; plan_item_id: string | null }>(
      'SELECT track_id, started_at, domain_id, plan_item_id FROM study_timers WHERE track_id = ?',
    );
    this.#startTimer = db.prepare(
      'INSERT INTO study_timers (track_id, started_at, domain_id, plan_item_id) VALUES (@trackId, @startedAt, @domainId, @planItemId)',
    );
    this.#deleteTimer = db.prepare<[string]>('DELETE FROM study_timers WHERE track_id = ?');
    this.#reviewSessionsOn = db.prepare<[string, string], SessionRow>(
      `SELECT ${COLUMNS} FROM study_sessions WHERE track_id = ? AND studied_on = ? AND source = 'review'`,
    );
  }

  list(trackId: string): StoredSession[] {
    return this.#list.all(trackId).map(toSession);
  }

  get(id: string): StoredSession | undefined {
    const row = this.#byId.get(id);
    return row ? toSession(row) : undefined;
  }

  insert(session: StoredSession): void {
    this.#insert.run(session);
  }

  update(session: StoredSession): void {
    this.#update.run(session);
  }

  delete(id: string): void {
    this.#delete.run(id);
  }

  /** The sessions flashcard review wrote for a day (one per domain). */
  reviewSessionsOn(trackId: string, date: string): StoredSession[] {
    return this.#reviewSessionsOn.all(trackId, date).map(toSession);
  }

  timer(trackId: string): StoredTimer | undefined {
    const row = this.#timer.get(trackId);
    return row ? { trackId: row.track_id, startedAt: row.started_at, domainId: row.domain_id, planItemId: row.plan_item_id } : undefined;
  }

  startTimer(timer: StoredTimer): void {
    this.#startTimer.run(timer);
  }

  deleteTimer(trackId: string): void {
    this.#deleteTimer.run(trackId);
  }

  /** How many sessions a track has (the whole list a page belongs to). */
  countForTrack(trackId: string): number {
    return this.#pageStatements().count.get(trackId)?.n ?? 0;
  }

  /**
   * Up to `limit` sessions of a track in the list's order (newest first), starting after
   * `after` (a session of the same track) or at the top: one index range, not the whole list.
   */
  pageForTrack(trackId: string, after: StoredSession | null, limit: number): StoredSession[] {
    const statements = this.#pageStatements();
    const rows = after
      ? statements.after.all({ trackId, date: after.date, createdAt: after.createdAt, id: after.id, limit })
      : statements.first.all({ trackId, limit });
    return rows.map(toSession);
  }

  readonly #pages: ReturnType<typeof preparePages>;
  #pageStatements(): ReturnType<typeof preparePages> {
    return this.#pages;
  }
}

function preparePages(db: Db) {
  return {
    count: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM study_sessions WHERE track_id = ?'),
    first: db.prepare<[{ trackId: string; limit: number }], SessionRow>(
      `SELECT ${COLUMNS} FROM study_sessions WHERE track_id = @trackId ORDER BY studied_on DESC, created_at DESC, id LIMIT @limit`,
    ),
    // The rows after the cursor in ORDER BY studied_on DESC, created_at DESC, id.
    after: db.prepare<[{ trackId: string; date: string; createdAt: string; id: string; limit: number }], SessionRow>(
      `SELECT ${COLUMNS} FROM study_sessions
        WHERE track_id = @trackId
          AND (studied_on < @date OR (studied_on = @date AND (created_at < @createdAt OR (created_at = @createdAt AND id > @id))))
        ORDER BY studied_on DESC, created_at DESC, id LIMIT @limit`,
    ),
  };
}

function toSession(row: SessionRow): StoredSession {
  return {
    id: row.id,
    trackId: row.track_id,
    date: row.studied_on,
    minutes: row.minutes,
    domainId: row.domain_id,
    planItemId: row.plan_item_id,
    notes: row.notes,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
