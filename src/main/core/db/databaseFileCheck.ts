import { statSync } from 'node:fs';
import Database from 'better-sqlite3';

export type DatabaseFileState =
  | { kind: 'missing' }
  | { kind: 'ok' }
  /** 0 bytes: a disk that filled up, a copy that went wrong. Never silently treated as new. */
  | { kind: 'empty' }
  | { kind: 'damaged'; detail: string };

/** SQLite's answers that mean the file itself is damaged (not merely busy or unreadable). */
const DAMAGE_CODES = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];

export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.some((prefix) => code.startsWith(prefix));
}

/** SQLite's multi-line report as one short line: the first problems and how many more. */
export function summariseReport(report: string): string {
  const problems = report
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\*\*\* in database/.test(line));
  if (problems.length === 0) return 'quick_check gave no answer';
  const shown = problems.slice(0, 2).join('; ');
  return `${shown.length > 200 ? `${shown.slice(0, 200)}…` : shown}${problems.length > 2 ? ` (and ${problems.length - 2} more)` : ''}`;
}

/**
 * Looks at the database before the core opens it for writing: SQLite's `quick_check` on a
 * read-only connection, which cannot change the file (a read-write connection would checkpoint
 * its WAL into it on close). A damaged or empty file is reported, not opened.
 */
export function checkDatabaseFile(file: string): DatabaseFileState {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (size === 0) return { kind: 'empty' };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.prepare<[], Record<string, string>>('PRAGMA quick_check(20)').all();
    const report = rows.map((row) => Object.values(row)[0] ?? '').join('\n');
    return report === 'ok' ? { kind: 'ok' } : { kind: 'damaged', detail: summariseReport(report) };
  } catch (error) {
    if (isDamageError(error)) return { kind: 'damaged', detail: error instanceof Error ? error.message : String(error) };
    throw error;
  } finally {
    db?.close();
  }
}
