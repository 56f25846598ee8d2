import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BackupPolicy,
  BackupPolicySchema,
  type BackupReason,
  type BackupSummary,
  DEFAULT_BACKUP_POLICY,
  type FileChunk,
  type LastRestore,
  type RecordCounts,
} from '../../../../shared/schemas/backups';
import type { Db } from '../../db/connection';
import { KeyValueRepository } from '../../db/repositories/keyValueRepository';
import { AppFailure, ruleViolation } from '../../errors';
import { isDiskFull } from '../../fileSafety';
import { localDateOf } from '../../clock';
import { ArchiveError } from './archiveError';
import type { BackupManifest } from './archiveManifest';
import { BackupFolder, backupFileName } from './backupFolder';
import { databaseFingerprint, holdsNoPersonRecords } from './databaseContents';
import type { DataFolderControl } from './dataFolderControl';
import { readChunk } from './fileTransfers';
import { writeBackupArchive } from './writeBackupArchive';

const POLICY_KEY = 'backupPolicy';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupCreated {
  backup: BackupSummary | null;
  savedTo: { path: string; sizeBytes: number; counts: RecordCounts } | null;
  cancelled: boolean;
}

export interface BackupList {
  backups: BackupSummary[];
  policy: BackupPolicy;
  lastRestore: LastRestore | null;
  folder: string;
  /** The desktop app can save a backup anywhere with a save dialog; the browser downloads instead. */
  canSaveAs: boolean;
}

/**
 * Backups as a person sees them: automatic ones (daily, before a migration, a restore or a rules
 * adoption), "Back up now", the list with what each holds, and the policy that prunes them.
 * Restores live in restoreService.ts; both share the folder and the archive format.
 */
export class BackupService {
  readonly folder: BackupFolder;
  /** When the daily check last found nothing to do (unchanged data), so it does not recheck every minute. */
  #dailyCheckedAt: number | null = null;
  #dailyRunning = false;

  constructor(private readonly control: DataFolderControl) {
    this.folder = new BackupFolder(control.dataDir);
  }

  async list(): Promise<BackupList> {
    const backups = await this.folder.list();
    return {
      backups,
      policy: this.policy(),
      lastRestore: this.lastRestore(backups),
      folder: this.folder.dir,
      canSaveAs: this.control.hostServices.chooseSaveLocation !== undefined,
    };
  }

  policy(): BackupPolicy {
    const db = this.control.database();
    const stored = db ? new KeyValueRepository(db, 'settings').get(POLICY_KEY) : undefined;
    if (stored === undefined) return DEFAULT_BACKUP_POLICY;
    const parsed = BackupPolicySchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_BACKUP_POLICY;
  }

  previewPolicy(policy: BackupPolicy): Promise<BackupSummary[]> {
    return this.folder.prunable(policy);
  }

  async setPolicy(policy: BackupPolicy): Promise<BackupList> {
    const db = this.requireDatabase('policy');
    new KeyValueRepository(db, 'settings').set(POLICY_KEY, JSON.stringify(policy));
    await this.control.exclusive(() => this.folder.prune(policy));
    return this.list();
  }

  remove(id: string): { id: string } {
    this.folder.remove(id);
    return { id };
  }

  chunk(id: string, offset: number): FileChunk {
    return readChunk(this.folder.pathOf(id), offset, 'id');
  }

  /** "Back up now": into the backups folder, or (desktop) wherever the person chooses. */
  async create(saveAs: boolean): Promise<BackupCreated> {
    const db = this.requireDatabase('saveAs');
    const choose = this.control.hostServices.chooseSaveLocation;
    if (saveAs && !choose) {
      throw ruleViolation('Saving a backup elsewhere needs the desktop app; in the browser, download it from the list', [
        { path: 'saveAs', message: 'Only the desktop app can choose where to save' },
      ]);
    }
    if (saveAs && choose) {
      const now = this.control.now();
      const target = await choose({ title: 'Save a Certplan backup', defaultFileName: backupFileName(now, 'manual') });
      if (target === null) return { backup: null, savedTo: null, cancelled: true };
      const manifest = await this.control.exclusive(() => this.#write(db, 'manual', 'saved by you', target));
      return { backup: null, savedTo: { path: target, sizeBytes: statSync(target).size, counts: manifest.counts }, cancelled: false };
    }
    const backup = await this.control.exclusive(() => this.writeIntoFolder(db, 'manual', 'made by you'));
    return { backup, savedTo: null, cancelled: false };
  }

  /**
   * For other slices (a catalog rules adoption): a backup of the data as it is now, before a
   * change. Throws an AppFailure when it cannot be written, so the change does not go ahead.
   */
  async takeAutomaticBackup(reason: Exclude<BackupReason, 'manual' | 'daily'>, detail: string): Promise<BackupSummary> {
    const db = this.requireDatabase('');
    return this.control.exclusive(() => this.writeIntoFolder(db, reason, detail));
  }

  /**
   * Writes a backup into the folder and prunes by the policy. Callers already inside
   * `exclusive` (a restore, opening a database that needs migrating) call this directly.
   */
  async writeIntoFolder(db: Db, reason: BackupReason, detail: string): Promise<BackupSummary> {
    const id = this.folder.freshName(this.control.now(), reason);
    const manifest = await this.#write(db, reason, detail, join(this.folder.dir, id));
    const summary = this.folder.remember(id, manifest);
    await this.folder.prune(this.policy()).catch((error: unknown) => this.control.log('Pruning old backups failed', error));
    return summary;
  }

  /**
   * The daily backup: at the first start of a day (no backup yet today) and every 24 hours
   * while running. Skipped for an app with nothing in it, and when nothing changed since the
   * newest backup (same fingerprint) — a new copy of the same data would only take space.
   */
  runDailyIfDue(db: Db | null = this.control.database()): void {
    if (!db || this.#dailyRunning || this.control.busy()) return;
    const now = this.control.now();
    if (this.#dailyCheckedAt !== null && now.getTime() - this.#dailyCheckedAt < DAY_MS) return;
    // An app with nothing in it has nothing to keep (decided now, not after the folder is read).
    if (holdsNoPersonRecords(db)) {
      this.#dailyCheckedAt = now.getTime();
      return;
    }
    this.#dailyRunning = true;
    void this.#daily(db, now)
      .catch((error: unknown) => this.control.log('The daily backup failed', error))
      .finally(() => {
        this.#dailyRunning = false;
      });
  }

  async #daily(db: Db, now: Date): Promise<void> {
    const newest = (await this.folder.list())[0];
    const newestAt = newest ? new Date(newest.createdAt) : null;
    const firstLook = this.#dailyCheckedAt === null;
    const due = !newestAt || (firstLook ? localDateOf(newestAt) !== localDateOf(now) : now.getTime() - newestAt.getTime() >= DAY_MS);
    if (!due && newestAt) {
      // Next look: 24 hours after the newest backup.
      this.#dailyCheckedAt = newestAt.getTime();
      return;
    }
    this.#dailyCheckedAt = now.getTime();
    if (this.control.database() !== db) return;
    if (newest && (await this.#fingerprintOf(newest.id)) === databaseFingerprint(db)) return;
    await this.control.exclusive(() => this.writeIntoFolder(db, 'daily', ''));
  }

  async #fingerprintOf(id: string): Promise<string | null> {
    return (await this.folder.manifest(id))?.fingerprint ?? null;
  }

  /** The restore that can still be undone: its record, while the backup taken before it exists. */
  lastRestore(backups: readonly BackupSummary[]): LastRestore | null {
    const record = this.folder.readLastRestore();
    return record && backups.some((b) => b.id === record.undoBackupId) ? record : null;
  }

  async #write(db: Db, reason: BackupReason, detail: string, target: string): Promise<BackupManifest> {
    try {
      mkdirSync(this.folder.dir, { recursive: true, mode: 0o700 });
      return await writeBackupArchive({
        db,
        dataDir: this.control.dataDir,
        target,
        workDir: this.folder.dir,
        reason,
        detail,
        now: this.control.now(),
        appVersion: this.control.appVersion,
      });
    } catch (error) {
      if (isDiskFull(error)) throw new AppFailure('storage', 'The disk is full, so the backup could not be written. Free some space and try again; nothing was changed.');
      if (error instanceof ArchiveError) throw new AppFailure('storage', `The backup could not be written: ${error.message}`);
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
        throw new AppFailure('storage', `Certplan could not write the backup into ${this.folder.dir} (${code}). Nothing was changed.`);
      }
      throw error;
    }
  }

  requireDatabase(field: string): Db {
    const db = this.control.database();
    if (!db) {
      throw new AppFailure('storage', 'The data file is damaged, so there is nothing to back up. Restore a backup or start fresh from the recovery screen.', field ? [{ path: field, message: 'Not available in recovery mode' }] : undefined);
    }
    return db;
  }
}
