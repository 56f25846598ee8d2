import { CERT_LEVELS } from '../../../../shared/schemas/certification';
import { SelectField, TextField } from '../../../components/fields';
import { LEVEL_LABELS } from '../../../format/labels';
import type { SectionProps } from './editorTypes';

export function BasicsSection({ draft, edit, errors }: SectionProps) {
  return (
    <fieldset className="form-section">
      <legend>Basics</legend>
      <div className="form-grid">
        <TextField label="Name" name="name" required value={draft.name} error={errors.name} onChange={(v) => edit((d) => void (d.name = v))} />
        <TextField label="Acronym" name="acronym" required value={draft.acronym} error={errors.acronym} onChange={(v) => edit((d) => void (d.acronym = v))} />
        <TextField label="Certifying body" name="body" required value={draft.body} error={errors.body} onChange={(v) => edit((d) => void (d.body = v))} />
        <SelectField
          label="Level"
          name="level"
          value={draft.level}
          options={CERT_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
          onChange={(v) => edit((d) => void (d.level = v))}
        />
        <TextField
          label="Official page"
          name="url"
          type="url"
          value={draft.url ?? ''}
          error={errors.url}
          hint="Optional, an http(s) address"
          onChange={(v) => edit((d) => void (d.url = v.trim() ? v.trim() : null))}
        />
      </div>
      <TextField label="Summary" name="summary" multiline value={draft.summary} error={errors.summary} onChange={(v) => edit((d) => void (d.summary = v))} />
    </fieldset>
  );
}
