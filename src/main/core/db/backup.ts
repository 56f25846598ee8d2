import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection';

export const BACKUP_DIR_NAME = 'backups';
const BACKUP_PATTERN = /^certplan-.*\.sqlite3$/;

export interface BackupInfo {
  file: string;
  reason: string;
}

/**
 * Copies the live database with SQLite's online backup API (consistent even while in use),
 * then forces the copy to disk and prunes all but the newest `keep` copies.
 */
export async function backupDatabase(
  db: Db,
  dataDir: string,
  reason: string,
  now: Date,
  keep = 10,
): Promise<BackupInfo> {
  const dir = join(dataDir, BACKUP_DIR_NAME);
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const safeReason = reason.replace(/[^a-z0-9-]/gi, '-').toLowerCase();
  const file = join(dir, `certplan-${stamp}-${safeReason}.sqlite3`);
  await db.backup(file);
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma('synchronous = FULL');
  } finally {
    copy.close();
  }
  pruneBackups(dir, keep);
  return { file, reason };
}

export function listBackups(dataDir: string): string[] {
  const dir = join(dataDir, BACKUP_DIR_NAME);
  try {
    return readdirSync(dir)
      .filter((name) => BACKUP_PATTERN.test(name))
      .sort();
  } catch {
    return [];
  }
}

function pruneBackups(dir: string, keep: number): void {
  const names = readdirSync(dir)
    .filter((name) => BACKUP_PATTERN.test(name))
    .sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) {
    rmSync(join(dir, name), { force: true });
  }
}
