import { z } from 'zod';
import { BACKUP_REASONS, RecordCountsSchema } from '../../../../shared/schemas/backups';
import { IsoInstantSchema } from '../../../../shared/schemas/dates';

/**
 * `manifest.json`, the first thing read from a Certplan archive. It names every other file in
 * the archive with its size and SHA-256, so a restore or an import can prove the archive is
 * complete and unchanged before anything is replaced. docs/export-format.md documents it.
 */

export const MANIFEST_NAME = 'manifest.json';
export const BACKUP_FORMAT = 'certplan-backup';
export const EXPORT_FORMAT = 'certplan-export';
/** Bumped when the layout of an archive changes; a newer number is refused with "update Certplan". */
export const BACKUP_FORMAT_VERSION = 1;
export const EXPORT_FORMAT_VERSION = 1;
/** The database inside a backup archive. */
export const BACKUP_DATABASE_ENTRY = 'certplan.sqlite3';

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const ArchiveFileSchema = z.strictObject({
  path: z.string().min(1).max(300),
  sha256: Sha256Schema,
  sizeBytes: z.number().int().min(0),
});
export type ArchiveFile = z.infer<typeof ArchiveFileSchema>;

const ManifestBaseSchema = {
  formatVersion: z.number().int().min(1),
  createdAt: IsoInstantSchema,
  appVersion: z.string().max(100),
  /** The database's `user_version` when the archive was written. */
  schemaVersion: z.number().int().min(0),
  counts: RecordCountsSchema,
  files: z.array(ArchiveFileSchema).max(60_000),
};

export const BackupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  ...ManifestBaseSchema,
  reason: z.enum(BACKUP_REASONS),
  detail: z.string().max(300),
  /** SHA-256 over every table's rows, to tell whether anything changed since this backup. */
  fingerprint: Sha256Schema,
  /** Evidence files the database referred to that were not in the store (already lost). */
  missingEvidence: z.array(z.strictObject({ sha256: Sha256Schema, fileNames: z.array(z.string()) })),
  /** Card images the database referred to that were not in the store (absent from backups written before cards carried images). */
  missingMedia: z.array(z.strictObject({ sha256: Sha256Schema, fileNames: z.array(z.string()) })).default([]),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export const ExportManifestSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  ...ManifestBaseSchema,
  /** One JSON file per table under `records/`, with the table's row count. */
  tables: z.array(z.strictObject({ table: z.string().regex(/^[a-z_]+$/), path: z.string(), rows: z.number().int().min(0) })),
  /** True when exported from a damaged database: some rows could not be read (see `problems`). */
  partial: z.boolean(),
  problems: z.array(z.string()),
});
export type ExportManifest = z.infer<typeof ExportManifestSchema>;

/** Just enough to say what a file is before checking it in full. */
export const ManifestHeadSchema = z.object({ format: z.string(), formatVersion: z.number() });
