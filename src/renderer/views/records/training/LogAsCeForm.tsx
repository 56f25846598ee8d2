import { useState } from 'react';
import type { TrainingEntry } from '../../../../shared/schemas/records';
import { useApi, useStores } from '../../../app/AppContext';
import { NumberField, SelectField } from '../../../components/fields';
import { FormActions } from '../../../components/FormActions';
import { useCall } from '../../../hooks/useCall';
import { closeOnEscape } from '../../../forms/closeOnEscape';

/**
 * Log a course also as a CE activity: the credential and the category it counts under; date,
 * title, provider and certificate come from the training entry, units default to its hours.
 */
export function LogAsCeForm({ entry, onDone }: { entry: TrainingEntry; onDone: () => void }) {
  const api = useApi();
  const { notices } = useStores();
  const credentials = useCall('credentials:list', () => api['credentials:list']({}), ['credentials']);
  const withRules = (credentials.state.data ?? []).filter((c) => c.hasRenewalRules);
  const [credentialId, setCredentialId] = useState('');
  const chosen = credentialId || withRules[0]?.id || '';
  const rules = useCall(chosen ? `renewal:get:${chosen}` : null, () => api['renewal:get']({ credentialId: chosen }), ['credentials']);
  const categories = (rules.state.data?.maintenance?.kind === 'continuing-education' ? rules.state.data.maintenance.groups : []).flatMap((g) =>
    g.categories.map((c) => ({ value: c.id, label: g.categories.length > 1 ? `${g.name}: ${c.name}` : c.name })),
  );
  const [categoryId, setCategoryId] = useState('');
  const category = categoryId && categories.some((c) => c.value === categoryId) ? categoryId : (categories[0]?.value ?? '');
  const [units, setUnits] = useState<number | null>(entry.hours > 0 ? entry.hours : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const unitName = rules.state.data?.maintenance?.unitName ?? 'unit';

  if (credentials.state.data && withRules.length === 0) {
    return <p className="muted">Add a credential you renew with continuing education first; then this course can count toward it.</p>;
  }

  const save = async () => {
    if (units === null || Number.isNaN(units)) {
      setErrors({ units: 'Enter the units it earned' });
      return;
    }
    setSaving(true);
    const result = await api['training:log-as-ce']({ trainingId: entry.id, credentialId: chosen, categoryId: category, units });
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      setErrors(issues.length ? Object.fromEntries(issues.map((i) => [i.path, i.message])) : { form: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: `“${entry.course}” is also logged as ${units} ${unitName}${units === 1 ? '' : 's'}` });
    onDone();
  };

  return (
    <form
      className="form-section"
      aria-label={`Log “${entry.course}” as a CE activity`}
      noValidate
      onKeyDown={closeOnEscape(onDone)}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Also log “{entry.course}” as continuing education</h3>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-grid">
        <SelectField label="Counts toward" value={chosen} options={withRules.map((c) => ({ value: c.id, label: `${c.acronym}: ${c.name}` }))} error={errors.credentialId} onChange={setCredentialId} />
        <SelectField label="Category" value={category} options={categories} error={errors.categoryId} onChange={setCategoryId} />
        <NumberField label={`Units (${unitName}s)`} value={units} min={0} step={rules.state.data?.maintenance?.unitStep ?? 'any'} error={errors.units ?? errors.date} hint={`Date, title, provider and certificate come from the course (${entry.hours} h).`} onChange={setUnits} />
      </div>
      <FormActions busy={saving} submitLabel="Log as CE activity" onCancel={onDone} />
    </form>
  );
}
