import { useId, useState } from 'react';
import type { EvidenceFile } from '../../shared/schemas/evidence';
import { useApi } from '../app/AppContext';
import { readFileAsBase64 } from '../files/readFile';

/**
 * Attach one evidence file: the file is read here, copied into the evidence store by the core,
 * and its id handed to the form. Errors (unreadable, empty, too large) show beside the control.
 */
export function EvidencePicker({
  label = 'Evidence file',
  value,
  onChange,
  error,
}: {
  label?: string;
  value: Pick<EvidenceFile, 'id' | 'fileName'> | null;
  onChange: (file: EvidenceFile | null) => void;
  error?: string | undefined;
}) {
  const api = useApi();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const message = problem ?? error;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setBusy(true);
    const read = await readFileAsBase64(file);
    if (!read.ok) {
      setBusy(false);
      setProblem(read.message);
      return;
    }
    const stored = await api['evidence:add']({ fileName: read.fileName, mediaType: read.mediaType, contentBase64: read.contentBase64 });
    setBusy(false);
    if (!stored.ok) {
      setProblem(stored.error.message);
      return;
    }
    onChange(stored.data);
  };

  return (
    <div className={`field${message ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {value ? (
        <div className="attached-file">
          <span>{value.fileName}</span>
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            Detach
          </button>
        </div>
      ) : (
        <input
          id={id}
          type="file"
          disabled={busy}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(e) => void pick(e.target.files?.[0])}
        />
      )}
      {busy ? <p className="field-hint">Copying into the evidence store…</p> : null}
      {message ? (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
