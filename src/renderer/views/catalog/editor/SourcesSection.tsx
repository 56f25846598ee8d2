import { SOURCE_KINDS, SOURCE_KIND_LABELS } from '../../../../shared/schemas/certification';
import { SelectField, TextField } from '../../../components/fields';
import { nextId } from './draftModel';
import type { SectionProps } from './editorTypes';

export function SourcesSection({ draft, edit, errors }: SectionProps) {
  return (
    <fieldset className="form-section">
      <legend>Sources</legend>
      <p className="field-hint">Where these rules come from, so you can check them again later.</p>
      {draft.sources.map((source, i) => (
        <div key={source.id} className="form-grid source-row">
          <TextField label="Title" value={source.title} error={errors[`sources.${i}.title`]} onChange={(v) => edit((d) => void (d.sources[i]!.title = v))} />
          <TextField label="Address" type="url" value={source.url ?? ''} error={errors[`sources.${i}.url`]} onChange={(v) => edit((d) => void (d.sources[i]!.url = v.trim() || null))} />
          <SelectField label="Kind of source" value={source.kind} options={SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }))} onChange={(v) => edit((d) => void (d.sources[i]!.kind = v))} />
          <TextField label="When you read it" value={source.readIn ?? ''} hint="e.g. March 2027" error={errors[`sources.${i}.readIn`]} onChange={(v) => edit((d) => void (d.sources[i]!.readIn = v.trim() ? v : null))} />
          <button type="button" className="button button-small" onClick={() => edit((d) => void d.sources.splice(i, 1))}>
            Remove source
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => edit((d) => void d.sources.push({ id: nextId('source', d.sources), url: null, title: '', kind: 'official', pageDate: null, readIn: null, note: null }))}
      >
        + Add source
      </button>
    </fieldset>
  );
}
