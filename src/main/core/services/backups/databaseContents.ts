import { createHash } from 'node:crypto';
import type { RecordCounts } from '../../../../shared/schemas/backups';
import type { Db } from '../../db/connection';

/** Reading a Certplan database as a whole: its tables, what it holds, and a fingerprint of it. */

/** The tables of the database in creation order (parents before the children that refer to them). */
export function userTables(db: Db): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    .all()
    .map((row) => row.name);
}

/** Column names of a table Certplan's own schema defines (never a name from outside). */
export function tableColumns(db: Db, table: string): string[] {
  return db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
    .all(table)
    .map((row) => row.name);
}

/** SQL identifier quoting; only ever applied to names read from the database's own schema. */
export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const COUNTED: Record<keyof RecordCounts, string> = {
  tracks: 'SELECT count(*) AS n FROM tracks',
  credentials: 'SELECT count(*) AS n FROM credentials',
  experience: 'SELECT count(*) AS n FROM experience_entries',
  training: 'SELECT count(*) AS n FROM training_entries',
  ceActivities: 'SELECT count(*) AS n FROM ce_activities',
  studySessions: 'SELECT count(*) AS n FROM study_sessions',
  practiceResults: 'SELECT count(*) AS n FROM practice_results',
  customCertifications: "SELECT count(*) AS n FROM certifications WHERE origin = 'custom'",
  evidenceFiles: 'SELECT count(*) AS n FROM evidence_files',
  // What the person sees: decks and cards not deleted (an import in progress is not yet there),
  // every rating in the review log (an undo is a row of its own, not a review), every card image.
  flashcardDecks: "SELECT count(*) AS n FROM flashcard_decks WHERE deleted_at IS NULL AND status <> 'importing'",
  flashcards: `SELECT count(*) AS n FROM flashcard_cards c JOIN flashcard_decks d ON d.id = c.deck_id
                WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL AND d.status <> 'importing'`,
  flashcardReviews: "SELECT count(*) AS n FROM flashcard_review_log WHERE kind = 'review'",
  cardImages: 'SELECT count(*) AS n FROM flashcard_media',
};

/**
 * How many of each kind of record the database holds. A table an older schema does not have yet
 * counts 0; a table that cannot be read (a damaged file) counts what could be read, i.e. 0.
 */
export function countRecords(db: Db): RecordCounts {
  const counts = {} as RecordCounts;
  for (const [key, sql] of Object.entries(COUNTED) as [keyof RecordCounts, string][]) {
    try {
      counts[key] = db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
    } catch {
      counts[key] = 0;
    }
  }
  return counts;
}

/** True when nothing the person entered is stored (a new data folder): only built-ins and settings. */
export function holdsNoPersonRecords(db: Db): boolean {
  const counts = countRecords(db);
  if (Object.values(counts).some((n) => n > 0)) return false;
  const ignored = new Set(['certifications', 'meta', 'settings', 'track_status_history']);
  return userTables(db)
    .filter((table) => !ignored.has(table))
    .every((table) => (db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).get()?.n ?? 0) === 0);
}

/**
 * SHA-256 over every row of every table, in a stable order. Two databases with the same records
 * have the same fingerprint whatever their page layout, so "nothing changed since the last
 * backup" and "this rejected call changed nothing" can both be checked.
 */
export function databaseFingerprint(db: Db): string {
  const hash = createHash('sha256');
  for (const table of userTables(db)) {
    hash.update(`\u0000table ${table}\u0000`);
    const columns = tableColumns(db, table).map(quoteIdentifier).join(', ');
    const rows = db.prepare(`SELECT ${columns} FROM ${quoteIdentifier(table)} ORDER BY ${columns}`).raw().iterate() as Iterable<unknown[]>;
    for (const row of rows) hash.update(`${JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value))}\n`);
  }
  return hash.digest('hex');
}

/** SQLite's `integrity_check`, as text: `ok` or the first problems it lists. */
export function integrityReport(db: Db, pragma: 'integrity_check' | 'quick_check' = 'integrity_check'): string {
  const rows = db.prepare<[], Record<string, string>>(`PRAGMA ${pragma}(20)`).all();
  return rows.map((row) => Object.values(row)[0] ?? '').join('; ') || 'no answer';
}

/** Rows that break a foreign key (a child whose parent is missing), counted. */
export function foreignKeyProblems(db: Db): number {
  return db.prepare('PRAGMA foreign_key_check').all().length;
}
