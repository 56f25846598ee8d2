import { useId, useState } from 'react';
import type { CsvDateOrderChoice, CsvMapping, CsvPreview, CsvRow } from '../../../../shared/schemas/practice';
import type { PlanDomain } from '../../../../shared/schemas/preparation';
import { MAX_CSV_CHARS } from '../../../../shared/schemas/practice';
import { useApi } from '../../../app/AppContext';
import { SelectField } from '../../../components/fields';
import { TableScroll } from '../../../components/TableScroll';
import { formatDay } from '../../../format/dates';
import { bytesToBase64 } from '../../../files/readFile';
import { useNotify } from './useTrackCall';

/**
 * Importing practice results from another tool's CSV: pick the file, match its columns to date,
 * source, total and each domain, say how the file writes dates when it cannot be told (11/10/2026
 * is a different day in the US and the UK), check the preview (rows that cannot be read show their
 * own text and the reason), then import all rows at once — or none.
 */
export function CsvImport({ trackId, domains }: { trackId: string; domains: readonly PlanDomain[] }) {
  const api = useApi();
  const notify = useNotify();
  const fileId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [csvBase64, setCsvBase64] = useState('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const domainName = (id: string) => domains.find((d) => d.id === id)?.name ?? id;

  const runPreview = async (base64: string, mapping: CsvMapping | null, dateOrder: CsvDateOrderChoice = preview?.dateOrder.choice ?? 'auto') => {
    setBusy(true);
    const result = await api['practice:preview-import']({ trackId, csvBase64: base64, mapping, dateOrder });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      setProblem(result.error.details?.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setProblem(null);
    setPreview(result.data);
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setPreview(null);
    if (file.size > MAX_CSV_CHARS) {
      setProblem(`“${file.name}” is larger than 1 MB; split it into smaller files`);
      return;
    }
    // The bytes, not file.text(): the core detects the encoding (UTF-16, Windows-1252) itself.
    let base64: string;
    try {
      base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch {
      setProblem(`“${file.name}” could not be read`);
      return;
    }
    setCsvBase64(base64);
    await runPreview(base64, null, 'auto');
  };

  const remap = (change: (m: CsvMapping) => CsvMapping) => {
    if (preview) void runPreview(csvBase64, change(structuredClone(preview.mapping)));
  };

  const runImport = async (skipInvalid: boolean) => {
    if (!preview) return;
    setBusy(true);
    const result = await api['practice:import']({ trackId, csvBase64, mapping: preview.mapping, dateOrder: preview.dateOrder.choice, skipInvalid });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    const skipped = result.data.skippedLines.length;
    notify.success(`Imported ${result.data.imported} practice result${result.data.imported === 1 ? '' : 's'}${skipped ? `; skipped line ${result.data.skippedLines.join(', ')}` : ''}`);
    setPreview(null);
    setCsvBase64('');
    setFileName(null);
  };

  const columnOptions = [{ value: '', label: '(none)' }, ...(preview?.columns ?? []).map((c) => ({ value: c, label: c }))];
  const mapping = preview?.mapping;

  return (
    <section className="section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import from a CSV file</h2>
      <p className="field-hint">A file exported by a practice-exam tool, one row per exam, with a header row. Scores in percent; dates as the tool writes them.</p>
      <div className={`field${problem ? ' field-invalid' : ''}`}>
        <label htmlFor={fileId}>CSV file</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          aria-describedby={problem ? `${fileId}-error` : undefined}
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {fileName ? <p className="field-hint">{fileName}</p> : null}
        {problem ? (
          <p className="field-error" id={`${fileId}-error`} role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      {busy ? (
        <p className="muted" role="status">
          Reading the file…
        </p>
      ) : null}
      {preview?.fileNote ? <p className="field-hint">{preview.fileNote}</p> : null}
      {preview && mapping ? (
        <>
          <fieldset className="subform">
            <legend>Which column holds what</legend>
            <div className="form-grid">
              <SelectField label="Date column" value={mapping.date ?? ''} options={columnOptions} onChange={(v) => remap((m) => ({ ...m, date: v || null }))} error={preview.missingRequired.find((m) => m.field === 'date')?.message} />
              <SelectField label="Total score column" value={mapping.total ?? ''} options={columnOptions} onChange={(v) => remap((m) => ({ ...m, total: v || null }))} error={preview.missingRequired.find((m) => m.field === 'total')?.message} />
              <SelectField label="Source column" value={mapping.source ?? ''} options={columnOptions} onChange={(v) => remap((m) => ({ ...m, source: v || null }))} hint="Optional; “CSV import” when none" />
              {mapping.domains.map((d, i) => (
                <SelectField
                  key={d.domainId}
                  label={`${domainName(d.domainId)} column`}
                  value={d.column ?? ''}
                  options={columnOptions}
                  onChange={(v) => remap((m) => ({ ...m, domains: m.domains.map((x, j) => (j === i ? { ...x, column: v || null } : x)) }))}
                  hint="Optional"
                />
              ))}
            </div>
          </fieldset>
          <DateOrderChoice preview={preview} onChoose={(order) => void runPreview(csvBase64, preview.mapping, order)} />
          <TableScroll label="Import preview">
            <table className="data-table compact" aria-label="Import preview">
              <thead>
                <tr>
                  <th scope="col" className="num">Line</th>
                  <th scope="col">Date</th>
                  <th scope="col">Source</th>
                  <th scope="col" className="num">Total</th>
                  {mapping.domains.filter((d) => d.column).map((d) => (
                    <th key={d.domainId} scope="col" className="num">
                      {domainName(d.domainId)}
                    </th>
                  ))}
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <PreviewRow key={row.line} row={row} mapping={mapping} />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>
            {preview.validCount} of {preview.rows.length} rows can be imported.
            {preview.invalidCount > 0 ? ' Rows with a problem show the file’s own text and the reason; nothing is imported until they are fixed, unless you choose to skip them.' : ''}
          </p>
          <div className="inline-actions">
            <button type="button" className="button button-primary" disabled={busy || preview.invalidCount > 0 || preview.missingRequired.length > 0 || preview.validCount === 0} onClick={() => void runImport(false)}>
              Import {preview.validCount} result{preview.validCount === 1 ? '' : 's'}
            </button>
            {preview.invalidCount > 0 && preview.validCount > 0 && preview.missingRequired.length === 0 ? (
              <button type="button" className="button" disabled={busy} onClick={() => void runImport(true)}>
                Import the {preview.validCount} good rows, skip {preview.invalidCount}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

/** A read row shows what Certplan understood; a row it cannot read shows the file's own text. */
function PreviewRow({ row, mapping }: { row: CsvRow; mapping: CsvMapping }) {
  const raw = (column: string | null) => (column === null ? '' : (row.raw.find((r) => r.column === column)?.value ?? ''));
  const result = row.result;
  const shown = (value: string) => (value === '' ? <span className="muted">(empty)</span> : <span className="raw-value">{value}</span>);
  return (
    <tr className={row.ok ? undefined : 'row-invalid'}>
      <th scope="row" className="num">
        {row.line}
      </th>
      <td>{result ? formatDay(result.date) : shown(raw(mapping.date))}</td>
      <td>{result ? result.source : shown(raw(mapping.source))}</td>
      <td className="num">{result ? `${result.totalPercent}%` : shown(raw(mapping.total))}</td>
      {mapping.domains.filter((d) => d.column).map((d) => {
        const score = result?.domainScores.find((s) => s.domainId === d.domainId);
        return (
          <td key={d.domainId} className="num">
            {result ? (score ? `${score.percent}%` : '') : shown(raw(d.column))}
          </td>
        );
      })}
      <td>{row.ok ? 'Ready' : <span className="field-error">{row.problems.join('; ')}</span>}</td>
    </tr>
  );
}

/**
 * How the file writes numeric dates: found from the file when a date gives it away (25/11 or
 * 11/25), asked when none does. Shown whenever the file has such dates, so it can be corrected.
 */
function DateOrderChoice({ preview, onChoose }: { preview: CsvPreview; onChoose: (order: CsvDateOrderChoice) => void }) {
  const info = preview.dateOrder;
  const name = useId();
  // Shown at once, while the preview is read again with the new order.
  const [picked, setPicked] = useState<CsvDateOrderChoice | null>(null);
  if (!info.sample) return null;
  const explanation = info.conflicting
    ? 'The file writes dates both ways (some day first, some month first). Choose the one most rows use; the others will show as problems.'
    : info.detected
      ? `Found from the file: it writes ${info.detected === 'day-first' ? 'the day first' : 'the month first'} (it has ${info.example ?? ''}).`
      : `Dates such as ${info.sample} could mean two different days. Choose how this file writes them.`;
  const options: { value: CsvDateOrderChoice; label: string }[] = [
    ...(info.detected ? [{ value: 'auto' as const, label: `As found in the file (${info.detected === 'day-first' ? 'day first' : 'month first'})` }] : []),
    { value: 'month-first', label: 'Month first, as in the US: 11/25/2026 is November 25' },
    { value: 'day-first', label: 'Day first, as in the UK and most of Europe: 25/11/2026 is 25 November' },
  ];
  const current = picked ?? (info.choice === 'auto' && !info.detected ? '' : info.choice);
  return (
    <fieldset className={`radio-fieldset subform${info.needsChoice ? ' field-invalid' : ''}`}>
      <legend>How this file writes dates</legend>
      <p className="field-hint">{explanation}</p>
      <div className="radio-stack">
        {options.map((o) => (
          <label key={o.value} className="radio">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={current === o.value}
              onChange={() => {
                setPicked(o.value);
                onChoose(o.value);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
