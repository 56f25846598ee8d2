import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Migration, applyMigrations } from '../../db/migrate';
import { ArchiveError } from './archiveError';
import { contentFolderOf } from './contentFolders';
import type { ExportManifest } from './archiveManifest';
import { quoteIdentifier, tableColumns, userTables } from './databaseContents';
import { jsonColumns } from './exportTables';
import { checkListing, readChecked } from './readArchive';
import type { ZipReader } from './zipReader';

/** A records file larger than this is not one Certplan wrote. */
const MAX_RECORDS_BYTES = 256 * 1024 * 1024;

/**
 * Rebuilds a database from an export: an empty database at the export's own schema version (the
 * migrations up to it), every table's rows inserted as they were, then the evidence files and card images. Each
 * row is checked against the table it claims to belong to — only tables and columns this
 * version's schema defines are accepted, every value is bound, and SQLite's STRICT tables and
 * CHECK constraints refuse wrong types. Later migrations then bring it up to date like any
 * older database.
 */
export async function buildFromExport(
  reader: ZipReader,
  manifest: ExportManifest,
  folder: string,
  databaseFile: string,
  migrations: readonly Migration[],
): Promise<void> {
  checkListing(reader, manifest.files);
  const db = new Database(databaseFile);
  try {
    db.pragma('journal_mode = DELETE');
    applyMigrations(db, migrations.filter((m) => m.version <= manifest.schemaVersion));
    const known = new Set(userTables(db));
    // Children may come before parents in the file order; foreign keys are checked once at the end.
    db.pragma('foreign_keys = OFF');
    const byPath = new Map(manifest.files.map((f) => [f.path, f]));
    const load = db.transaction((table: string, rows: unknown[]) => insertRows(db, table, rows));
    for (const entry of manifest.tables) {
      if (!known.has(entry.table)) throw new ArchiveError(`The export holds a table this version does not know (${entry.table}).`);
      const file = byPath.get(entry.path);
      if (!file || entry.path !== `records/${entry.table}.json`) throw new ArchiveError(`The export’s manifest does not list ${entry.path}.`);
      if (file.sizeBytes > MAX_RECORDS_BYTES) throw new ArchiveError(`${entry.path} is larger than Certplan accepts.`);
      const rows = parseRows(await readChecked(reader, file), entry.path);
      if (rows.length !== entry.rows) throw new ArchiveError(`${entry.path} holds ${rows.length} rows; the manifest says ${entry.rows}.`);
      load(entry.table, rows);
    }
    db.pragma('foreign_keys = ON');
  } finally {
    db.close();
  }
  // Evidence and card images, each under its store's folder (contentFolders.ts).
  for (const file of manifest.files) {
    const store = contentFolderOf(file.path);
    if (!store) continue;
    if (file.path !== `${store.folder}/${file.sha256}`) throw new ArchiveError(`${file.path} is not named after its content.`);
    const dir = join(folder, store.folder);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(join(dir, file.sha256), await readChecked(reader, file), { mode: 0o600 });
  }
}

function parseRows(bytes: Buffer, path: string): unknown[] {
  let rows: unknown;
  try {
    rows = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ArchiveError(`${path} is not valid JSON.`);
  }
  if (!Array.isArray(rows)) throw new ArchiveError(`${path} does not hold a list of records.`);
  return rows;
}

function insertRows(db: Database.Database, table: string, rows: unknown[]): void {
  const columns = tableColumns(db, table);
  const json = jsonColumns(db, table);
  const insert = db.prepare(
    `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  rows.forEach((row, index) => {
    const where = `records/${table}.json, record ${index + 1}`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new ArchiveError(`${where} is not an object.`);
    const record = row as Record<string, unknown>;
    const unknown = Object.keys(record).find((key) => !columns.includes(key));
    if (unknown !== undefined) throw new ArchiveError(`${where} has a field this version does not know (${unknown.slice(0, 60)}).`);
    const values = columns.map((column) => {
      if (!(column in record)) throw new ArchiveError(`${where} lacks the field ${column}.`);
      const value = record[column];
      if (json.has(column)) return value === null ? null : JSON.stringify(value);
      if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
      throw new ArchiveError(`${where}: ${column} is not text or a number.`);
    });
    try {
      insert.run(values);
    } catch (error) {
      throw new ArchiveError(`${where} was refused (${error instanceof Error ? error.message : 'invalid'}).`);
    }
  });
}
