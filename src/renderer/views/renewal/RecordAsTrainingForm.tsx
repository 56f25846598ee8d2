import { useState } from 'react';
import type { ActivityView } from '../../../shared/schemas/renewal';
import { useApi, useStores } from '../../app/AppContext';
import { NumberField, TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { closeOnEscape } from '../../forms/closeOnEscape';

/** Record a CE activity also as training (for a prerequisite's contact hours), linked to it. */
export function RecordAsTrainingForm({ activity, onDone }: { activity: ActivityView; onDone: () => void }) {
  const api = useApi();
  const { notices } = useStores();
  const [topic, setTopic] = useState('');
  const [provider, setProvider] = useState(activity.provider);
  const [hours, setHours] = useState<number | null>(activity.units);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    const result = await api['ce:record-as-training']({ activityId: activity.id, topic, provider, ...(hours === null || Number.isNaN(hours) ? {} : { hours }) });
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      setErrors(issues.length ? Object.fromEntries(issues.map((i) => [i.path, i.message])) : { form: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: `“${activity.title}” is also recorded as ${result.data.hours} h of training` });
    onDone();
  };

  return (
    <form
      className="form-section"
      aria-label={`Record “${activity.title}” as training`}
      noValidate
      onKeyDown={closeOnEscape(onDone)}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Also record “{activity.title}” as training</h3>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-grid">
        <TextField label="Rule it serves" required value={topic} error={errors.topic} placeholder="e.g. PM education" hint="A training requirement counts the hours of courses with its topic." onChange={setTopic} />
        <TextField label="Provider" required value={provider} error={errors.provider} onChange={setProvider} />
        <NumberField label="Hours" value={hours} min={0} error={errors.hours} hint={`Date and title come from the activity (${activity.units} units).`} onChange={setHours} />
      </div>
      <FormActions busy={saving} submitLabel="Record as training" onCancel={onDone} />
    </form>
  );
}
