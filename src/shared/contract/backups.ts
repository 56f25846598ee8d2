import { z } from 'zod';
import {
  ArchivePreviewSchema,
  ArchiveSourceSchema,
  BackupIdSchema,
  BackupPolicySchema,
  BackupSummarySchema,
  FileChunkSchema,
  LastRestoreSchema,
  MAX_UPLOAD_BYTES,
  RecordCountsSchema,
  RecoveryStatusSchema,
  TRANSFER_CHUNK_BYTES,
} from '../schemas/backups';
import { defineMethods } from './define';

const OffsetSchema = z.number({ error: 'Give the byte offset' }).int('A whole number of bytes').min(0, 'Cannot be negative');

export const BackupListSchema = z.object({
  backups: z.array(BackupSummarySchema),
  policy: BackupPolicySchema,
  lastRestore: LastRestoreSchema.nullable(),
  folder: z.string(),
  canSaveAs: z.boolean(),
});

const DownloadSchema = z.object({ downloadId: z.string(), fileName: z.string(), sizeBytes: z.number().int().min(0) });
const UploadIdSchema = z.uuid('Not an upload id');

/**
 * Backups, restore, export/import and recovery (issue 9). Archives travel as base64 chunks
 * (`*:get-chunk`, `uploads:append`), the same in the desktop app and the browser.
 */
export const backupMethods = defineMethods({
  'backups:list': {
    input: z.strictObject({}),
    output: BackupListSchema,
    summary: 'Every backup in the data folder with what it holds, the keeping policy and the last restore',
  },
  'backups:create': {
    input: z.strictObject({
      /** Desktop only: ask where to save it (a save dialog) instead of keeping it in the backups folder. */
      saveAs: z.boolean().default(false),
    }),
    output: z.object({
      backup: BackupSummarySchema.nullable(),
      savedTo: z.object({ path: z.string(), sizeBytes: z.number().int(), counts: RecordCountsSchema }).nullable(),
      cancelled: z.boolean(),
    }),
    summary: 'Back up now: the database and its evidence files in one verified archive',
  },
  'backups:remove': {
    input: z.strictObject({ id: BackupIdSchema }),
    output: z.object({ id: z.string() }),
    summary: 'Delete one backup from the backups folder',
  },
  'backups:preview-policy': {
    input: z.strictObject({ policy: BackupPolicySchema }),
    output: z.object({ wouldRemove: z.array(BackupSummarySchema) }),
    summary: 'Which backups a keeping policy would delete, to confirm before changing it',
  },
  'backups:set-policy': {
    input: z.strictObject({ policy: BackupPolicySchema }),
    output: BackupListSchema,
    summary: 'Change how many daily, weekly and monthly backups are kept, and prune to it',
  },
  'backups:get-chunk': {
    input: z.strictObject({ id: BackupIdSchema, offset: OffsetSchema }),
    output: FileChunkSchema,
    summary: `One piece (up to ${TRANSFER_CHUNK_BYTES / 1024 / 1024} MB) of a backup archive, to download it`,
  },
  'backups:preview-restore': {
    input: z.strictObject({ source: ArchiveSourceSchema }),
    output: ArchivePreviewSchema,
    summary: 'Check a backup in full on a temporary copy and show what it holds next to what is there now',
  },
  'backups:restore': {
    input: z.strictObject({ source: ArchiveSourceSchema }),
    output: z.object({ restoredFrom: z.string(), undoBackupId: BackupIdSchema.nullable(), movedAsideTo: z.string().nullable() }),
    summary: 'Replace the current data with a checked backup, keeping the current data as a backup first',
  },
  'uploads:begin': {
    input: z.strictObject({
      fileName: z.string().trim().min(1, 'The file needs a name').max(200, 'At most 200 characters'),
      sizeBytes: z.number().int('A whole number of bytes').min(1, 'The file is empty').max(MAX_UPLOAD_BYTES, 'The file is larger than 2 GB'),
    }),
    output: z.object({ uploadId: z.string() }),
    summary: 'Start sending a file (a backup, an export, a flashcard package) to the core in pieces',
  },
  'uploads:append': {
    input: z.strictObject({
      uploadId: UploadIdSchema,
      offset: OffsetSchema,
      contentBase64: z
        .string()
        .min(1, 'The chunk is empty')
        .max(Math.ceil((TRANSFER_CHUNK_BYTES * 4) / 3) + 4, 'The chunk is larger than 4 MB')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
    }),
    output: z.object({ receivedBytes: z.number().int(), complete: z.boolean() }),
    summary: 'Send the next piece of an archive',
  },
  'uploads:discard': {
    input: z.strictObject({ uploadId: UploadIdSchema }),
    output: z.object({ uploadId: z.string() }),
    summary: 'Throw away an upload that will not be used',
  },
  'data:export': {
    input: z.strictObject({}),
    output: DownloadSchema,
    summary: 'Export everything as an open archive (JSON records, CSV lists, evidence files)',
  },
  'data:get-chunk': {
    input: z.strictObject({ downloadId: UploadIdSchema, offset: OffsetSchema }),
    output: FileChunkSchema,
    summary: 'One piece of an export, to download it',
  },
  'data:preview-import': {
    input: z.strictObject({ uploadId: UploadIdSchema }),
    output: ArchivePreviewSchema.extend({ targetIsEmpty: z.boolean() }),
    summary: 'Check an uploaded export in full and show what it holds',
  },
  'data:import': {
    input: z.strictObject({ uploadId: UploadIdSchema }),
    output: z.object({ imported: RecordCountsSchema }),
    summary: 'Import a checked export into this empty data folder, all of it or nothing',
  },
  'recovery:status': {
    input: z.strictObject({}),
    output: RecoveryStatusSchema,
    summary: 'Whether the core is in recovery mode (damaged or empty data file), and why',
  },
  'recovery:start-fresh': {
    input: z.strictObject({}),
    output: z.object({ movedAsideTo: z.string() }),
    summary: 'Move the damaged data file aside, untouched, and start with a new empty one',
  },
  'recovery:export-readable': {
    input: z.strictObject({}),
    output: DownloadSchema.extend({ problems: z.array(z.string()) }),
    summary: 'Export what can still be read from the damaged file, opened read-only',
  },
});

/** The methods that work in recovery mode too (plus app:info and settings:get). */
export const RECOVERY_METHODS = Object.keys(backupMethods) as (keyof typeof backupMethods)[];
