import { createHash, randomUUID } from 'node:crypto';
import { chmodSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../../../shared/schemas/backups';
import type { Db } from '../../db/connection';
import { currentVersion } from '../../db/migrate';
import { syncFolder } from '../../fileSafety';
import { ArchiveError } from './archiveError';
import {
  type ArchiveFile,
  BACKUP_DATABASE_ENTRY,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  MANIFEST_NAME,
} from './archiveManifest';
import { CONTENT_FOLDERS, type ContentFolder, contentRows } from './contentFolders';
import { countRecords, databaseFingerprint, integrityReport } from './databaseContents';
import { EVIDENCE_DIR_NAME } from '../evidenceService';
import { FLASHCARD_MEDIA_DIR_NAME } from '../flashcards/mediaStore';
import { verifyArchiveFiles } from './readArchive';
import { ZipWriter } from './zipWriter';

export interface BackupArchiveInput {
  db: Db;
  /** The data folder: the evidence and card-image stores are in it (contentFolders.ts). */
  dataDir: string;
  /** Where the archive goes; written as `<target>.partial` and renamed when complete and verified. */
  target: string;
  /** A folder for the temporary copy of the database. */
  workDir: string;
  reason: BackupReason;
  detail: string;
  now: Date;
  appVersion: string;
}

/**
 * One backup archive: the database copied with SQLite's online backup API (consistent while the
 * app keeps running, never a file copy of a live database), checked with `integrity_check`, plus
 * every evidence file and card image it refers to, and a manifest naming each file with its SHA-256. The archive
 * is read back and checked before it takes its final name.
 */
export async function writeBackupArchive(input: BackupArchiveInput): Promise<BackupManifest> {
  const copyFile = join(input.workDir, `backup-${randomUUID()}.sqlite3`);
  const partial = `${input.target}.partial`;
  let writer: ZipWriter | null = null;
  try {
    await input.db.backup(copyFile);
    const copy = new Database(copyFile);
    let facts: { schemaVersion: number; counts: BackupManifest['counts']; fingerprint: string; content: Map<ContentFolder, { sha256: string; fileName: string }[]> };
    try {
      // A self-contained file: no WAL beside it, every page forced to disk.
      copy.pragma('journal_mode = DELETE');
      copy.pragma('synchronous = FULL');
      const integrity = integrityReport(copy);
      if (integrity !== 'ok') throw new ArchiveError(`The copy of the database failed SQLite's integrity check (${integrity}).`);
      facts = {
        schemaVersion: currentVersion(copy),
        counts: countRecords(copy),
        fingerprint: databaseFingerprint(copy),
        content: new Map(CONTENT_FOLDERS.map((store) => [store, contentRows(copy, store)])),
      };
    } finally {
      copy.close();
    }
    chmodSync(copyFile, 0o600);

    writer = await ZipWriter.create(partial, input.now);
    const files: ArchiveFile[] = [];
    const database = await readFile(copyFile);
    await writer.add(BACKUP_DATABASE_ENTRY, database);
    files.push({ path: BACKUP_DATABASE_ENTRY, sha256: sha256(database), sizeBytes: database.length });

    // A stored copy that vanished or no longer matches its hash is listed as missing, not copied.
    const missing = new Map<string, { sha256: string; fileNames: string[] }[]>();
    for (const [store, rows] of facts.content) {
      for (const [hash, names] of groupByHash(rows)) {
        const bytes = await readFile(join(input.dataDir, store.folder, hash)).catch(() => null);
        if (!bytes || sha256(bytes) !== hash) {
          missing.set(store.folder, [...(missing.get(store.folder) ?? []), { sha256: hash, fileNames: names }]);
          continue;
        }
        const path = `${store.folder}/${hash}`;
        await writer.add(path, bytes, { compress: false });
        files.push({ path, sha256: hash, sizeBytes: bytes.length });
      }
    }

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: input.now.toISOString(),
      appVersion: input.appVersion,
      schemaVersion: facts.schemaVersion,
      counts: facts.counts,
      files,
      reason: input.reason,
      detail: input.detail,
      fingerprint: facts.fingerprint,
      missingEvidence: missing.get(EVIDENCE_DIR_NAME) ?? [],
      missingMedia: missing.get(FLASHCARD_MEDIA_DIR_NAME) ?? [],
    };
    await writer.add(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await writer.finish();
    writer = null;
    // Read back what reached the disk before calling it a backup.
    await verifyArchiveFiles(partial, files);
    await rename(partial, input.target);
    syncFolder(dirname(input.target));
    return manifest;
  } finally {
    await writer?.abandon();
    await rm(partial, { force: true });
    await rm(copyFile, { force: true });
    await rm(`${copyFile}-journal`, { force: true });
  }
}

function groupByHash(rows: { sha256: string; fileName: string }[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.sha256, [...(groups.get(row.sha256) ?? []), basename(row.fileName)]);
  return groups;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
