import { useState } from 'react';
import type { RecoveryStatus } from '../../../shared/schemas/backups';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../app/AppContext';
import { reloadWithNotice } from '../../app/reloadWithNotice';
import { useApplyTheme } from '../../app/useTheme';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notices } from '../../components/Notices';
import { PageHeader } from '../../components/PageHeader';
import { downloadArchive } from '../../files/transferArchive';
import { ArchivePreviewDialog } from '../settings/backups/ArchivePreviewDialog';
import { useRestoreFlow } from '../settings/backups/useRestoreFlow';

/**
 * What a person sees instead of the app when the data file is damaged or empty: what happened
 * in plain words, and the ways out — restore the newest good backup (with its preview), save
 * what can still be read, or move the file aside and start fresh. Nothing here modifies the
 * damaged file.
 */
export function RecoveryView({ status }: { status: RecoveryStatus }) {
  const api = useApi();
  useApplyTheme('system');
  const restore = useRestoreFlow();
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [confirmFresh, setConfirmFresh] = useState(false);
  const [saved, setSaved] = useState<string[] | null>(null);
  const empty = status.problem === 'empty';
  const busy = working !== null || restore.busy;

  const saveReadable = async () => {
    setError(null);
    setWorking('Reading what can still be read (the damaged file is opened read-only)…');
    const made = await api['recovery:export-readable']({});
    if (!made.ok) {
      setWorking(null);
      setError(made.error);
      return;
    }
    const done = await downloadArchive((offset) => api['data:get-chunk']({ downloadId: made.data.downloadId, offset }), made.data.fileName, () => undefined);
    setWorking(null);
    if (!done.ok) setError(done.error);
    else setSaved(made.data.problems);
  };

  const startFresh = async () => {
    setConfirmFresh(false);
    setWorking('Starting fresh…');
    const result = await api['recovery:start-fresh']({});
    if (!result.ok) {
      setWorking(null);
      setError(result.error);
      return;
    }
    reloadWithNotice(`Started with a new, empty data file. The old file was kept as ${result.data.movedAsideTo}.`);
  };

  return (
    <div className="recovery-shell">
      <main id="main" className="page recovery" tabIndex={-1}>
        <PageHeader title={empty ? 'Certplan’s data file is empty' : 'Certplan’s data file is damaged'} eyebrow="Recovery" />
        <p className="recovery-lead">{status.message}</p>
        <dl className="facts">
          <div className="fact-row">
            <dt>Data file</dt>
            <dd>
              <code>{status.databaseFile}</code>
            </dd>
          </div>
          {status.detail ? (
            <div className="fact-row">
              <dt>What SQLite reports</dt>
              <dd>{status.detail}</dd>
            </div>
          ) : null}
        </dl>
        {working ?? restore.status ? (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {working ?? restore.status}
          </p>
        ) : null}
        {error ? <ErrorMessage error={error} /> : null}
        {restore.error ? <ErrorMessage error={restore.error} /> : null}
        {saved ? (
          <p className="callout callout-info" role="status">
            Saved what could be read.{saved.length ? ` Not everything was readable: ${saved.slice(0, 3).join('; ')}.` : ''}
          </p>
        ) : null}
        <ol className="recovery-options">
          <li className="recovery-option">
            <h2>Restore a backup</h2>
            <p>
              {status.backupCount > 0
                ? `Certplan has ${status.backupCount} backup${status.backupCount === 1 ? '' : 's'} in its data folder. The newest one that passes every check is shown first, with what it holds.`
                : 'There are no backups in the data folder. If you saved one elsewhere (or have an export), restore it from the file.'}
            </p>
            <div className="inline-actions">
              {status.backupCount > 0 ? (
                <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore.check({ kind: 'newest' })}>
                  Restore the newest good backup…
                </button>
              ) : null}
              <RestoreFromFile disabled={busy} onFile={(file) => void restore.checkFile(file)} />
            </div>
          </li>
          {empty ? null : (
            <li className="recovery-option">
              <h2>Save what can still be read</h2>
              <p>An export of every record Certplan can still read, as JSON and spreadsheets, with your evidence files — to keep, or to import later.</p>
              <button type="button" className="button" disabled={busy} onClick={() => void saveReadable()}>
                Save what can be read
              </button>
            </li>
          )}
          <li className="recovery-option">
            <h2>{empty ? 'Start with a new, empty data file' : 'Start fresh'}</h2>
            <p>The {empty ? 'empty' : 'damaged'} file is moved aside, unchanged, and Certplan starts with no records. You can still restore a backup afterwards.</p>
            <button type="button" className="button button-danger" disabled={busy} onClick={() => setConfirmFresh(true)}>
              {empty ? 'Start with a new data file' : 'Move the damaged file aside and start fresh'}
            </button>
          </li>
        </ol>
      </main>
      <ArchivePreviewDialog preview={restore.preview} action="restore" busy={restore.busy} onConfirm={() => void restore.confirm()} onCancel={restore.cancel} />
      <ConfirmDialog open={confirmFresh} title="Start fresh?" confirmLabel="Start fresh" danger onCancel={() => setConfirmFresh(false)} onConfirm={() => void startFresh()}>
        <p>Certplan starts with no records. The current file is kept beside it under a new name, so nothing is deleted.</p>
      </ConfirmDialog>
      <Notices />
    </div>
  );
}

function RestoreFromFile({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  return (
    <>
      <button type="button" className="button" disabled={disabled} onClick={() => input?.click()}>
        Restore from a file…
      </button>
      <input
        ref={setInput}
        hidden
        type="file"
        accept=".zip,application/zip"
        aria-label="Backup file to restore"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
