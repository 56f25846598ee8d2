import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RecordCounts } from '../../../../shared/schemas/backups';
import { type Migration, applyMigrations, currentVersion, pendingMigrations } from '../../db/migrate';
import { ArchiveError } from './archiveError';
import { BACKUP_DATABASE_ENTRY } from './archiveManifest';
import { buildFromExport } from './buildFromExport';
import { countRecords, foreignKeyProblems, integrityReport } from './databaseContents';
import { type ArchiveManifest, extractArchiveFiles, readManifest } from './readArchive';
import { ZipReader } from './zipReader';

/**
 * A backup or export that passed every check, unpacked into a staging folder inside the data
 * folder (so moving it into place is a rename on the same disk): a database already migrated to
 * this version, and the evidence files and card images it refers to (`<folder>/<store>/<sha256>`).
 */
export interface StagedCandidate {
  archive: ArchiveManifest;
  folder: string;
  databaseFile: string;
  counts: RecordCounts;
  checks: string[];
  warnings: string[];
  discard(): Promise<void>;
}

export interface StagingOptions {
  stagingRoot: string;
  migrations: readonly Migration[];
  /** A restore takes backups; an import takes exports. */
  accept: 'backup' | 'export';
}

/**
 * Checks an archive the way a restore needs: the archive is intact (every file there, sizes and
 * SHA-256 as the manifest says), the database passes `integrity_check` and its foreign keys hold,
 * its schema version is one this Certplan knows, and the migrations run on this temporary copy.
 * Any failure is an ArchiveError saying which check failed; nothing outside the staging folder
 * is touched.
 */
export async function stageArchive(file: string, options: StagingOptions): Promise<StagedCandidate> {
  const reader = await ZipReader.open(file);
  const folder = join(options.stagingRoot, `candidate-${randomUUID()}`);
  const discard = () => rm(folder, { recursive: true, force: true });
  try {
    const archive = await readManifest(reader);
    const latest = options.migrations.at(-1)?.version ?? 0;
    if (archive.manifest.schemaVersion > latest) {
      throw new ArchiveError(
        `This ${archive.kind} was made by a newer version of Certplan (database version ${archive.manifest.schemaVersion}; this version understands up to ${latest}). Update Certplan to use it.`,
      );
    }
    if (archive.kind !== options.accept) {
      throw new ArchiveError(
        archive.kind === 'export'
          ? 'This is an export, not a backup. Exports go into a new, empty data folder with Import.'
          : 'This is a backup, not an export. Use Restore to bring a backup back.',
      );
    }
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const databaseFile = join(folder, BACKUP_DATABASE_ENTRY);
    const checks = ['The archive is complete: every file is there and matches its SHA-256'];
    if (archive.kind === 'backup') {
      await extractArchiveFiles(reader, archive.manifest.files, folder);
    } else {
      await buildFromExport(reader, archive.manifest, folder, databaseFile, options.migrations);
      checks.push('Every record was read back and accepted by the database’s own rules');
    }
    const counts = checkAndMigrate(databaseFile, archive.manifest.schemaVersion, options.migrations, checks);
    const warnings: string[] = [];
    if (archive.kind === 'backup') {
      const { missingEvidence, missingMedia } = archive.manifest;
      if (missingEvidence.length > 0) {
        warnings.push(`${missingEvidence.length} evidence file(s) were already missing when this backup was taken: ${missingEvidence.flatMap((m) => m.fileNames).slice(0, 5).join(', ')}`);
      }
      if (missingMedia.length > 0) {
        warnings.push(`${missingMedia.length} card image(s) were already missing when this backup was taken: ${missingMedia.flatMap((m) => m.fileNames).slice(0, 5).join(', ')}`);
      }
    }
    if (archive.kind === 'export' && archive.manifest.partial) warnings.push('This export was taken from a damaged database; some records may be missing.');
    return { archive, folder, databaseFile, counts, checks, warnings, discard };
  } catch (error) {
    await discard();
    throw error;
  } finally {
    await reader.close();
  }
}

function checkAndMigrate(databaseFile: string, declaredVersion: number, migrations: readonly Migration[], checks: string[]): RecordCounts {
  let db: Database.Database;
  try {
    db = new Database(databaseFile, { fileMustExist: true });
  } catch {
    throw new ArchiveError('The database in the archive cannot be opened.');
  }
  try {
    const integrity = safely(() => integrityReport(db));
    if (integrity !== 'ok') throw new ArchiveError(`The database in the archive is damaged (integrity check: ${integrity}).`);
    if (safely(() => String(foreignKeyProblems(db))) !== '0') throw new ArchiveError('The database in the archive has records that refer to records it does not hold.');
    checks.push('The database passes SQLite’s integrity check and every reference between records holds');
    const version = currentVersion(db);
    if (version !== declaredVersion) throw new ArchiveError(`The archive says database version ${declaredVersion} but holds version ${version}.`);
    let pending: Migration[];
    try {
      pending = pendingMigrations(db, migrations);
    } catch (error) {
      throw new ArchiveError(error instanceof Error ? error.message : 'Unknown database version');
    }
    try {
      db.pragma('foreign_keys = ON');
      applyMigrations(db, pending);
    } catch (error) {
      throw new ArchiveError(`Bringing the backup up to this version failed (${error instanceof Error ? error.message : 'migration error'}).`);
    }
    checks.push(
      pending.length > 0
        ? `Brought up to this version on a temporary copy (from database version ${version} to ${pending.at(-1)?.version ?? version})`
        : `Written by this database version (${version}); nothing to upgrade`,
    );
    // The candidate is swapped in as one self-contained file, with no WAL beside it.
    db.pragma('journal_mode = DELETE');
    return countRecords(db);
  } finally {
    db.close();
  }
}

function safely(read: () => string): string {
  try {
    return read();
  } catch (error) {
    return error instanceof Error ? error.message : 'unreadable';
  }
}
