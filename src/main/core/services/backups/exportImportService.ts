import { format } from 'date-fns';
import type { ArchivePreview, FileChunk, RecordCounts } from '../../../../shared/schemas/backups';
import type { Db } from '../../db/connection';
import { AppFailure, ruleViolation } from '../../errors';
import { isDiskFull } from '../../fileSafety';
import { holdsNoPersonRecords } from './databaseContents';
import type { DataFolderControl } from './dataFolderControl';
import type { FileTransfers } from './fileTransfers';
import { installContent } from './contentFolders';
import type { RestoreService } from './restoreService';
import { writeExportArchive } from './writeExportArchive';

export interface OfferedDownload {
  downloadId: string;
  fileName: string;
  sizeBytes: number;
}

/**
 * Export everything as an open archive, and import such an archive into an empty data folder
 * (a new computer) with a preview and the same all-or-nothing rule as a restore.
 */
export class ExportImportService {
  constructor(
    private readonly control: DataFolderControl,
    private readonly restores: RestoreService,
    private readonly transfers: FileTransfers,
  ) {}

  async export(): Promise<OfferedDownload> {
    const db = this.control.database();
    if (!db) throw new AppFailure('storage', 'The data file is damaged: use “Export what can still be read” on the recovery screen.');
    return this.control.exclusive(async () => {
      const { downloadId, fileName, sizeBytes } = await this.exportFrom(db, 'certplan-export');
      return { downloadId, fileName, sizeBytes };
    });
  }

  /** Also used by the recovery screen on a damaged database opened read-only. */
  async exportFrom(db: Db, baseName: string): Promise<OfferedDownload & { problems: string[]; tablesRead: number }> {
    const now = this.control.now();
    const file = this.transfers.newDownloadFile();
    try {
      const manifest = await writeExportArchive({ db, dataDir: this.control.dataDir, target: file, now, appVersion: this.control.appVersion });
      const offered = this.transfers.offerDownload(file, `${baseName}-${format(now, 'yyyy-MM-dd')}.zip`, true);
      return { ...offered, problems: manifest.problems, tablesRead: manifest.tables.length };
    } catch (error) {
      if (isDiskFull(error)) throw new AppFailure('storage', 'The disk is full, so the export could not be written. Free some space and try again.');
      throw error;
    }
  }

  chunk(downloadId: string, offset: number): FileChunk {
    return this.transfers.readDownload(downloadId, offset);
  }

  async previewImport(uploadId: string): Promise<ArchivePreview & { targetIsEmpty: boolean }> {
    return this.control.exclusive(async () => {
      const upload = this.transfers.completedUpload(uploadId);
      const candidate = await this.restores.stage(upload.file, 'uploadId', 'export');
      try {
        return { ...this.restores.describe(candidate, `the export ${upload.fileName}`, null, []), targetIsEmpty: this.#targetIsEmpty() };
      } finally {
        await candidate.discard();
      }
    });
  }

  async import(uploadId: string): Promise<{ imported: RecordCounts }> {
    return this.control.exclusive(async () => {
      if (!this.#targetIsEmpty()) {
        throw ruleViolation(
          'This data folder already holds records. Import goes into an empty one (a new computer, or Certplan started with a new data folder); to go back to earlier data here, restore a backup.',
          [{ path: 'uploadId', message: 'The data folder is not empty' }],
        );
      }
      const upload = this.transfers.completedUpload(uploadId);
      const candidate = await this.restores.stage(upload.file, 'uploadId', 'export');
      try {
        installContent(candidate.folder, this.control.dataDir);
        await this.control.replaceDatabase(candidate.databaseFile, this.control.database() ? 'replace' : 'move-aside');
        this.transfers.finishUpload(uploadId);
        return { imported: candidate.counts };
      } finally {
        await candidate.discard();
      }
    });
  }

  /** Nothing the person entered is here; in recovery mode the damaged file is moved aside, not replaced. */
  #targetIsEmpty(): boolean {
    const db = this.control.database();
    return db === null || holdsNoPersonRecords(db);
  }
}
