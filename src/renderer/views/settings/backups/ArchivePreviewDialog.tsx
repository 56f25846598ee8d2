import type { ArchivePreview } from '../../../../shared/schemas/backups';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatInstantDate, formatInstantTime } from '../../../format/dates';
import { COUNT_KEYS, RECORD_COUNT_LABELS } from './backupLabels';

/**
 * What a checked backup or export holds next to what is there now, the checks it passed, and
 * the one button that replaces the data. Cancel has focus first (ConfirmDialog).
 */
export function ArchivePreviewDialog({
  preview,
  action,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: ArchivePreview | null;
  action: 'restore' | 'import';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const title = action === 'restore' ? 'Restore this backup?' : 'Import this export?';
  const kinds = preview ? COUNT_KEYS.filter((key) => preview.counts[key] > 0 || (preview.current?.[key] ?? 0) > 0) : [];
  return (
    <ConfirmDialog
      open={preview !== null}
      title={title}
      confirmLabel={busy ? (action === 'restore' ? 'Restoring…' : 'Importing…') : action === 'restore' ? 'Replace my data with this backup' : 'Import'}
      danger={action === 'restore'}
      onConfirm={() => {
        if (!busy) onConfirm();
      }}
      onCancel={onCancel}
    >
      {preview ? (
        <>
          <p>
            {preview.backupId
              ? `${capitalise(preview.label)}, written by Certplan ${preview.appVersion}.`
              : `${capitalise(preview.label)}, written on ${formatInstantDate(preview.createdAt)} at ${formatInstantTime(preview.createdAt)} by Certplan ${preview.appVersion}.`}
          </p>
          <table className="data-table compact">
            <caption>What it holds{preview.current ? ', next to what is there now' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col" className="num">
                  {preview.kind === 'backup' ? 'In the backup' : 'In the export'}
                </th>
                {preview.current ? (
                  <th scope="col" className="num">
                    Now
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {kinds.length === 0 ? (
                <tr>
                  <td colSpan={3}>No records on either side</td>
                </tr>
              ) : null}
              {kinds.map((key) => (
                <tr key={key}>
                  <th scope="row">{capitalise(RECORD_COUNT_LABELS[key][1])}</th>
                  <td className="num">{preview.counts[key]}</td>
                  {preview.current ? <td className="num">{preview.current[key]}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint">Checked before anything changes:</p>
          <ul className="check-list">
            {preview.checks.map((check) => (
              <li key={check}>{check}</li>
            ))}
          </ul>
          {preview.warnings.map((warning) => (
            <p key={warning} className="callout callout-warning">
              {warning}
            </p>
          ))}
          {action === 'restore' && preview.current ? (
            <p>Your data as it is now is kept as a backup first, so you can undo this restore.</p>
          ) : null}
        </>
      ) : null}
    </ConfirmDialog>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
