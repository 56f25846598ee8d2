import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { MAX_EVIDENCE_BYTES } from '../../../../shared/schemas/evidence';
import { ArchiveError } from './archiveError';
import {
  type ArchiveFile,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  BackupManifestSchema,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportManifest,
  ExportManifestSchema,
  MANIFEST_NAME,
  ManifestHeadSchema,
} from './archiveManifest';
import { ZipReader } from './zipReader';

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** No single file in an archive may be larger: the database, a records table, an evidence file. */
export const MAX_ARCHIVE_ENTRY_BYTES = Math.max(1024 * 1024 * 1024, MAX_EVIDENCE_BYTES);

export type ArchiveManifest = { kind: 'backup'; manifest: BackupManifest } | { kind: 'export'; manifest: ExportManifest };

/** Reads and validates `manifest.json`: which kind of archive this is, from which version. */
export async function readManifest(reader: ZipReader): Promise<ArchiveManifest> {
  if (!reader.has(MANIFEST_NAME)) throw new ArchiveError('This is not a Certplan backup or export (it has no manifest.json).');
  let json: unknown;
  try {
    json = JSON.parse((await reader.read(MANIFEST_NAME, MAX_MANIFEST_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError('The archive’s manifest.json is not valid JSON.');
  }
  const head = ManifestHeadSchema.safeParse(json);
  if (!head.success) throw new ArchiveError('This is not a Certplan backup or export (its manifest is not Certplan’s).');
  const { format, formatVersion } = head.data;
  if (format === BACKUP_FORMAT) {
    refuseNewer(formatVersion, BACKUP_FORMAT_VERSION, 'backup');
    return { kind: 'backup', manifest: parseManifest(BackupManifestSchema, json) };
  }
  if (format === EXPORT_FORMAT) {
    refuseNewer(formatVersion, EXPORT_FORMAT_VERSION, 'export');
    return { kind: 'export', manifest: parseManifest(ExportManifestSchema, json) };
  }
  throw new ArchiveError(`This is not a Certplan backup or export (format “${format.slice(0, 40)}”).`);
}

function refuseNewer(found: number, supported: number, what: string): void {
  if (found > supported) {
    throw new ArchiveError(
      `This ${what} was made by a newer version of Certplan (archive format ${found}; this version reads up to ${supported}). Update Certplan to use it.`,
    );
  }
}

function parseManifest<S extends z.ZodType>(schema: S, json: unknown): z.output<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArchiveError(`The archive’s manifest is damaged (${issue ? `${issue.path.join('.') || 'manifest'}: ${issue.message}` : 'invalid'}).`);
  }
  return parsed.data;
}

/** Every file the manifest lists is there with its size and hash, and nothing else is. */
export function checkListing(reader: ZipReader, files: readonly ArchiveFile[]): void {
  const listed = new Set(files.map((f) => f.path));
  for (const file of files) {
    if (!reader.has(file.path)) throw new ArchiveError(`The archive is incomplete: ${file.path} is missing.`);
  }
  for (const name of reader.entries.keys()) {
    if (name !== MANIFEST_NAME && !listed.has(name)) throw new ArchiveError(`The archive holds a file its manifest does not list (${name.slice(0, 80)}).`);
  }
}

export async function readChecked(reader: ZipReader, file: ArchiveFile): Promise<Buffer> {
  if (file.sizeBytes > MAX_ARCHIVE_ENTRY_BYTES) throw new ArchiveError(`${file.path} is larger than Certplan accepts.`);
  const bytes = await reader.read(file.path, file.sizeBytes);
  if (bytes.length !== file.sizeBytes || createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    throw new ArchiveError(`The archive is damaged: ${file.path} does not match its manifest.`);
  }
  return bytes;
}

/** Reads every listed file back and checks it (used right after writing an archive). */
export async function verifyArchiveFiles(archive: string, files: readonly ArchiveFile[]): Promise<void> {
  const reader = await ZipReader.open(archive);
  try {
    checkListing(reader, files);
    for (const file of files) await readChecked(reader, file);
  } finally {
    await reader.close();
  }
}

/** Checks every listed file and writes it under `targetDir` (entry names are already proven safe). */
export async function extractArchiveFiles(reader: ZipReader, files: readonly ArchiveFile[], targetDir: string): Promise<void> {
  checkListing(reader, files);
  for (const file of files) {
    const bytes = await readChecked(reader, file);
    const target = join(targetDir, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(target, bytes, { mode: 0o600 });
  }
}
