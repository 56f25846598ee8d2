import { format } from 'date-fns';
import type { ArchivePreview, ArchiveSource, BackupSummary } from '../../../../shared/schemas/backups';
import { AppFailure } from '../../errors';
import { isDiskFull } from '../../fileSafety';
import { ArchiveError } from './archiveError';
import type { BackupService } from './backupService';
import { installContent } from './contentFolders';
import { countRecords } from './databaseContents';
import type { DataFolderControl } from './dataFolderControl';
import type { FileTransfers } from './fileTransfers';
import { type StagedCandidate, stageArchive } from './stagedCandidate';
import { formatDayForPeople } from '../../peopleDates';

export interface RestoreResult {
  restoredFrom: string;
  /** Restore this backup to undo the restore; null when the old data was damaged (moved aside instead). */
  undoBackupId: string | null;
  movedAsideTo: string | null;
}

/**
 * Restore with a preview: the candidate is checked in full in a staging folder first (see
 * stagedCandidate.ts); only a candidate that passes is shown, and a restore re-checks it, keeps
 * the current data as a backup (so the restore can itself be undone), and swaps the database by
 * rename. A candidate that fails any check is refused with the reason and nothing changes.
 */
export class RestoreService {
  constructor(
    private readonly control: DataFolderControl,
    private readonly backups: BackupService,
    private readonly transfers: FileTransfers,
  ) {}

  async preview(source: ArchiveSource): Promise<ArchivePreview> {
    return this.control.exclusive(async () => {
      const { candidate, label, backupId, skipped } = await this.#stage(source);
      try {
        return this.describe(candidate, label, backupId, skipped);
      } finally {
        await candidate.discard();
      }
    });
  }

  async restore(source: ArchiveSource): Promise<RestoreResult> {
    return this.control.exclusive(async () => {
      const { candidate, label } = await this.#stage(source);
      try {
        const db = this.control.database();
        const undo = db ? await this.backups.writeIntoFolder(db, 'before-restore', `before restoring ${label}`) : null;
        installContent(candidate.folder, this.control.dataDir);
        const { movedAsideTo } = await this.control.replaceDatabase(candidate.databaseFile, db ? 'replace' : 'move-aside');
        if (undo) this.backups.folder.writeLastRestore({ restoredAt: this.control.now().toISOString(), fromLabel: label, undoBackupId: undo.id });
        if (source.kind === 'upload') this.transfers.finishUpload(source.uploadId);
        return { restoredFrom: label, undoBackupId: undo?.id ?? null, movedAsideTo };
      } finally {
        await candidate.discard();
      }
    });
  }

  describe(candidate: StagedCandidate, label: string, backupId: string | null, skipped: string[]): ArchivePreview {
    const db = this.control.database();
    return {
      kind: candidate.archive.kind,
      label,
      createdAt: candidate.archive.manifest.createdAt,
      appVersion: candidate.archive.manifest.appVersion,
      schemaVersion: candidate.archive.manifest.schemaVersion,
      counts: candidate.counts,
      current: db ? countRecords(db) : null,
      checks: candidate.checks,
      warnings: [...skipped, ...candidate.warnings],
      backupId,
    };
  }

  /** Finds and checks the candidate; `newest` walks back from the newest backup to the first good one. */
  async #stage(source: ArchiveSource): Promise<{ candidate: StagedCandidate; label: string; backupId: string | null; skipped: string[] }> {
    if (source.kind === 'upload') {
      const upload = this.transfers.completedUpload(source.uploadId);
      return { candidate: await this.stage(upload.file, 'source'), label: `the file ${upload.fileName}`, backupId: null, skipped: [] };
    }
    const list: BackupSummary[] = source.kind === 'backup' ? [await this.backups.folder.require(source.id)] : await this.backups.folder.list();
    if (list.length === 0) throw new AppFailure('not_found', 'There are no backups in the backups folder yet', [{ path: 'source', message: 'No backups yet' }]);
    const skipped: string[] = [];
    for (const backup of list) {
      try {
        const candidate = await this.stage(this.backups.folder.pathOf(backup.id), source.kind === 'backup' ? 'source.id' : 'source');
        return { candidate, label: backupLabel(backup), backupId: backup.id, skipped };
      } catch (error) {
        if (source.kind === 'backup' || !(error instanceof AppFailure) || error.code !== 'rule_violation') throw error;
        skipped.push(`Skipped ${backupLabel(backup)}: ${error.message}`);
      }
    }
    throw new AppFailure('rule_violation', `None of the ${list.length} backups passed the checks. ${skipped.join(' ')}`, [{ path: 'source', message: 'No backup passed the checks' }]);
  }

  /** Stages an archive for restore or import; an ArchiveError becomes a refusal naming the field. */
  async stage(file: string, field: string, accept: 'backup' | 'export' = 'backup'): Promise<StagedCandidate> {
    try {
      return await stageArchive(file, { stagingRoot: this.transfers.stagingDir, migrations: this.control.migrations, accept });
    } catch (error) {
      if (error instanceof ArchiveError) throw new AppFailure('rule_violation', error.message, [{ path: field, message: error.message }]);
      if (isDiskFull(error)) throw new AppFailure('storage', 'The disk is full, so the backup could not be checked. Free some space and try again; nothing was changed.');
      throw error;
    }
  }
}

const REASON_WORDS: Record<BackupSummary['reason'], string> = {
  daily: 'daily backup',
  manual: 'backup you made',
  'before-migration': 'backup taken before an update',
  'before-restore': 'backup taken before a restore',
  'before-rules-adoption': 'backup taken before new rules',
};

/** "the daily backup of 11/25/2026 10:00", in the person's local time, dates written as everywhere else. */
export function backupLabel(backup: BackupSummary): string {
  const at = new Date(backup.createdAt);
  return `the ${REASON_WORDS[backup.reason]} of ${formatDayForPeople(format(at, 'yyyy-MM-dd'))} ${format(at, 'HH:mm')}`;
}
