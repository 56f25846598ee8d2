import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RecoveryStatus } from '../../../../shared/schemas/backups';
import { createDatabaseFile } from '../../db/connection';
import { ruleViolation } from '../../errors';
import type { BackupFolder } from './backupFolder';
import type { DataFolderControl } from './dataFolderControl';
import type { ExportImportService, OfferedDownload } from './exportImportService';
import type { FileTransfers } from './fileTransfers';

export interface RecoveryProblem {
  problem: 'damaged' | 'empty';
  detail: string;
}

const MESSAGES: Record<RecoveryProblem['problem'], string> = {
  damaged:
    'Certplan’s data file is damaged, so Certplan stopped before changing anything in it. You can restore a backup, save what can still be read, or move the damaged file aside and start fresh. The damaged file is never changed or deleted.',
  empty:
    'Certplan’s data file is empty (0 bytes). This happens when a disk fills up or a copy goes wrong. If you expected your records here, restore a backup; if this is a new installation, start with a new, empty data file.',
};

/**
 * The recovery screen's actions while the database cannot be used. The damaged file is only
 * ever opened read-only here, and moved aside (renamed, never rewritten) when the person starts
 * fresh or restores.
 */
export class RecoveryService {
  #problem: RecoveryProblem | null = null;

  constructor(
    private readonly control: DataFolderControl,
    private readonly folder: BackupFolder,
    private readonly exports: ExportImportService,
    private readonly transfers: FileTransfers,
  ) {}

  /** Set by the core when it enters or leaves recovery mode. */
  setProblem(problem: RecoveryProblem | null): void {
    this.#problem = problem;
  }

  async status(): Promise<RecoveryStatus> {
    const problem = this.#problem;
    return {
      active: problem !== null,
      problem: problem?.problem ?? null,
      message: problem ? MESSAGES[problem.problem] : '',
      detail: problem?.detail ?? '',
      databaseFile: this.control.databaseFile,
      backupCount: (await this.folder.list()).length,
    };
  }

  /** One line for a host's log or terminal. */
  summary(): string | null {
    const problem = this.#problem;
    if (!problem) return null;
    return problem.problem === 'empty'
      ? `The data file ${this.control.databaseFile} is empty (0 bytes); Certplan is waiting for you to restore a backup or start fresh.`
      : `The data file ${this.control.databaseFile} is damaged (${problem.detail}); Certplan opened its recovery screen and changed nothing.`;
  }

  async startFresh(): Promise<{ movedAsideTo: string }> {
    this.#requireRecovery();
    return this.control.exclusive(async () => {
      mkdirSync(this.transfers.stagingDir, { recursive: true, mode: 0o700 });
      const fresh = join(this.transfers.stagingDir, 'fresh.sqlite3');
      createDatabaseFile(fresh, this.control.migrations);
      const { movedAsideTo } = await this.control.replaceDatabase(fresh, 'move-aside');
      return { movedAsideTo: movedAsideTo ?? '' };
    });
  }

  /** Everything that can still be read from the damaged file, as an export archive (read-only). */
  async exportReadable(): Promise<OfferedDownload & { problems: string[] }> {
    const problem = this.#requireRecovery();
    if (problem.problem === 'empty') throw ruleViolation('The data file is empty: there is nothing in it to save.', [{ path: '', message: 'Nothing to export' }]);
    return this.control.exclusive(async () => {
      let db: Database.Database;
      try {
        db = new Database(this.control.databaseFile, { readonly: true, fileMustExist: true });
      } catch (error) {
        throw ruleViolation(`Nothing could be read from the damaged file (${error instanceof Error ? error.message : 'unreadable'}).`, [{ path: '', message: 'Unreadable' }]);
      }
      try {
        const { tablesRead, problems, ...download } = await this.exports.exportFrom(db, 'certplan-rescued');
        if (tablesRead === 0) {
          this.transfers.discardDownload(download.downloadId);
          throw ruleViolation(`Nothing could be read from the damaged file (${problems[0] ?? 'unreadable'}). Restore a backup instead.`, [{ path: '', message: 'Unreadable' }]);
        }
        return { ...download, problems };
      } finally {
        db.close();
      }
    });
  }

  #requireRecovery(): RecoveryProblem {
    if (!this.#problem) {
      throw ruleViolation('Certplan is not in recovery mode: your data file is fine.', [{ path: '', message: 'Only in recovery mode' }]);
    }
    return this.#problem;
  }
}
