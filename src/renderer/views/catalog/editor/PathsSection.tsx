import { EDUCATION_LEVELS, type Requirement } from '../../../../shared/schemas/certification';
import { CheckboxField, NumberField, SelectField, TextField } from '../../../components/fields';
import { EDUCATION_LABELS } from '../../../format/labels';
import { CatalogIdPicker } from './CatalogIdPicker';
import { nextId } from './draftModel';
import type { SectionProps } from './editorTypes';

type CatalogOption = { id: string; acronym: string };

const NEW_REQUIREMENT: Record<Requirement['kind'], (id: string) => Requirement> = {
  education: (id) => ({ kind: 'education', id, minLevel: 'secondary', gacAccredited: false, label: 'Education' }),
  experience: (id) => ({ kind: 'experience', id, months: 36, windowMonths: 96, area: 'project work', label: 'Experience', substitutedBy: [] }),
  training: (id) => ({ kind: 'training', id, hours: 35, topic: 'PM education', label: 'Training', substitutedBy: [], coveredByGacCoursework: false, conflictingHours: null }),
  credential: (id) => ({ kind: 'credential', id, anyOf: [], anyTagged: null, orTickLabel: null, label: 'Credential' }),
  check: (id) => ({ kind: 'check', id, label: '' }),
};

const KIND_OPTIONS = [
  { value: 'education', label: 'Education' },
  { value: 'experience', label: 'Experience (months)' },
  { value: 'training', label: 'Training (hours)' },
  { value: 'credential', label: 'Credential held' },
  { value: 'check', label: 'Other check (tickable)' },
] as const;

export function PathsSection({ draft, edit, errors, catalog }: SectionProps & { catalog: CatalogOption[] }) {
  return (
    <fieldset className="form-section">
      <legend>Prerequisite paths</legend>
      <p className="field-hint">Each path is one way to qualify: a person must meet every requirement of any one path. Leave a path empty for “no prerequisites”.</p>
      {errors.paths ? <p className="field-error">{errors.paths}</p> : null}
      {draft.paths.map((path, pi) => (
        <div key={path.id} className="subform">
          <div className="subform-head">
            <TextField label={`Path ${pi + 1} name`} value={path.name} error={errors[`paths.${pi}.name`]} onChange={(v) => edit((d) => void (d.paths[pi]!.name = v))} />
            <button type="button" className="button button-small" disabled={draft.paths.length === 1} onClick={() => edit((d) => void d.paths.splice(pi, 1))}>
              Remove path
            </button>
          </div>
          {errors[`paths.${pi}.requirements`] ? <p className="field-error">{errors[`paths.${pi}.requirements`]}</p> : null}
          {path.requirements.map((req, ri) => (
            <RequirementRow
              key={req.id}
              req={req}
              prefix={`paths.${pi}.requirements.${ri}`}
              errors={errors}
              catalog={catalog}
              onChange={(next) => edit((d) => void (d.paths[pi]!.requirements[ri] = next))}
              onRemove={() => edit((d) => void d.paths[pi]!.requirements.splice(ri, 1))}
            />
          ))}
          <AddRequirement onAdd={(kind) => edit((d) => void d.paths[pi]!.requirements.push(NEW_REQUIREMENT[kind](nextId(kind, d.paths[pi]!.requirements))))} />
        </div>
      ))}
      <button type="button" className="button" onClick={() => edit((d) => void d.paths.push({ id: nextId('path', d.paths), name: `Path ${d.paths.length + 1}`, requirements: [] }))}>
        Add another path
      </button>
    </fieldset>
  );
}

function AddRequirement({ onAdd }: { onAdd: (kind: Requirement['kind']) => void }) {
  return (
    <div className="inline-actions" role="group" aria-label="Add a requirement">
      {KIND_OPTIONS.map((o) => (
        <button key={o.value} type="button" className="button button-small" onClick={() => onAdd(o.value)}>
          + {o.label}
        </button>
      ))}
    </div>
  );
}

function RequirementRow({
  req,
  prefix,
  errors,
  catalog,
  onChange,
  onRemove,
}: {
  req: Requirement;
  prefix: string;
  errors: Record<string, string>;
  catalog: CatalogOption[];
  onChange: (req: Requirement) => void;
  onRemove: () => void;
}) {
  const err = (field: string) => errors[`${prefix}.${field}`];
  return (
    <div className="requirement-editor">
      <span className="requirement-kind">{KIND_OPTIONS.find((o) => o.value === req.kind)?.label}</span>
      <div className="form-grid">
        {req.kind === 'education' ? (
          <>
            <SelectField label="At least" value={req.minLevel} options={EDUCATION_LEVELS.map((l) => ({ value: l, label: EDUCATION_LABELS[l] }))} onChange={(minLevel) => onChange({ ...req, minLevel })} />
            <CheckboxField label="From a GAC-accredited programme" checked={req.gacAccredited} onChange={(gacAccredited) => onChange({ ...req, gacAccredited })} />
          </>
        ) : null}
        {req.kind === 'experience' ? (
          <>
            <NumberField label="Months" required value={req.months} error={err('months')} onChange={(v) => onChange({ ...req, months: v ?? Number.NaN })} />
            <NumberField label="Within the last (months)" value={req.windowMonths} error={err('windowMonths')} hint="Empty: any time" onChange={(v) => onChange({ ...req, windowMonths: v })} />
            <TextField label="Kind of work" value={req.area} error={err('area')} onChange={(area) => onChange({ ...req, area })} />
            <CatalogIdPicker label="Or hold" ids={req.substitutedBy} options={catalog} onChange={(substitutedBy) => onChange({ ...req, substitutedBy })} />
          </>
        ) : null}
        {req.kind === 'training' ? (
          <>
            <NumberField label="Hours" required value={req.hours} error={err('hours')} onChange={(v) => onChange({ ...req, hours: v ?? Number.NaN })} />
            <TextField label="Topic" value={req.topic} error={err('topic')} onChange={(topic) => onChange({ ...req, topic })} />
            <CatalogIdPicker label="Or hold" ids={req.substitutedBy} options={catalog} onChange={(substitutedBy) => onChange({ ...req, substitutedBy })} />
            <CheckboxField label="A GAC-accredited degree’s coursework counts instead" checked={req.coveredByGacCoursework} onChange={(coveredByGacCoursework) => onChange({ ...req, coveredByGacCoursework })} />
          </>
        ) : null}
        {req.kind === 'credential' ? (
          <>
            <CatalogIdPicker label="Any one of" ids={req.anyOf} options={catalog} error={err('anyOf')} onChange={(anyOf) => onChange({ ...req, anyOf })} />
            <TextField
              label="Or any certification tagged"
              value={req.anyTagged ?? ''}
              hint="e.g. agile (CSM and PSM I carry it)"
              error={err('anyTagged')}
              onChange={(v) => onChange({ ...req, anyTagged: v.trim() ? v.trim().toLowerCase() : null })}
            />
            <TextField
              label="Or the person ticks"
              value={req.orTickLabel ?? ''}
              hint="For a credential the catalog does not list, e.g. “I hold another accepted agile certification”"
              error={err('orTickLabel')}
              onChange={(v) => onChange({ ...req, orTickLabel: v.trim() ? v : null })}
            />
          </>
        ) : null}
        {req.kind === 'check' ? (
          <TextField label="What to check" required value={req.label} error={err('label')} hint="e.g. Employer letter on letterhead" onChange={(label) => onChange({ ...req, label })} />
        ) : null}
      </div>
      <button type="button" className="button button-small" onClick={onRemove}>
        Remove requirement
      </button>
    </div>
  );
}
