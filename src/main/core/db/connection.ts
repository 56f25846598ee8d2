import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { restrictToOwner, syncFolder } from '../fileSafety';
import { type Migration, applyMigrations } from './migrate';

export type Db = Database.Database;

/** Opens the one connection the core uses, with the pragmas ARCHITECTURE.md §3 asks for. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL is durable under WAL except for the last transactions before a power cut; backups
  // are written with FULL (see services/backups/writeBackupArchive.ts).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Owner-only, where the platform has modes: SQLite gives the WAL and SHM the database's mode.
  restrictToOwner([file, `${file}-wal`, `${file}-shm`]);
  return db;
}

/**
 * A brand-new database is built beside its final name (owner-only, fully migrated, no WAL) and
 * renamed into place, so a crash during the first start leaves no file rather than a half-made
 * one — and an empty file found later always means something went wrong.
 */
export function createDatabaseFile(file: string, migrations: readonly Migration[]): void {
  const fresh = `${file}.new`;
  rmSync(fresh, { force: true });
  const db = new Database(fresh);
  try {
    restrictToOwner([fresh]);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, migrations);
  } catch (error) {
    db.close();
    rmSync(fresh, { force: true });
    throw error;
  }
  db.close();
  renameSync(fresh, file);
  syncFolder(dirname(file));
}
