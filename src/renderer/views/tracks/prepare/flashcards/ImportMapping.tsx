import type { CsvCardMapping, ImportPreview, NoteTypeMapping } from '../../../../../shared/schemas/flashcards/imports';
import type { PlanDomain } from '../../../../../shared/schemas/preparation';
import { CheckboxField, SelectField } from '../../../../components/fields';

/** The most tags the preview offers to map one by one; the rest keep the default domain. */
const TAGS_SHOWN = 60;

/** Which columns or fields hold the front and back, and which tags stand for which exam domain. */
export function ImportMapping(props: {
  preview: ImportPreview;
  domains: readonly PlanDomain[];
  csvMapping: CsvCardMapping | null;
  noteTypes: NoteTypeMapping[];
  tagDomains: Record<string, string>;
  onCsvMapping: (m: CsvCardMapping) => void;
  onNoteTypes: (t: NoteTypeMapping[]) => void;
  onTagDomain: (tag: string, domainId: string) => void;
}) {
  const { preview, domains, csvMapping } = props;
  const columns = preview.csv?.columns ?? [];
  const columnOptions = [{ value: '', label: '(none)' }, ...columns.map((c, i) => ({ value: String(i), label: c }))];
  const asIndex = (v: string) => (v === '' ? null : Number(v));
  const domainOptions = [{ value: '', label: 'No domain' }, ...domains.map((d) => ({ value: d.id, label: d.name }))];
  return (
    <>
      {csvMapping ? (
        <fieldset className="subform">
          <legend>Which column holds what</legend>
          <CheckboxField label="The first row holds column names" checked={csvMapping.hasHeader} onChange={(hasHeader) => props.onCsvMapping({ ...csvMapping, hasHeader })} />
          <div className="form-grid">
            {(['front', 'back', 'domain', 'tags'] as const).map((key) => (
              <SelectField
                key={key}
                label={`${key[0]?.toUpperCase()}${key.slice(1)} column`}
                value={csvMapping[key] === null ? '' : String(csvMapping[key])}
                options={columnOptions}
                onChange={(v) => props.onCsvMapping({ ...csvMapping, [key]: asIndex(v) })}
                hint={key === 'domain' ? 'A domain’s name or id; optional' : key === 'tags' ? 'Separated by spaces; optional' : undefined}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {preview.noteTypes.length > 0 ? (
        <fieldset className="subform">
          <legend>Fields of each Anki note type</legend>
          {preview.noteTypes.map((t) => {
            const mapping = props.noteTypes.find((m) => m.noteTypeId === t.noteTypeId) ?? { noteTypeId: t.noteTypeId, frontField: t.frontField, backField: t.backField };
            const fieldOptions = t.fields.map((f, i) => ({ value: String(i), label: f }));
            const update = (patch: Partial<NoteTypeMapping>) => props.onNoteTypes([...props.noteTypes.filter((m) => m.noteTypeId !== t.noteTypeId), { ...mapping, ...patch }]);
            return (
              <div key={t.noteTypeId} className="form-grid">
                <p className="fc-notetype">
                  <strong>{t.name}</strong> ({t.kind === 'cloze' ? 'cloze' : 'basic'}, {t.notes} notes)
                </p>
                <SelectField label={`${t.name}: ${t.kind === 'cloze' ? 'text' : 'front'}`} value={String(mapping.frontField)} options={fieldOptions} onChange={(v) => update({ frontField: Number(v) })} />
                <SelectField
                  label={`${t.name}: ${t.kind === 'cloze' ? 'extra' : 'back'}`}
                  value={mapping.backField === null ? '' : String(mapping.backField)}
                  options={[{ value: '', label: '(none)' }, ...fieldOptions]}
                  onChange={(v) => update({ backField: asIndex(v) })}
                />
              </div>
            );
          })}
        </fieldset>
      ) : null}
      {preview.tags.length > 0 && domains.length > 0 ? (
        <fieldset className="subform">
          <legend>Tags that stand for an exam domain</legend>
          <p className="field-hint">A card takes the domain of its first mapped tag. Suggestions come from the tag’s name.</p>
          <div className="form-grid">
            {preview.tags.slice(0, TAGS_SHOWN).map((t) => (
              <SelectField key={t.tag} label={`${t.tag} (${t.notes})`} value={props.tagDomains[t.tag] ?? ''} options={domainOptions} onChange={(v) => props.onTagDomain(t.tag, v)} />
            ))}
          </div>
          {preview.tags.length > TAGS_SHOWN ? <p className="muted">{preview.tags.length - TAGS_SHOWN} less used tags keep the default domain.</p> : null}
        </fieldset>
      ) : null}
    </>
  );
}
