import { useRef, useState } from 'react';
import type { ArchivePreview } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { useApi } from '../../../app/AppContext';
import { reloadWithNotice } from '../../../app/reloadWithNotice';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { downloadArchive, uploadArchive } from '../../../files/transferArchive';
import { ArchivePreviewDialog } from './ArchivePreviewDialog';
import { describeCounts } from './backupLabels';

/**
 * Settings › Export and import: everything as an open archive (JSON records, CSV lists, evidence
 * files), and an import of such an archive into an empty data folder, checked and previewed
 * first, all or nothing.
 */
export function ExportImportSection() {
  const api = useApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [candidate, setCandidate] = useState<{ uploadId: string; preview: ArchivePreview & { targetIsEmpty: boolean } } | null>(null);
  const busy = status !== null;

  const exportAll = async () => {
    setError(null);
    setStatus('Writing the export…');
    const made = await api['data:export']({});
    if (!made.ok) {
      setStatus(null);
      setError(made.error);
      return;
    }
    const saved = await downloadArchive((offset) => api['data:get-chunk']({ downloadId: made.data.downloadId, offset }), made.data.fileName, (f) => setStatus(`Preparing the download… ${Math.round(f * 100)}%`));
    setStatus(null);
    if (!saved.ok) setError(saved.error);
  };

  const pick = async (file: File) => {
    setError(null);
    const uploaded = await uploadArchive(api, file, (f) => setStatus(`Reading ${file.name}… ${Math.round(f * 100)}%`));
    if (!uploaded.ok) {
      setStatus(null);
      setError(uploaded.error);
      return;
    }
    setStatus('Checking the export: every file, every record, and an upgrade on a temporary copy…');
    const preview = await api['data:preview-import']({ uploadId: uploaded.data.uploadId });
    setStatus(null);
    if (!preview.ok) setError(preview.error);
    else setCandidate({ uploadId: uploaded.data.uploadId, preview: preview.data });
  };

  const runImport = async () => {
    if (!candidate) return;
    setStatus('Importing…');
    const result = await api['data:import']({ uploadId: candidate.uploadId });
    if (!result.ok) {
      setStatus(null);
      setCandidate(null);
      setError(result.error);
      return;
    }
    reloadWithNotice(`Imported ${describeCounts(result.data.imported)}.`);
  };

  return (
    <section className="section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export and import</h2>
      <p className="section-lead muted">
        An export holds every record as JSON, a spreadsheet (CSV) of each list, and your evidence files, in one ZIP file you can open anywhere. To move to a new computer, import it there into the empty app.
      </p>
      <div className="inline-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAll()}>
          Export everything
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Import an export…
        </button>
        <input
          ref={fileInput}
          hidden
          type="file"
          accept=".zip,application/zip"
          aria-label="Export file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void pick(file);
          }}
        />
      </div>
      {status ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {status}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {candidate && !candidate.preview.targetIsEmpty ? (
        <div className="callout callout-warning" role="alert">
          <span>
            This data folder already holds records, so the export ({describeCounts(candidate.preview.counts)}) cannot be imported here. Import goes into an empty app — a new computer, or Certplan
            started with a new data folder. To go back to earlier data here, restore a backup.
          </span>
          <button type="button" className="button" onClick={() => setCandidate(null)}>
            Close
          </button>
        </div>
      ) : null}
      <ArchivePreviewDialog
        preview={candidate?.preview.targetIsEmpty ? candidate.preview : null}
        action="import"
        busy={busy}
        onConfirm={() => void runImport()}
        onCancel={() => setCandidate(null)}
      />
    </section>
  );
}
