import { useEffect, useId, useState } from 'react';
import type { SharingOption } from '../../../shared/schemas/ce';
import type { ActivityView, RenewalView } from '../../../shared/schemas/renewal';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { EvidencePicker } from '../../components/EvidencePicker';
import { NumberField, SelectField, TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { describeActivityBounds } from '../../../shared/rulesWording';

type Errors = Record<string, string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Log (or edit) a continuing-education activity: the category list comes from this credential's
 * rules, the credentials it counts toward start from the sharing rules' defaults (asked of the
 * core for the chosen category and date), evidence files go into the store as they are picked.
 * The core checks everything again; its messages land beside the fields.
 */
export function ActivityForm({ view, editing, onDone }: { view: RenewalView; editing: ActivityView | null; onDone: () => void }) {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? '');
  const categories = (view.maintenance?.groups ?? []).flatMap((g) =>
    g.categories.map((c) => ({ value: c.id, label: g.categories.length > 1 ? `${g.name}: ${c.name}` : c.name })),
  );
  const [date, setDate] = useState(editing?.date ?? today);
  const [title, setTitle] = useState(editing?.title ?? '');
  const [provider, setProvider] = useState(editing?.provider ?? '');
  const [units, setUnits] = useState<number | null>(editing?.units ?? null);
  const [categoryId, setCategoryId] = useState(editing?.categoryId ?? categories[0]?.value ?? '');
  const [activityTypeId, setActivityTypeId] = useState<string>(editing?.activityTypeId ?? '');
  const kinds = (view.maintenance?.groups ?? []).flatMap((g) => g.categories).find((c) => c.id === categoryId)?.activityTypes ?? [];
  const bounds = describeActivityBounds(view.maintenance?.activityUnits ?? null, view.maintenance?.unitName ?? 'unit');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [evidence, setEvidence] = useState(editing?.evidence.map((e) => ({ id: e.id, fileName: e.fileName })) ?? []);
  const [pickerKey, setPickerKey] = useState(0);
  const [options, setOptions] = useState<SharingOption[]>([]);
  const [chosen, setChosen] = useState<string[]>(editing?.credentials.map((c) => c.id) ?? []);
  const [touched, setTouched] = useState(editing !== null);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const unitStep = view.maintenance?.unitStep ?? null;
  const unitName = view.maintenance?.unitName ?? 'unit';

  useEffect(() => {
    if (!DATE.test(date) || !categoryId) return undefined;
    let current = true;
    void api['ce:preview-sharing']({ credentialId: view.credential.id, categoryId, date }).then((result) => {
      if (!current || !result.ok) return;
      setOptions(result.data);
      setChosen((prev) => {
        const eligible = new Set(result.data.filter((o) => o.eligible).map((o) => o.credentialId));
        const required = result.data.filter((o) => o.required).map((o) => o.credentialId);
        // Until the person ticks something the defaults apply; after that their choice stays,
        // minus credentials that cannot take the activity, plus those the rules require.
        const base = touched ? prev.filter((id) => eligible.has(id)) : result.data.filter((o) => o.chosenByDefault).map((o) => o.credentialId);
        return [...new Set([...base, ...required])];
      });
    });
    return () => {
      current = false;
    };
  }, [api, view.credential.id, categoryId, date, touched]);

  const save = async () => {
    if (units === null || Number.isNaN(units)) {
      setErrors({ units: units === null ? 'Enter the units the activity earned' : 'Units must be a number' });
      return;
    }
    const kind = kinds.some((k) => k.id === activityTypeId) ? activityTypeId : null;
    const activity = { date, title, provider, units, categoryId, activityTypeId: kind, credentialIds: chosen, evidenceIds: evidence.map((e) => e.id), notes };
    setSaving(true);
    const result = editing ? await api['ce:update']({ id: editing.id, activity }) : await api['ce:log'](activity);
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      setErrors(Object.fromEntries(issues.map((i) => [i.path.replace(/^activity\./, ''), i.message])));
      if (issues.length === 0) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: editing ? `Saved “${result.data.title}”` : `Logged “${result.data.title}”` });
    onDone();
  };

  return (
    <form
      className="form-section activity-form"
      aria-label={editing ? 'Edit activity' : 'Log an activity'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{editing ? `Edit “${editing.title}”` : 'Log an activity'}</h3>
      {Object.keys(errors).length > 0 ? (
        <div className="error-box" role="alert">
          <p>Check the fields marked below; nothing was saved.</p>
        </div>
      ) : null}
      <div className="form-grid">
        <TextField label="Date" type="date" required value={date} error={errors.date} onChange={setDate} />
        <TextField label="Title" required value={title} error={errors.title} onChange={setTitle} />
        <TextField label="Provider" value={provider} error={errors.provider} onChange={setProvider} hint="Who ran it, e.g. a PMI chapter" />
        <NumberField
          label={`Units (${unitName}s)`}
          required
          value={units}
          step={unitStep ?? 'any'}
          min={0}
          error={errors.units}
          hint={[unitStep !== null ? `In steps of ${unitStep}.` : null, bounds].filter(Boolean).join(' ') || undefined}
          onChange={setUnits}
        />
        <SelectField label="Category" className="field-wide" value={categoryId} options={categories} error={errors.categoryId} onChange={setCategoryId} />
        {kinds.length > 0 ? (
          <SelectField
            label="Kind of activity"
            value={kinds.some((k) => k.id === activityTypeId) ? activityTypeId : ''}
            error={errors.activityTypeId}
            hint="Some kinds have their own cap"
            options={[{ value: '', label: 'Choose…' }, ...kinds.map((k) => ({ value: k.id, label: k.max !== null ? `${k.name} (at most ${k.max})` : k.name }))]}
            onChange={setActivityTypeId}
          />
        ) : null}
      </div>
      <fieldset className={`subform${errors.credentialIds ? ' field-invalid' : ''}`} aria-describedby={errors.credentialIds ? 'counts-toward-error' : undefined}>
        <legend>Counts toward</legend>
        {options.length === 0 ? <p className="muted">Pick a date and category to see which credentials it can count toward.</p> : null}
        {options.map((option) => (
          <SharingCheckbox
            key={option.credentialId}
            option={option}
            checked={chosen.includes(option.credentialId)}
            onChange={(checked) => {
              setTouched(true);
              setChosen((prev) => (checked ? [...prev, option.credentialId] : prev.filter((id) => id !== option.credentialId)));
            }}
          />
        ))}
        {errors.credentialIds ? (
          <p className="field-error" id="counts-toward-error">
            {errors.credentialIds}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="subform">
        <legend>Evidence</legend>
        {evidence.length > 0 ? (
          <ul className="attached-list" aria-label="Attached evidence">
            {evidence.map((file, i) => (
              <li key={file.id}>
                <span>{file.fileName}</span>
                <button type="button" className="button button-small" aria-label={`Detach ${file.fileName}`} onClick={() => setEvidence((prev) => prev.filter((f) => f.id !== file.id))}>
                  Detach
                </button>
                {errors[`evidenceIds.${i}`] ? <span className="field-error">{errors[`evidenceIds.${i}`]}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Certificates, receipts or letters: kept in Certplan’s evidence store for an audit.</p>
        )}
        <EvidencePicker
          key={pickerKey}
          label={evidence.length > 0 ? 'Evidence file (another)' : 'Evidence file'}
          value={null}
          error={errors.evidenceIds}
          onChange={(file) => {
            if (!file) return;
            setEvidence((prev) => (prev.some((f) => f.id === file.id) ? prev : [...prev, { id: file.id, fileName: file.fileName }]));
            setPickerKey((k) => k + 1);
          }}
        />
      </fieldset>
      <TextField label="Notes" multiline value={notes} error={errors.notes} onChange={setNotes} />
      <FormActions busy={saving} submitLabel={editing ? 'Save changes' : 'Log activity'} onCancel={onDone} />
    </form>
  );
}

function SharingCheckbox({ option, checked, onChange }: { option: SharingOption; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={!option.eligible || option.required}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>
        {option.acronym} <span className="muted">({option.name})</span>
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {option.note}
      </p>
    </div>
  );
}
