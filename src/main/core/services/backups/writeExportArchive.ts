import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../db/connection';
import { currentVersion } from '../../db/migrate';
import { type ArchiveFile, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportManifest, MANIFEST_NAME } from './archiveManifest';
import { CONTENT_FOLDERS } from './contentFolders';
import { countRecords } from './databaseContents';
import { exportCsvLists } from './exportCsvLists';
import { dumpTables } from './exportTables';
import { sha256 } from './writeBackupArchive';
import { ZipWriter } from './zipWriter';

export interface ExportInput {
  db: Db;
  /** The data folder: the evidence and card-image stores are in it (contentFolders.ts). */
  dataDir: string;
  target: string;
  now: Date;
  appVersion: string;
}

const README = `Certplan export
===============

Everything Certplan stored, in open formats:

  manifest.json   what this archive holds: format version, database version, counts, and every
                  file with its size and SHA-256
  records/*.json  every record, one file per table, one object per row (the complete data;
                  Certplan's Import reads these)
  csv/*.csv       the lists you keep, for spreadsheets: experience, training, CE activities,
                  study sessions, practice results, evidence files
  evidence/       your evidence files, named by their SHA-256; csv/evidence-files.csv and
                  records/evidence_files.json give their original names
  flashcard-media/ the images your flashcards show, named by their SHA-256;
                  records/flashcard_media.json gives their names, and cards refer to them
                  as media:<SHA-256>

To move to a new computer, install Certplan there and use Settings > Import on the empty app.
The format is described in Certplan's docs/export-format.md.
`;

/**
 * The whole data folder as an open archive. Works on a damaged database opened read-only: what
 * cannot be read is listed in the manifest's `problems` and the export is marked partial.
 */
export async function writeExportArchive(input: ExportInput): Promise<ExportManifest> {
  const partial = `${input.target}.partial`;
  const writer = await ZipWriter.create(partial, input.now);
  try {
    const files: ArchiveFile[] = [];
    const add = async (path: string, bytes: Buffer, compress = true) => {
      await writer.add(path, bytes, { compress });
      files.push({ path, sha256: sha256(bytes), sizeBytes: bytes.length });
    };
    await add('README.txt', Buffer.from(README));
    const { dumps, problems } = dumpTables(input.db);
    const tables: ExportManifest['tables'] = [];
    for (const dump of dumps) {
      const path = `records/${dump.table}.json`;
      await add(path, Buffer.from(`${JSON.stringify(dump.rows, null, 2)}\n`));
      tables.push({ table: dump.table, path, rows: dump.rows.length });
    }
    const lists = exportCsvLists(input.db);
    problems.push(...lists.problems);
    for (const file of lists.files) await add(file.path, Buffer.from(file.text));

    for (const store of CONTENT_FOLDERS) {
      const hashes = new Set(
        (dumps.find((d) => d.table === store.table)?.rows ?? []).map((row) => row.sha256).filter((h): h is string => typeof h === 'string'),
      );
      for (const hash of [...hashes].sort()) {
        const bytes = await readFile(join(input.dataDir, store.folder, hash)).catch(() => null);
        if (!bytes || sha256(bytes) !== hash) {
          problems.push(`${store.what} ${hash.slice(0, 12)}… was missing from the ${store.folder} folder`);
          continue;
        }
        await add(`${store.folder}/${hash}`, bytes, false);
      }
    }

    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      createdAt: input.now.toISOString(),
      appVersion: input.appVersion,
      schemaVersion: safeVersion(input.db),
      counts: countRecords(input.db),
      files,
      tables,
      partial: dumps.some((d) => d.problem !== null) || dumps.length === 0,
      problems,
    };
    await writer.add(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await writer.finish();
    await rename(partial, input.target);
    return manifest;
  } catch (error) {
    await writer.abandon();
    await rm(partial, { force: true });
    throw error;
  }
}

function safeVersion(db: Db): number {
  try {
    return currentVersion(db);
  } catch {
    return 0;
  }
}
