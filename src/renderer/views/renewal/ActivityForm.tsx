import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import type { SharingOption } from '../../../shared/schemas/ce';
import type { ActivityView, RenewalView } from '../../../shared/schemas/renewal';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { DraftNote } from '../../components/DraftNote';
import { EvidencePicker } from '../../components/EvidencePicker';
import { NumberField, SelectField, TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { closeOnEscape } from '../../forms/closeOnEscape';
import { wantsAnother } from '../../forms/submitIntent';
import { useDraft } from '../../forms/useDraft';
import { useErrorFocus } from '../../forms/useErrorFocus';
import { explainCategory } from '../../format/ceCategories';
import { describeActivityBounds } from '../../../shared/rulesWording';

type Errors = Record<string, string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const DraftSchema = z.strictObject({
  date: z.string().max(10),
  title: z.string().max(1000),
  provider: z.string().max(1000),
  units: z.number().nullable(),
  categoryId: z.string().max(200),
  activityTypeId: z.string().max(200),
  notes: z.string().max(20_000),
  evidence: z.array(z.strictObject({ id: z.string().max(200), fileName: z.string().max(500) })).max(40),
  chosen: z.array(z.string().max(200)).max(40),
  /** Whether the person changed the credentials it counts toward (then the defaults stop applying). */
  touched: z.boolean(),
});
type Draft = z.infer<typeof DraftSchema>;

/**
 * Log (or edit) a continuing-education activity: the category list comes from this credential's
 * rules, the credentials it counts toward start from the sharing rules' defaults (asked of the
 * core for the chosen category and date), evidence files go into the store as they are picked.
 * The core checks everything again; its messages land beside the fields. What is typed is kept as
 * a draft; "Log and add another" keeps the date, provider, category and credentials.
 */
export function ActivityForm({ view, editing, onDone }: { view: RenewalView; editing: ActivityView | null; onDone: () => void }) {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? '');
  const categories = (view.maintenance?.groups ?? []).flatMap((g) =>
    g.categories.map((c) => ({ value: c.id, label: g.categories.length > 1 ? `${g.name}: ${c.name}` : c.name, rules: c })),
  );
  const initial: Draft = {
    date: editing?.date ?? today,
    title: editing?.title ?? '',
    provider: editing?.provider ?? '',
    units: editing?.units ?? null,
    categoryId: editing?.categoryId ?? categories[0]?.value ?? '',
    activityTypeId: editing?.activityTypeId ?? '',
    notes: editing?.notes ?? '',
    evidence: editing?.evidence.map((e) => ({ id: e.id, fileName: e.fileName })) ?? [],
    chosen: editing?.credentials.map((c) => c.id) ?? [],
    touched: editing !== null,
  };
  const form = useDraft({
    key: editing ? `ce:edit:${editing.id}` : `ce:new:${view.credential.id}`,
    initial,
    schema: DraftSchema,
    label: 'the activity',
  });
  const { draft, setDraft } = form;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const [pickerKey, setPickerKey] = useState(0);
  const [options, setOptions] = useState<SharingOption[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useErrorFocus(errors);
  const unitStep = view.maintenance?.unitStep ?? null;
  const unitName = view.maintenance?.unitName ?? 'unit';
  const { date, categoryId } = draft;
  const kinds = categories.find((c) => c.value === categoryId)?.rules.activityTypes ?? [];
  const bounds = describeActivityBounds(view.maintenance?.activityUnits ?? null, unitName);

  useEffect(() => {
    if (!DATE.test(date) || !categoryId) return undefined;
    let current = true;
    void api['ce:preview-sharing']({ credentialId: view.credential.id, categoryId, date }).then((result) => {
      if (current && result.ok) setOptions(result.data);
    });
    return () => {
      current = false;
    };
  }, [api, view.credential.id, categoryId, date]);

  // Until the person ticks something the defaults apply; after that their choice stays, minus
  // credentials that cannot take the activity, plus those the rules require.
  const eligible = new Set(options.filter((o) => o.eligible).map((o) => o.credentialId));
  const required = options.filter((o) => o.required).map((o) => o.credentialId);
  const base = draft.touched
    ? options.length === 0
      ? draft.chosen
      : draft.chosen.filter((id) => eligible.has(id))
    : options.filter((o) => o.chosenByDefault).map((o) => o.credentialId);
  const chosen = [...new Set([...base, ...required])];

  const save = async (another: boolean) => {
    const units = draft.units;
    if (units === null || Number.isNaN(units)) {
      setErrors({ units: units === null ? 'Enter the units the activity earned' : 'Units must be a number' });
      return;
    }
    const kind = kinds.some((k) => k.id === draft.activityTypeId) ? draft.activityTypeId : null;
    const activity = {
      date: draft.date,
      title: draft.title,
      provider: draft.provider,
      units,
      categoryId: draft.categoryId,
      activityTypeId: kind,
      credentialIds: chosen,
      evidenceIds: draft.evidence.map((e) => e.id),
      notes: draft.notes,
    };
    setSaving(true);
    const result = editing ? await api['ce:update']({ id: editing.id, activity }) : await api['ce:log'](activity);
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      setErrors(Object.fromEntries(issues.map((i) => [i.path.replace(/^activity\./, ''), i.message])));
      if (issues.length === 0) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setErrors({});
    if (another) {
      form.restart({ ...initial, date: draft.date, provider: draft.provider, categoryId: draft.categoryId, chosen, touched: draft.touched });
      setPickerKey((k) => k + 1);
      notices.getState().show({ kind: 'success', message: `Logged “${result.data.title}”. Log the next one.` });
      formRef.current?.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    form.saved();
    notices.getState().show({ kind: 'success', message: editing ? `Saved “${result.data.title}”` : `Logged “${result.data.title}”` });
    onDone();
  };

  return (
    <form
      ref={formRef}
      className="form-section activity-form"
      aria-label={editing ? 'Edit activity' : 'Log an activity'}
      noValidate
      onKeyDown={closeOnEscape(onDone)}
      onSubmit={(e) => {
        e.preventDefault();
        void save(wantsAnother(e));
      }}
    >
      <h3>{editing ? `Edit “${editing.title}”` : 'Log an activity'}</h3>
      <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
      {Object.keys(errors).length > 0 ? (
        <div className="error-box" role="alert">
          <p>Check the fields marked below; nothing was saved.</p>
        </div>
      ) : null}
      <div className="form-grid">
        <TextField label="Date" type="date" required value={draft.date} error={errors.date} onChange={(v) => set('date', v)} />
        <TextField label="Title" required value={draft.title} error={errors.title} onChange={(v) => set('title', v)} />
        <TextField label="Provider" value={draft.provider} error={errors.provider} onChange={(v) => set('provider', v)} hint="Who ran it, e.g. a PMI chapter" />
        <NumberField
          label={`Units (${unitName}s)`}
          required
          value={draft.units}
          step={unitStep ?? 'any'}
          min={0}
          error={errors.units}
          hint={[unitStep !== null ? `In steps of ${unitStep}.` : null, bounds].filter(Boolean).join(' ') || undefined}
          onChange={(v) => set('units', v)}
        />
        <SelectField
          label="Category"
          className="field-wide"
          value={draft.categoryId}
          options={categories}
          error={errors.categoryId}
          hint={(() => {
            const chosen = categories.find((c) => c.value === draft.categoryId);
            return chosen ? explainCategory(chosen.rules, unitName) : undefined;
          })()}
          onChange={(v) => set('categoryId', v)}
        />
        {kinds.length > 0 ? (
          <SelectField
            label="Kind of activity"
            value={kinds.some((k) => k.id === draft.activityTypeId) ? draft.activityTypeId : ''}
            error={errors.activityTypeId}
            hint="Some kinds have their own cap"
            options={[{ value: '', label: 'Choose…' }, ...kinds.map((k) => ({ value: k.id, label: k.max !== null ? `${k.name} (at most ${k.max})` : k.name }))]}
            onChange={(v) => set('activityTypeId', v)}
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
            onChange={(checked) =>
              setDraft((d) => ({ ...d, touched: true, chosen: checked ? [...chosen, option.credentialId] : chosen.filter((id) => id !== option.credentialId) }))
            }
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
        {draft.evidence.length > 0 ? (
          <ul className="attached-list" aria-label="Attached evidence">
            {draft.evidence.map((file, i) => (
              <li key={file.id}>
                <span>{file.fileName}</span>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Detach ${file.fileName}`}
                  onClick={() => set('evidence', draft.evidence.filter((f) => f.id !== file.id))}
                >
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
          label={draft.evidence.length > 0 ? 'Evidence file (another)' : 'Evidence file'}
          value={null}
          error={errors.evidenceIds}
          onChange={(file) => {
            if (!file) return;
            setDraft((d) => (d.evidence.some((f) => f.id === file.id) ? d : { ...d, evidence: [...d.evidence, { id: file.id, fileName: file.fileName }] }));
            setPickerKey((k) => k + 1);
          }}
        />
      </fieldset>
      <TextField label="Notes" multiline value={draft.notes} error={errors.notes} onChange={(v) => set('notes', v)} />
      <FormActions
        busy={saving}
        submitLabel={editing ? 'Save changes' : 'Log activity'}
        {...(editing ? {} : { anotherLabel: 'Log and add another' })}
        onCancel={() => {
          form.discard();
          onDone();
        }}
      />
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
