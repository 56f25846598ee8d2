import Database from 'better-sqlite3';

/**
 * The raw SQL floor of a case: the rows it has to read, read with prepared statements on the same
 * file and nothing else (no JSON parsing, no rules, no validation). A case's ratio to its floor
 * says how much of its time is the product's own work rather than SQLite's.
 */
export type FloorQuery = { sql: keyof typeof QUERIES; params?: readonly string[] };

const QUERIES = {
  tracks: 'SELECT * FROM tracks',
  track: 'SELECT * FROM tracks WHERE id = ?',
  sessionsOfTrack: 'SELECT * FROM study_sessions WHERE track_id = ? ORDER BY studied_on DESC',
  allSessions: 'SELECT * FROM study_sessions',
  practiceOfTrack: 'SELECT * FROM practice_results WHERE track_id = ?',
  allPractice: 'SELECT * FROM practice_results',
  planOfTrack: 'SELECT * FROM plan_items WHERE track_id = ?',
  allPlans: 'SELECT * FROM plan_items',
  prepOfTrack: 'SELECT * FROM preparations WHERE track_id = ?',
  preparations: 'SELECT * FROM preparations',
  breaksOfTrack: 'SELECT * FROM preparation_breaks WHERE track_id = ?',
  examOfTrack: 'SELECT * FROM exam_schedules WHERE track_id = ?',
  attemptsOfTrack: 'SELECT * FROM exam_attempts WHERE track_id = ?',
  exams: 'SELECT * FROM exam_schedules',
  applicationOfTrack: 'SELECT * FROM applications WHERE track_id = ?',
  applicationEventsOfTrack: 'SELECT * FROM application_events WHERE track_id = ?',
  checksOfTrack: 'SELECT * FROM track_checks WHERE track_id = ?',
  credentials: 'SELECT * FROM credentials',
  credential: 'SELECT * FROM credentials WHERE id = ?',
  renewals: 'SELECT * FROM renewals',
  renewalsOfCredential: 'SELECT * FROM renewals WHERE credential_id = ?',
  allCe: 'SELECT a.*, l.credential_id FROM ce_activities a JOIN ce_activity_credentials l ON l.activity_id = a.id',
  ceOfCredential: 'SELECT a.*, l.credential_id FROM ce_activities a JOIN ce_activity_credentials l ON l.activity_id = a.id WHERE l.credential_id = ?',
  evidenceOfCredential: `SELECT e.* FROM ce_activity_evidence e JOIN ce_activity_credentials l ON l.activity_id = e.activity_id WHERE l.credential_id = ?`,
  evidenceFiles: 'SELECT * FROM evidence_files',
  evidenceLinks: 'SELECT * FROM ce_activity_evidence',
  experience: 'SELECT * FROM experience_entries',
  training: 'SELECT * FROM training_entries',
  profile: 'SELECT * FROM profile',
  reminders: 'SELECT * FROM reminders',
} as const;

export class SqlFloor {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(databaseFile: string) {
    this.#db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  }

  /** Reads every row the queries name; returns how many, so the work cannot be skipped. */
  read(queries: readonly FloorQuery[]): number {
    let rows = 0;
    for (const query of queries) {
      let statement = this.#statements.get(query.sql);
      if (!statement) {
        statement = this.#db.prepare(QUERIES[query.sql]);
        this.#statements.set(query.sql, statement);
      }
      rows += statement.all(...(query.params ?? [])).length;
    }
    return rows;
  }

  close(): void {
    this.#db.close();
  }
}

/** The write floor: one row in and out again in a committed transaction on its own connection. */
export class SqlWriteFloor {
  readonly #db: Database.Database;
  readonly #write: () => void;

  constructor(databaseFile: string, table: 'study_sessions' | 'ce_activities', trackId: string) {
    this.#db = new Database(databaseFile, { fileMustExist: true });
    this.#db.pragma('journal_mode = WAL');
    const insert =
      table === 'study_sessions'
        ? this.#db.prepare(`INSERT INTO study_sessions (id, track_id, studied_on, minutes, domain_id, plan_item_id, notes, source, created_at, updated_at)
             VALUES ('floor-row', ?, '2026-11-25', 30, NULL, NULL, '', 'manual', '2026-11-25T12:00:00Z', '2026-11-25T12:00:00Z')`)
        : this.#db.prepare(`INSERT INTO ce_activities (id, activity_date, title, provider, units, category_id, notes, created_at, updated_at)
             VALUES ('floor-row', '2026-11-24', 'Floor', '', 1, 'x', '', '2026-11-25T12:00:00Z', '2026-11-25T12:00:00Z')`);
    const remove = this.#db.prepare(`DELETE FROM ${table} WHERE id = 'floor-row'`);
    this.#write = this.#db.transaction(() => {
      if (table === 'study_sessions') insert.run(trackId);
      else insert.run();
      remove.run();
    });
  }

  write(): void {
    this.#write();
  }

  close(): void {
    this.#db.close();
  }
}
