import { useState } from 'react';
import type { ArchivePreview, ArchiveSource } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { useApi } from '../../../app/AppContext';
import { uploadArchive } from '../../../files/transferArchive';
import { reloadWithNotice } from '../../../app/reloadWithNotice';

export interface RestoreFlow {
  preview: ArchivePreview | null;
  /** What is happening now, for a status line ("Checking the backup…", "Uploading… 40%"). */
  status: string | null;
  error: AppError | null;
  busy: boolean;
  check(source: ArchiveSource): Promise<void>;
  checkFile(file: File): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

/**
 * Restore with a preview, shared by the backups screen and the recovery screen: check the
 * candidate in full (nothing changes), show what it holds, and only on confirmation replace the
 * data — then reload, so every screen shows the restored records.
 */
export function useRestoreFlow(): RestoreFlow {
  const api = useApi();
  const [preview, setPreview] = useState<ArchivePreview | null>(null);
  const [source, setSource] = useState<ArchiveSource | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (next: ArchiveSource) => {
    setError(null);
    setBusy(true);
    setStatus('Checking the backup: every file, SQLite’s integrity check, and an upgrade on a temporary copy…');
    const result = await api['backups:preview-restore']({ source: next });
    setBusy(false);
    setStatus(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // Restore exactly the backup that was checked (the newest good one may change later).
    setSource(result.data.backupId ? { kind: 'backup', id: result.data.backupId } : next);
    setPreview(result.data);
  };

  const checkFile = async (file: File) => {
    setError(null);
    setBusy(true);
    const uploaded = await uploadArchive(api, file, (f) => setStatus(`Reading ${file.name}… ${Math.round(f * 100)}%`));
    setBusy(false);
    if (!uploaded.ok) {
      setStatus(null);
      setError(uploaded.error);
      return;
    }
    await check({ kind: 'upload', uploadId: uploaded.data.uploadId });
  };

  const confirm = async () => {
    if (!source || !preview) return;
    setBusy(true);
    setStatus('Restoring…');
    const result = await api['backups:restore']({ source });
    if (!result.ok) {
      setBusy(false);
      setStatus(null);
      setPreview(null);
      setError(result.error);
      return;
    }
    reloadWithNotice(
      result.data.undoBackupId
        ? `Restored ${result.data.restoredFrom}. Your data from before is kept as a backup: undo the restore from Settings.`
        : `Restored ${result.data.restoredFrom}.${result.data.movedAsideTo ? ` The damaged file was kept as ${result.data.movedAsideTo}.` : ''}`,
    );
  };

  return {
    preview,
    status,
    error,
    busy,
    check,
    checkFile,
    confirm,
    cancel: () => {
      setPreview(null);
      setSource(null);
    },
  };
}
