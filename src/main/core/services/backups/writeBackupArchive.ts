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
import { countRecords, databaseFingerprint, integrityReport } from './databaseContents';
import { verifyArchiveFiles } from './readArchive';
import { ZipWriter } from './zipWriter';

export interface BackupArchiveInput {
  db: Db;
  evidenceDir: string;
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
 * every evidence file it refers to, and a manifest naming each file with its SHA-256. The archive
 * is read back and checked before it takes its final name.
 */
export async function writeBackupArchive(input: BackupArchiveInput): Promise<BackupManifest> {
  const copyFile = join(input.workDir, `backup-${randomUUID()}.sqlite3`);
  const partial = `${input.target}.partial`;
  let writer: ZipWriter | null = null;
  try {
    await input.db.backup(copyFile);
    const copy = new Database(copyFile);
    let facts: { schemaVersion: number; counts: BackupManifest['counts']; fingerprint: string; evidence: { sha256: string; fileName: string }[] };
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
        evidence: evidenceRows(copy),
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

    const missing = new Map<string, string[]>();
    for (const [hash, names] of groupByHash(facts.evidence)) {
      const bytes = await readFile(join(input.evidenceDir, hash)).catch(() => null);
      // A stored copy that vanished or no longer matches its hash is listed as missing, not copied.
      if (!bytes || sha256(bytes) !== hash) {
        missing.set(hash, names);
        continue;
      }
      const path = `evidence/${hash}`;
      await writer.add(path, bytes, { compress: false });
      files.push({ path, sha256: hash, sizeBytes: bytes.length });
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
      missingEvidence: [...missing].map(([sha, fileNames]) => ({ sha256: sha, fileNames })),
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

function evidenceRows(db: Database.Database): { sha256: string; fileName: string }[] {
  try {
    return db.prepare<[], { sha256: string; fileName: string }>('SELECT sha256, file_name AS fileName FROM evidence_files ORDER BY sha256, id').all();
  } catch {
    // A database from before the evidence store existed.
    return [];
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
