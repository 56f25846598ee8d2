import { z } from 'zod';
import { IsoInstantSchema } from './dates';

/** Why a backup was taken; the automatic ones are pruned by the retention policy. */
export const BACKUP_REASONS = ['daily', 'manual', 'before-migration', 'before-restore', 'before-rules-adoption'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** What a backup or an export holds, counted per kind of record, so a person can pick the right one. */
export const RecordCountsSchema = z.object({
  tracks: z.number().int().min(0),
  credentials: z.number().int().min(0),
  experience: z.number().int().min(0),
  training: z.number().int().min(0),
  ceActivities: z.number().int().min(0),
  studySessions: z.number().int().min(0),
  practiceResults: z.number().int().min(0),
  customCertifications: z.number().int().min(0),
  evidenceFiles: z.number().int().min(0),
  // Flashcards (issue 13); archives written before they existed count none.
  flashcardDecks: z.number().int().min(0).default(0),
  flashcards: z.number().int().min(0).default(0),
  flashcardReviews: z.number().int().min(0).default(0),
  cardImages: z.number().int().min(0).default(0),
});
export type RecordCounts = z.infer<typeof RecordCountsSchema>;

/** A backup file name as Certplan writes it; the only ids the backup methods accept. */
export const BackupIdSchema = z
  .string({ error: 'Choose a backup' })
  .regex(/^certplan-backup-[0-9TZ-]+-[a-z-]+\.zip$/, 'Not a Certplan backup in the backups folder');

export const BackupSummarySchema = z.object({
  id: BackupIdSchema,
  createdAt: IsoInstantSchema,
  reason: z.enum(BACKUP_REASONS),
  /** A short addition to the reason, e.g. "to database version 6" or the track whose rules changed. */
  detail: z.string(),
  sizeBytes: z.number().int().min(0),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(0),
  counts: RecordCountsSchema,
  /** Evidence files the database referred to that were missing from the store when it was taken. */
  missingEvidence: z.number().int().min(0),
});
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

/** How many automatic backups to keep: the newest of each of the last N days, weeks and months. */
export const BackupPolicySchema = z.strictObject({
  daily: z.number({ error: 'Enter a number of days' }).int('Whole days only').min(1, 'Keep at least 1 daily backup').max(60, 'At most 60'),
  weekly: z.number({ error: 'Enter a number of weeks' }).int('Whole weeks only').min(0, 'Cannot be negative').max(52, 'At most 52'),
  monthly: z.number({ error: 'Enter a number of months' }).int('Whole months only').min(0, 'Cannot be negative').max(120, 'At most 120'),
});
export type BackupPolicy = z.infer<typeof BackupPolicySchema>;

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { daily: 7, weekly: 4, monthly: 12 };

/** The last restore, so it can be undone by restoring the backup taken just before it. */
export const LastRestoreSchema = z.object({
  restoredAt: IsoInstantSchema,
  fromLabel: z.string(),
  undoBackupId: BackupIdSchema,
});
export type LastRestore = z.infer<typeof LastRestoreSchema>;

/** Where a restore or import candidate comes from: a backup in the folder, the newest good one, or an uploaded file. */
export const ArchiveSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('backup'), id: BackupIdSchema }),
    z.strictObject({ kind: z.literal('newest') }),
    z.strictObject({ kind: z.literal('upload'), uploadId: z.uuid('Not an upload id') }),
  ],
  { error: 'Say which backup: { kind: "backup", id }, { kind: "newest" } or { kind: "upload", uploadId }' },
);
export type ArchiveSource = z.infer<typeof ArchiveSourceSchema>;

/** A candidate that passed every check, described next to what is there now. */
export const ArchivePreviewSchema = z.object({
  kind: z.enum(['backup', 'export']),
  label: z.string(),
  createdAt: IsoInstantSchema,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  counts: RecordCountsSchema,
  /** Null when the current data cannot be read (recovery mode). */
  current: RecordCountsSchema.nullable(),
  /** The checks it passed, in plain words. */
  checks: z.array(z.string()),
  /** Anything the person should know before going ahead (skipped damaged backups, missing evidence). */
  warnings: z.array(z.string()),
  /** The backup chosen, for `newest` sources; restore with this id to get exactly what was previewed. */
  backupId: BackupIdSchema.nullable(),
});
export type ArchivePreview = z.infer<typeof ArchivePreviewSchema>;

/** One piece of a file travelling between the renderer and the core as base64 inside JSON. */
export const FileChunkSchema = z.object({
  contentBase64: z.string(),
  offset: z.number().int().min(0),
  totalBytes: z.number().int().min(0),
  done: z.boolean(),
});
export type FileChunk = z.infer<typeof FileChunkSchema>;

/** Bytes per chunk: small enough for one request, large enough that a big archive is a few dozen calls. */
export const TRANSFER_CHUNK_BYTES = 4 * 1024 * 1024;
/** Largest archive accepted for a restore or an import. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export const RecoveryStatusSchema = z.object({
  active: z.boolean(),
  /** `damaged`: the file fails SQLite's checks; `empty`: it is 0 bytes (a disk filled up, a copy went wrong). */
  problem: z.enum(['damaged', 'empty']).nullable(),
  /** What happened, in plain words. */
  message: z.string(),
  /** SQLite's own report, for a support question. */
  detail: z.string(),
  databaseFile: z.string(),
  backupCount: z.number().int().min(0),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatusSchema>;
