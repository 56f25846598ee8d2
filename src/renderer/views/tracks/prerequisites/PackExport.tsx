import { useState } from 'react';
import type { Track } from '../../../../shared/schemas/track';
import { useApi, useSlice, useStores } from '../../../app/AppContext';
import { saveFile } from '../../../files/saveFile';

type Format = 'html' | 'csv' | 'pdf';

/** Exports the application pack: printable HTML, a CSV of the same records, PDF on the desktop. */
export function PackExport({ track }: { track: Track }) {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const canPrint = useSlice(appInfo, (s) => s.info.data?.capabilities.printToPdf ?? false);
  const [busy, setBusy] = useState<Format | null>(null);

  const exportPack = async (format: Format) => {
    setBusy(format);
    const result = await api['applications:export-pack']({ trackId: track.id, format });
    setBusy(null);
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    saveFile(result.data.fileName, result.data.mediaType, { base64: result.data.contentBase64 });
    notices.getState().show({ kind: 'success', message: `Saved ${result.data.fileName}` });
  };

  const button = (format: Format, label: string) => (
    <button type="button" className="button" disabled={busy !== null} aria-busy={busy === format} onClick={() => void exportPack(format)}>
      {busy === format ? 'Preparing…' : label}
    </button>
  );
  return (
    <>
      <p className="section-lead">
        Your education, every experience entry that counts (with its dates, the months counted and its description) and your training hours — what an
        application form and an audit ask for.
      </p>
      <div className="inline-actions">
        {button('html', 'Save printable HTML')}
        {button('csv', 'Save CSV')}
        {canPrint ? button('pdf', 'Save PDF') : null}
      </div>
      {canPrint ? null : <p className="field-hint">For a PDF, open the HTML in your browser and print it to PDF; the desktop app saves PDF directly.</p>}
    </>
  );
}
