import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Opens the one connection the core uses, with the pragmas ARCHITECTURE.md §3 asks for. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL is durable under WAL except for the last transactions before a power cut; backups
  // are written with FULL (see backup.ts).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
