import { useRef, useState } from 'react';
import type { BackupSummary } from '../../../../shared/schemas/backups';
import { useApi, useStores } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { downloadArchive } from '../../../files/transferArchive';
import { formatInstantDate, formatInstantTime } from '../../../format/dates';
import { formatFileSize } from '../../../format/fileSize';
import { useCall } from '../../../hooks/useCall';
import { ArchivePreviewDialog } from './ArchivePreviewDialog';
import { BACKUP_REASON_LABELS, describeCounts } from './backupLabels';
import { BackupPolicyForm } from './BackupPolicyForm';
import { useRestoreFlow } from './useRestoreFlow';
import { TableScroll } from '../../../components/TableScroll';

/**
 * Settings › Backups: every backup with its date, reason, size and what it holds; "Back up now";
 * saving one elsewhere; restore with a preview (from the list or from a file); undoing the last
 * restore; and the keeping policy.
 */
export function BackupsSection() {
  const api = useApi();
  const { notices } = useStores();
  const fileInput = useRef<HTMLInputElement>(null);
  const { state, reload } = useCall('backups:list', () => api['backups:list']({}), ['backups']);
  const restore = useRestoreFlow();
  const [working, setWorking] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<BackupSummary | null>(null);

  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading backups…" />;
  const { backups, lastRestore, canSaveAs, folder } = state.data;
  const busy = working !== null || restore.busy;
  const say = (kind: 'success' | 'error', message: string) => notices.getState().show({ kind, message });

  const backUpNow = async () => {
    setWorking('Backing up: copying the database and evidence files, then checking the copy…');
    const result = await api['backups:create']({});
    setWorking(null);
    if (result.ok && result.data.backup) say('success', `Backed up: ${describeCounts(result.data.backup.counts)}`);
    else if (!result.ok) say('error', result.error.message);
  };

  const saveElsewhere = async () => {
    setWorking('Choose where to save the backup…');
    const result = await api['backups:create']({ saveAs: true });
    setWorking(null);
    if (!result.ok) say('error', result.error.message);
    else if (result.data.savedTo) say('success', `Backup saved to ${result.data.savedTo.path}`);
  };

  const download = async (backup: BackupSummary) => {
    setWorking(`Preparing ${backup.id}…`);
    const result = await downloadArchive((offset) => api['backups:get-chunk']({ id: backup.id, offset }), backup.id, (f) => setWorking(`Preparing the download… ${Math.round(f * 100)}%`));
    setWorking(null);
    if (!result.ok) say('error', result.error.message);
  };

  const downloadNew = async () => {
    setWorking('Backing up…');
    const result = await api['backups:create']({});
    if (!result.ok || !result.data.backup) {
      setWorking(null);
      if (!result.ok) say('error', result.error.message);
      return;
    }
    await download(result.data.backup);
  };

  const remove = async (backup: BackupSummary) => {
    setDeleting(null);
    const result = await api['backups:remove']({ id: backup.id });
    say(result.ok ? 'success' : 'error', result.ok ? 'Backup deleted' : result.error.message);
  };

  const status = working ?? restore.status;
  return (
    <section className="section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="section-lead muted">
        Certplan backs up your records and evidence files every day, before every update and restore, and whenever you ask. Each backup is checked after it is written.
      </p>
      {lastRestore ? (
        <div className="callout callout-info" role="status">
          <span>
            On {formatInstantDate(lastRestore.restoredAt)} at {formatInstantTime(lastRestore.restoredAt)} you restored {lastRestore.fromLabel}. Your data from before was kept.
          </span>
          <button type="button" className="button" disabled={busy} onClick={() => void restore.check({ kind: 'backup', id: lastRestore.undoBackupId })}>
            Undo the restore
          </button>
        </div>
      ) : null}
      <div className="inline-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void backUpNow()}>
          Back up now
        </button>
        {canSaveAs ? (
          <button type="button" className="button" disabled={busy} onClick={() => void saveElsewhere()}>
            Save a backup as…
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void downloadNew()}>
            Download a backup
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Restore from a file…
        </button>
        <input
          ref={fileInput}
          hidden
          type="file"
          accept=".zip,application/zip"
          aria-label="Backup file to restore"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void restore.checkFile(file);
          }}
        />
      </div>
      {status ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {status}
        </p>
      ) : null}
      {restore.error ? <ErrorMessage error={restore.error} /> : null}
      {backups.length === 0 ? (
        <EmptyState title="No backups yet">The first daily backup is taken on the first start of a day once you have records; or back up now.</EmptyState>
      ) : (
        <TableScroll label="Backups">
        <table className="data-table backup-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Holds</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const when = `${formatInstantDate(backup.createdAt)} ${formatInstantTime(backup.createdAt)}`;
              return (
                <tr key={backup.id}>
                  <th scope="row">{when}</th>
                  <td>
                    {BACKUP_REASON_LABELS[backup.reason]}
                    {backup.detail && backup.reason !== 'manual' ? <span className="field-hint">{backup.detail}</span> : null}
                  </td>
                  <td>
                    {describeCounts(backup.counts)}
                    {backup.missingEvidence > 0 ? <span className="field-hint">{backup.missingEvidence} evidence file(s) were already missing</span> : null}
                  </td>
                  <td className="num">{formatFileSize(backup.sizeBytes)}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small" disabled={busy} aria-label={`Restore the backup of ${when}`} onClick={() => void restore.check({ kind: 'backup', id: backup.id })}>
                      Restore…
                    </button>
                    <button type="button" className="button button-small" disabled={busy} aria-label={`Save a copy of the backup of ${when}`} onClick={() => void download(backup)}>
                      Save a copy
                    </button>
                    <button type="button" className="button button-small button-danger" disabled={busy} aria-label={`Delete the backup of ${when}`} onClick={() => setDeleting(backup)}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </TableScroll>
      )}
      <p className="field-hint">
        Kept in <code>{folder}</code>. Copy them elsewhere (another disk, a cloud folder) to survive losing this computer.
      </p>
      <BackupPolicyForm policy={state.data.policy} />
      <ArchivePreviewDialog preview={restore.preview} action="restore" busy={restore.busy} onConfirm={() => void restore.confirm()} onCancel={restore.cancel} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this backup?"
        confirmLabel="Delete backup"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        <p>{deleting ? `The backup of ${formatInstantDate(deleting.createdAt)} ${formatInstantTime(deleting.createdAt)} (${describeCounts(deleting.counts)}) is removed from the backups folder. Your current data is not affected.` : null}</p>
      </ConfirmDialog>
    </section>
  );
}
