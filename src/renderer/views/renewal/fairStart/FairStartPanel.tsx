import { useState } from 'react';
import type { EarnedEntry, EarnedPreview, TranscriptMapping } from '../../../../shared/schemas/fairStart';
import type { RenewalView } from '../../../../shared/schemas/renewal';
import { useApi, useStores } from '../../../app/AppContext';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import { formatDay } from '../../../format/dates';
import { EarnedPreviewTable } from './EarnedPreviewTable';

type Mode = 'totals' | 'transcript';

const MAPPED_FIELDS: { key: keyof TranscriptMapping; label: string }[] = [
  { key: 'date', label: 'Date column' },
  { key: 'title', label: 'Activity column' },
  { key: 'provider', label: 'Provider column' },
  { key: 'units', label: 'Units column' },
  { key: 'category', label: 'Category column' },
  { key: 'activityType', label: 'Kind of activity column' },
];

const NO_MAPPING: TranscriptMapping = { date: null, title: null, provider: null, units: null, category: null, activityType: null };

/**
 * The fair start of a credential held before Certplan: what was already earned in this cycle, as
 * totals per category (per year where every year has its own minimum) or a CCRS-style transcript,
 * checked line by line and imported all or nothing. While it is pending, pace and missed years
 * are not judged; "Nothing to enter" ends that.
 */
export function FairStartPanel({ view }: { view: RenewalView }) {
  const api = useApi();
  const { notices } = useStores();
  const fairStart = view.fairStart;
  const unit = view.maintenance?.unitName ?? 'unit';
  const categories = (view.maintenance?.groups ?? []).flatMap((g) => g.categories.map((c) => ({ id: c.id, name: g.categories.length > 1 && g.name !== c.name ? `${c.name} (${g.name})` : c.name })));
  // A category that caps kinds of activity (Security+ training: live webinar ≤ 10) takes one total per kind.
  const totalFields = (view.maintenance?.groups ?? []).flatMap((g) =>
    g.categories.flatMap((c) => {
      const name = categories.find((x) => x.id === c.id)?.name ?? c.name;
      return c.activityTypes.length === 0
        ? [{ key: c.id, categoryId: c.id, activityTypeId: null as string | null, name, categoryName: null as string | null }]
        : c.activityTypes.map((k) => ({ key: `${c.id}:${k.id}`, categoryId: c.id, activityTypeId: k.id as string | null, name: `${k.name}${k.max !== null ? ` (at most ${k.max})` : ''}`, categoryName: name }));
    }),
  );
  const kinds = (view.maintenance?.groups ?? []).flatMap((g) => g.categories.flatMap((c) => c.activityTypes.map((k) => ({ id: k.id, name: `${k.name} (${categories.find((x) => x.id === c.id)?.name ?? c.name})` }))));
  const years = fairStart?.years ?? [];
  const [mode, setMode] = useState<Mode>('totals');
  const [totals, setTotals] = useState<Record<string, number | null>>({});
  const [text, setText] = useState('');
  const [mapping, setMapping] = useState<TranscriptMapping | undefined>();
  const [categoryMap, setCategoryMap] = useState<Record<string, string>>({});
  const [activityTypeMap, setActivityTypeMap] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<EarnedPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!fairStart) return null;
  const cycle = view.cycleIndex === null ? undefined : view.cycles[view.cycleIndex];

  const entry = (): EarnedEntry | null => {
    if (mode === 'transcript') {
      if (!text.trim()) {
        setProblem('Paste the transcript or choose its file first');
        return null;
      }
      return { kind: 'transcript', text, ...(mapping ? { mapping } : {}), categoryMap, activityTypeMap };
    }
    const rows = years.flatMap((year, yi) =>
      totalFields.flatMap((f) => {
        const units = totals[`${yi}:${f.key}`];
        return units === null || units === undefined ? [] : [{ categoryId: f.categoryId, activityTypeId: f.activityTypeId, units: Number.isNaN(units) ? -1 : units, date: year.countsOn }];
      }),
    );
    if (rows.length === 0) {
      setProblem('Enter at least one total, or choose “Nothing to enter”');
      return null;
    }
    return { kind: 'totals', rows };
  };

  const check = async () => {
    const e = entry();
    if (!e) return;
    setBusy(true);
    const result = await api['renewal:preview-earned']({ credentialId: view.credential.id, entry: e });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.details?.issues?.[0]?.message ?? result.error.message);
      setPreview(null);
      return;
    }
    setProblem(null);
    setPreview(result.data);
    if (result.data.mapping) setMapping(result.data.mapping);
    setCategoryMap(Object.fromEntries(result.data.categoryValues.flatMap((v) => (v.categoryId ? [[v.value, v.categoryId]] : []))));
    setActivityTypeMap(Object.fromEntries(result.data.activityTypeValues.flatMap((v) => (v.activityTypeId ? [[v.value, v.activityTypeId]] : []))));
  };

  const importAll = async () => {
    const e = entry();
    if (!e) return;
    setBusy(true);
    const result = await api['renewal:import-earned']({ credentialId: view.credential.id, entry: e });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    const count = preview?.rows.length ?? 0;
    setPreview(null);
    setTotals({});
    setText('');
    notices.getState().show({ kind: 'success', message: `Imported ${count === 1 ? '1 line' : `${count} lines`} earned before Certplan` });
  };

  const skip = async () => {
    const result = await api['renewal:skip-earned']({ credentialId: view.credential.id });
    notices.getState().show(result.ok ? { kind: 'success', message: 'Certplan now judges the pace from what is logged' } : { kind: 'error', message: result.error.message });
  };

  const field = (f: (typeof totalFields)[number], yi: number) => (
    <NumberField
      key={f.key}
      label={years.length > 1 ? `${f.name}, year ${yi + 1} (${unit}s)` : `${f.name} (${unit}s)`}
      value={totals[`${yi}:${f.key}`] ?? null}
      min={0}
      step={view.maintenance?.unitStep ?? 'any'}
      onChange={(v) => setTotals((t) => ({ ...t, [`${yi}:${f.key}`]: v }))}
    />
  );

  const pending = fairStart.state === 'pending';
  const body = (
    <>
      <div className="segmented" role="group" aria-label="How to enter them">
        <button type="button" className="button button-small" aria-pressed={mode === 'totals'} onClick={() => { setMode('totals'); setPreview(null); }}>
          Totals per category
        </button>
        <button type="button" className="button button-small" aria-pressed={mode === 'transcript'} onClick={() => { setMode('transcript'); setPreview(null); }}>
          Import a transcript (CSV)
        </button>
      </div>
      <form
        className="form-section"
        aria-label={mode === 'totals' ? 'Totals per category' : 'Import a transcript'}
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void check();
        }}
      >
        {mode === 'totals' ? (
          years.map((year, yi) => (
            <fieldset key={year.start} className="subform">
              <legend>{year.label}</legend>
              <p className="field-hint">Counted on {formatDay(year.countsOn)}.</p>
              <div className="form-grid">
                {totalFields.filter((f) => f.categoryName === null).map((f) => field(f, yi))}
              </div>
              {/* A category that caps kinds: one total per kind, under the category's name. */}
              {[...new Set(totalFields.flatMap((f) => (f.categoryName === null ? [] : [f.categoryName])))].map((categoryName) => (
                <fieldset key={categoryName} className="subform">
                  <legend>{categoryName}: each kind of activity has its own cap</legend>
                  <div className="form-grid">{totalFields.filter((f) => f.categoryName === categoryName).map((f) => field(f, yi))}</div>
                </fieldset>
              ))}
            </fieldset>
          ))
        ) : (
          <>
            <div className="field">
              <label htmlFor="transcript-file">Transcript file (CSV)</label>
              <input
                id="transcript-file"
                type="file"
                accept=".csv,text/csv,text/plain"
                onChange={(ev) => {
                  const file = ev.target.files?.[0];
                  if (!file) return;
                  void file.text().then((content) => {
                    setText(content);
                    setMapping(undefined);
                    setPreview(null);
                  });
                }}
              />
              <p className="field-hint">Export it from PMI’s CCRS (or your body’s portal) and choose it here, or paste it below.</p>
            </div>
            <TextField label="Transcript" multiline value={text} onChange={(v) => { setText(v); setPreview(null); }} hint="One activity a line, with a header row: date, activity, provider, units, category." />
            {preview && preview.columns.length > 0 ? (
              <div className="form-grid">
                {MAPPED_FIELDS.filter((f) => f.key !== 'activityType' || kinds.length > 0).map((f) => (
                  <SelectField
                    key={f.key}
                    label={f.label}
                    value={mapping?.[f.key] ?? ''}
                    options={[{ value: '', label: '(none)' }, ...preview.columns.map((c) => ({ value: c, label: c }))]}
                    onChange={(v) => setMapping({ ...(mapping ?? preview.mapping ?? NO_MAPPING), [f.key]: v || null })}
                  />
                ))}
              </div>
            ) : null}
            {preview && preview.categoryValues.length > 0 ? (
              <fieldset className="subform">
                <legend>Categories in the transcript</legend>
                <div className="form-grid">
                  {preview.categoryValues.map((v) => (
                    <SelectField
                      key={v.value}
                      label={`“${v.value || '(empty)'}” is`}
                      value={categoryMap[v.value] ?? ''}
                      error={categoryMap[v.value] ? undefined : 'Choose a category'}
                      options={[{ value: '', label: 'Choose…' }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
                      onChange={(id) => setCategoryMap((m) => ({ ...m, [v.value]: id }))}
                    />
                  ))}
                </div>
              </fieldset>
            ) : null}
            {preview && preview.activityTypeValues.length > 0 ? (
              <fieldset className="subform">
                <legend>Kinds of activity in the transcript</legend>
                <div className="form-grid">
                  {preview.activityTypeValues.map((v) => (
                    <SelectField
                      key={v.value}
                      label={`“${v.value}” is`}
                      value={activityTypeMap[v.value] ?? ''}
                      error={activityTypeMap[v.value] ? undefined : 'Choose a kind of activity'}
                      options={[{ value: '', label: 'Choose…' }, ...kinds.map((k) => ({ value: k.id, label: k.name }))]}
                      onChange={(id) => setActivityTypeMap((m) => ({ ...m, [v.value]: id }))}
                    />
                  ))}
                </div>
              </fieldset>
            ) : null}
          </>
        )}
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Checking…' : preview ? 'Check again' : 'Check before importing'}
          </button>
          <button type="button" className="button button-primary" disabled={busy || !preview?.clean} onClick={() => void importAll()}>
            Import
          </button>
        </div>
        {preview ? <EarnedPreviewTable preview={preview} unitName={unit} /> : null}
      </form>
    </>
  );

  if (!pending) {
    return (
      <details className="section fair-start-later">
        <summary>Import {unit}s earned elsewhere (totals or a CCRS-style transcript)</summary>
        {body}
      </details>
    );
  }
  return (
    <section className="section fair-start" aria-labelledby="fair-start-heading" data-testid="fair-start">
      <h2 id="fair-start-heading">What have you already earned this cycle?</h2>
      <p>
        {view.credential.acronym}’s current cycle runs {cycle ? `${formatDay(cycle.start)} to ${formatDay(cycle.end)}` : 'already'}. Enter the {unit}s you already have — as
        totals per category or from your transcript — so the progress below starts from where you really are. Until then Certplan does not call
        it behind pace or a year missed.
      </p>
      {body}
      <p>
        <button type="button" className="button button-small" onClick={() => void skip()}>
          Nothing to enter: judge from what is logged
        </button>
      </p>
    </section>
  );
}
