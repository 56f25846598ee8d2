import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { syncFolder } from '../../fileSafety';
import { EVIDENCE_DIR_NAME } from '../evidenceService';
import { FLASHCARD_MEDIA_DIR_NAME } from '../flashcards/mediaStore';

/**
 * The content-addressed file stores beside the database (files named by their SHA-256, rows in
 * a table pointing at them): evidence, and the images cards show. A backup, a restore, an export
 * and an import carry every one of them the same way, under the same folder name in the archive
 * as in the data folder, so a restore or an import elsewhere brings cards back with their images.
 */
export interface ContentFolder {
  /** The folder in the data folder, and the prefix of its files in an archive. */
  folder: string;
  /** The table whose `sha256` and `file_name` columns refer to the files. */
  table: string;
  /** How a missing file is named to the person. */
  what: string;
}

export const CONTENT_FOLDERS: readonly ContentFolder[] = [
  { folder: EVIDENCE_DIR_NAME, table: 'evidence_files', what: 'Evidence file' },
  { folder: FLASHCARD_MEDIA_DIR_NAME, table: 'flashcard_media', what: 'Card image' },
];

/** An archive path one of the stores owns (`evidence/<sha256>`, `flashcard-media/<sha256>`), or null. */
export function contentFolderOf(path: string): ContentFolder | null {
  const match = /^([a-z-]+)\/[0-9a-f]{64}$/.exec(path);
  return CONTENT_FOLDERS.find((store) => store.folder === match?.[1]) ?? null;
}

/** The files a store's rows refer to, with their names; none when the table does not exist yet (an older database). */
export function contentRows(db: Database.Database, store: ContentFolder): { sha256: string; fileName: string }[] {
  try {
    return db.prepare<[], { sha256: string; fileName: string }>(`SELECT sha256, file_name AS fileName FROM ${store.table} ORDER BY sha256`).all();
  } catch {
    return [];
  }
}

/**
 * The files a staged candidate brings (`<stagedRoot>/<folder>/<sha256>`) go into the data
 * folder's stores before the database that points at them is swapped in. Files are named by
 * content, so adding never overwrites.
 */
export function installContent(stagedRoot: string, dataDir: string): void {
  for (const store of CONTENT_FOLDERS) {
    const stagedDir = join(stagedRoot, store.folder);
    let names: string[];
    try {
      names = readdirSync(stagedDir);
    } catch {
      continue;
    }
    const targetDir = join(dataDir, store.folder);
    mkdirSync(targetDir, { recursive: true, mode: 0o700 });
    for (const name of names) {
      const target = join(targetDir, name);
      if (existsSync(target)) continue;
      const staged = join(stagedDir, name);
      // On disk before the database that points at it is swapped in.
      const fd = openSync(staged, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(staged, target);
    }
    syncFolder(targetDir);
  }
}
