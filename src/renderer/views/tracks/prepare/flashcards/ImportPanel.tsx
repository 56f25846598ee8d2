import { useId, useState } from 'react';
import type { Deck } from '../../../../../shared/schemas/flashcards/decks';
import type { CsvCardMapping, ImportPreview, NoteTypeMapping } from '../../../../../shared/schemas/flashcards/imports';
import { MAX_IMPORT_BYTES } from '../../../../../shared/schemas/flashcards/imports';
import type { PlanDomain } from '../../../../../shared/schemas/preparation';
import type { Track } from '../../../../../shared/schemas/track';
import type { AppError } from '../../../../../shared/result';
import { useApi } from '../../../../app/AppContext';
import { CheckboxField, SelectField, TextField } from '../../../../components/fields';
import { uploadArchive } from '../../../../files/transferArchive';
import { useNotify } from '../useTrackCall';
import { ImportMapping } from './ImportMapping';
import { RichText } from './RichText';
import { useFlashcardRoute } from './useFlashcards';

type Stage = { kind: 'idle' } | { kind: 'uploading'; fileName: string; sent: number; total: number } | { kind: 'reading'; fileName: string } | { kind: 'importing' };

/**
 * Importing cards: an Anki package (.apkg, from any Anki version) or a CSV/TSV with front, back,
 * domain and tags. The file is sent in chunks with progress, read by the core, and previewed —
 * what will be imported, the mapping of fields and tags to domains, and every problem with its
 * place. Import is everything or nothing.
 */
export function ImportPanel({ track, domains, decks }: { track: Track; domains: readonly PlanDomain[]; decks: Deck[] }) {
  const api = useApi();
  const notify = useNotify();
  const route = useFlashcardRoute();
  const fileId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<AppError | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [csvMapping, setCsvMapping] = useState<CsvCardMapping | null>(null);
  const [noteTypes, setNoteTypes] = useState<NoteTypeMapping[]>([]);
  const [tagDomains, setTagDomains] = useState<Record<string, string>>({});
  const [defaultDomainId, setDefaultDomainId] = useState('');
  const [deckName, setDeckName] = useState('');
  const [target, setTarget] = useState('');
  const [keepHistory, setKeepHistory] = useState(true);

  const runPreview = async (uploadId: string, fileName: string, mapping: CsvCardMapping | null, types: NoteTypeMapping[]) => {
    setStage({ kind: 'reading', fileName });
    const result = await api['flashcards:preview-import']({ trackId: track.id, uploadId, csvMapping: mapping, noteTypes: types });
    setStage({ kind: 'idle' });
    if (!result.ok) {
      setPreview(null);
      return setError(result.error);
    }
    setError(null);
    setPreview(result.data);
    setCsvMapping(result.data.csv?.mapping ?? null);
    setNoteTypes(result.data.noteTypes.map((t) => ({ noteTypeId: t.noteTypeId, frontField: t.frontField, backField: t.backField })));
    setTagDomains((old) => ({ ...Object.fromEntries(result.data.tags.map((t) => [t.tag, t.suggestedDomainId ?? ''])), ...old }));
    setDeckName((name) => name || result.data.suggestedDeckName);
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    setError(null);
    setTagDomains({});
    setDeckName('');
    if (file.size === 0) return setError({ code: 'invalid_input', message: `“${file.name}” is empty` });
    if (file.size > MAX_IMPORT_BYTES) return setError({ code: 'invalid_input', message: `“${file.name}” is larger than 250 MB, the most Certplan imports at once` });
    setStage({ kind: 'uploading', fileName: file.name, sent: 0, total: file.size });
    const uploaded = await uploadArchive(api, file, (fraction) => setStage({ kind: 'uploading', fileName: file.name, sent: Math.round(fraction * file.size), total: file.size }));
    if (!uploaded.ok) {
      setStage({ kind: 'idle' });
      return setError(uploaded.error);
    }
    await runPreview(uploaded.data.uploadId, file.name, null, []);
  };

  const runImport = async () => {
    if (!preview) return;
    setStage({ kind: 'importing' });
    const result = await api['flashcards:import']({
      trackId: track.id,
      uploadId: preview.uploadId,
      csvMapping,
      noteTypes,
      deckName: target ? (decks.find((d) => d.id === target)?.name ?? deckName) : deckName,
      deckId: target || null,
      tagDomains: Object.entries(tagDomains).map(([tag, domainId]) => ({ tag, domainId: domainId || null })),
      defaultDomainId: defaultDomainId || null,
      keepHistory,
    });
    setStage({ kind: 'idle' });
    if (!result.ok) return setError(result.error);
    notify.success(`Imported ${result.data.notes} card${result.data.notes === 1 ? '' : 's'}${result.data.reviews ? ` with ${result.data.reviews} past reviews` : ''} into “${result.data.deckName}”`);
    route.go('deck', { deck: result.data.deckId });
  };

  const busy = stage.kind !== 'idle';
  const anki = preview !== null && preview.csv === null;
  return (
    <section className="section" aria-labelledby="fc-import-heading">
      <h2 id="fc-import-heading">Import cards</h2>
      <p className="section-lead">
        An Anki package (.apkg) from any Anki version — notes, cloze gaps, tags, images and review history — or a CSV/TSV file with a front, back, domain and tags column. Nothing is imported until
        you confirm, and then everything or nothing.
      </p>
      <div className="field">
        <label htmlFor={fileId}>File to import</label>
        <input
          id={fileId}
          type="file"
          accept=".apkg,.colpkg,.csv,.tsv,.txt"
          disabled={busy}
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {stage.kind === 'uploading' ? (
        <div className="fc-progress" role="status">
          <label htmlFor={`${fileId}-progress`}>Sending “{stage.fileName}”…</label>
          <progress id={`${fileId}-progress`} max={stage.total} value={stage.sent} />
        </div>
      ) : null}
      {stage.kind === 'reading' ? <p role="status">Reading “{stage.fileName}”…</p> : null}
      {stage.kind === 'importing' ? <p role="status">Importing… this can take a few seconds for large decks.</p> : null}
      {error ? <ImportError error={error} /> : null}
      {preview ? (
        <>
          <h3>What will be imported</h3>
          <p>
            <strong>{preview.fileName}</strong> — {preview.formatLabel}
          </p>
          <dl className="stat-grid">
            <div>
              <dt>Notes</dt>
              <dd>{preview.notes}</dd>
            </div>
            <div>
              <dt>Cards to review</dt>
              <dd>{preview.cards}</dd>
            </div>
            <div>
              <dt>Past reviews</dt>
              <dd>{preview.reviewHistory}</dd>
            </div>
            <div>
              <dt>Images</dt>
              <dd>{preview.media.files}</dd>
            </div>
          </dl>
          {preview.problems.length > 0 ? (
            <div className="error-box" role="alert">
              <p>
                {preview.problemCount} problem{preview.problemCount === 1 ? '' : 's'} to fix before anything can be imported:
              </p>
              <ul>
                {preview.problems.map((p, i) => (
                  <li key={i}>
                    <strong>{p.place}</strong>: {p.message}
                  </li>
                ))}
              </ul>
              {preview.problemCount > preview.problems.length ? <p>…and {preview.problemCount - preview.problems.length} more.</p> : null}
            </div>
          ) : null}
          {preview.warnings.length > 0 ? (
            <ul className="callout callout-info fc-warnings">
              {preview.warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          ) : null}
          <ImportMapping
            preview={preview}
            domains={domains}
            csvMapping={csvMapping}
            noteTypes={noteTypes}
            tagDomains={tagDomains}
            onCsvMapping={(m) => void runPreview(preview.uploadId, preview.fileName, m, noteTypes)}
            onNoteTypes={(t) => void runPreview(preview.uploadId, preview.fileName, csvMapping, t)}
            onTagDomain={(tag, domainId) => setTagDomains((s) => ({ ...s, [tag]: domainId }))}
          />
          {preview.sample.length > 0 ? (
            <table className="data-table compact" aria-label="Import preview">
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Front</th>
                  <th scope="col">Back</th>
                  <th scope="col">Tags</th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((s) => (
                  <tr key={s.place}>
                    <th scope="row">{s.place.replace(/ \(“.*$/, '')}</th>
                    <td>
                      <RichText html={s.front} />
                    </td>
                    <td>
                      <RichText html={s.back} />
                    </td>
                    <td>{s.tags.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {preview.notes > preview.sample.length ? <p className="muted">The first {preview.sample.length} of {preview.notes} notes are shown.</p> : null}
          <fieldset className="subform">
            <legend>Where the cards go</legend>
            <div className="form-grid">
              <SelectField label="Deck" value={target} onChange={setTarget} options={[{ value: '', label: 'A new deck' }, ...decks.filter((d) => d.status === 'active').map((d) => ({ value: d.id, label: d.name }))]} />
              {target === '' ? <TextField label="New deck name" value={deckName} onChange={setDeckName} /> : null}
              <SelectField label="Domain for cards without a mapped tag" value={defaultDomainId} onChange={setDefaultDomainId} options={[{ value: '', label: 'No domain' }, ...domains.map((d) => ({ value: d.id, label: d.name }))]} />
            </div>
            {anki ? <CheckboxField label="Keep Anki’s review history so scheduling starts warm" checked={keepHistory} onChange={setKeepHistory} /> : null}
          </fieldset>
          <div className="inline-actions">
            <button type="button" className="button button-primary" disabled={busy || !preview.canImport || (!target && !deckName.trim())} onClick={() => void runImport()}>
              Import {preview.notes} note{preview.notes === 1 ? '' : 's'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => (void api['uploads:discard']({ uploadId: preview.uploadId }), setPreview(null))}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function ImportError({ error }: { error: AppError }) {
  const issues = error.details?.issues ?? [];
  return (
    <div className="error-box" role="alert">
      <p>{error.message}</p>
      {issues.length > 1 ? (
        <ul>
          {issues.map((i, k) => (
            <li key={k}>{i.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
