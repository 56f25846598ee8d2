import type { BackupService } from '../services/backups/backupService';
import type { ExportImportService } from '../services/backups/exportImportService';
import type { FileTransfers } from '../services/backups/fileTransfers';
import type { RecoveryService } from '../services/backups/recoveryService';
import type { RestoreService } from '../services/backups/restoreService';
import type { AreaHandlers } from './handlers';
import type { backupMethods } from '../../../shared/contract/backups';

export type BackupMethod = keyof typeof backupMethods;

export interface BackupServices {
  backups: BackupService;
  restores: RestoreService;
  transfers: FileTransfers;
  exports: ExportImportService;
  recovery: RecoveryService;
}

/** These work in both modes: a damaged database is exactly when a person needs them. */
export function backupHandlers({ backups, restores, transfers, exports, recovery }: BackupServices): AreaHandlers<BackupMethod> {
  return {
    'backups:list': () => backups.list(),
    'backups:create': ({ saveAs }) => backups.create(saveAs),
    'backups:remove': ({ id }) => backups.remove(id),
    'backups:preview-policy': async ({ policy }) => ({ wouldRemove: await backups.previewPolicy(policy) }),
    'backups:set-policy': ({ policy }) => backups.setPolicy(policy),
    'backups:get-chunk': ({ id, offset }) => backups.chunk(id, offset),
    'backups:preview-restore': ({ source }) => restores.preview(source),
    'backups:restore': ({ source }) => restores.restore(source),
    'uploads:begin': ({ fileName, sizeBytes }) => transfers.beginUpload(fileName, sizeBytes),
    'uploads:append': ({ uploadId, offset, contentBase64 }) => transfers.append(uploadId, offset, contentBase64),
    'uploads:discard': ({ uploadId }) => transfers.discardUpload(uploadId),
    'data:export': () => exports.export(),
    'data:get-chunk': ({ downloadId, offset }) => exports.chunk(downloadId, offset),
    'data:preview-import': ({ uploadId }) => exports.previewImport(uploadId),
    'data:import': ({ uploadId }) => exports.import(uploadId),
    'recovery:status': () => recovery.status(),
    'recovery:start-fresh': () => recovery.startFresh(),
    'recovery:export-readable': () => recovery.exportReadable(),
  };
}
