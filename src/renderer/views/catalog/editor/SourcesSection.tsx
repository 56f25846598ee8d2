import { CheckboxField, TextField } from '../../../components/fields';
import { nextId } from './draftModel';
import type { SectionProps } from './editorTypes';

export function SourcesSection({ draft, edit, errors, today }: SectionProps & { today: string }) {
  return (
    <fieldset className="form-section">
      <legend>Sources</legend>
      <p className="field-hint">Where these rules come from, so you can check them again later.</p>
      {draft.sources.map((source, i) => (
        <div key={source.id} className="form-grid source-row">
          <TextField label="Title" value={source.title} error={errors[`sources.${i}.title`]} onChange={(v) => edit((d) => void (d.sources[i]!.title = v))} />
          <TextField label="Address" type="url" value={source.url} error={errors[`sources.${i}.url`]} onChange={(v) => edit((d) => void (d.sources[i]!.url = v.trim()))} />
          <CheckboxField label="Official page" checked={source.official} onChange={(v) => edit((d) => void (d.sources[i]!.official = v))} />
          <button type="button" className="button button-small" onClick={() => edit((d) => void d.sources.splice(i, 1))}>
            Remove source
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => edit((d) => void d.sources.push({ id: nextId('source', d.sources), url: '', title: '', official: false, pageDate: null, checkedOn: today }))}
      >
        + Add source
      </button>
    </fieldset>
  );
}
