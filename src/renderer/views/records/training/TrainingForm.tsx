import { useRef, useState } from 'react';
import type { EvidenceFile } from '../../../../shared/schemas/evidence';
import { type TopicOption, type TrainingEntry, TrainingAddSchema } from '../../../../shared/schemas/records';
import { useApi, useStores } from '../../../app/AppContext';
import { EvidencePicker } from '../../../components/EvidencePicker';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import { type FieldErrors, toFieldErrors, zodFieldErrors } from '../fieldErrors';
import { FormActions } from '../../../components/FormActions';
import { useFocusOnMount } from '../../../hooks/useFocusOnMount';

const OTHER = '__other__';

interface Draft {
  course: string;
  provider: string;
  hours: number | null;
  completedOn: string;
  topicChoice: string;
  otherTopic: string;
  evidence: Pick<EvidenceFile, 'id' | 'fileName'> | null;
}

function draftOf(entry: TrainingEntry | null, options: readonly TopicOption[]): Draft {
  const known = (topic: string) => options.find((o) => o.topic.toLowerCase() === topic.toLowerCase())?.topic;
  if (!entry) {
    const first = options.find((o) => o.tracks.length > 0)?.topic ?? options[0]?.topic;
    return { course: '', provider: '', hours: null, completedOn: '', topicChoice: first ?? OTHER, otherTopic: '', evidence: null };
  }
  const match = known(entry.topic);
  return {
    course: entry.course,
    provider: entry.provider,
    hours: entry.hours,
    completedOn: entry.completedOn,
    topicChoice: match ?? OTHER,
    otherTopic: match ? '' : entry.topic,
    evidence: entry.evidence,
  };
}

/** Add or edit a course: hours, completion date, the rule it serves and an optional certificate. */
export function TrainingForm({
  entry,
  topicOptions,
  onSaved,
  onCancel,
}: {
  entry: TrainingEntry | null;
  topicOptions: readonly TopicOption[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { notices } = useStores();
  const [draft, setDraft] = useState(() => draftOf(entry, topicOptions));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    const checked = TrainingAddSchema.safeParse({
      course: draft.course,
      provider: draft.provider,
      hours: draft.hours,
      completedOn: draft.completedOn,
      topic: draft.topicChoice === OTHER ? draft.otherTopic : draft.topicChoice,
      evidenceId: draft.evidence?.id ?? null,
    });
    if (!checked.success) {
      setErrors(zodFieldErrors(checked.error));
      return;
    }
    const input = checked.data;
    setSaving(true);
    const result = entry ? await api['training:update']({ id: entry.id, ...input }) : await api['training:add'](input);
    setSaving(false);
    if (!result.ok) {
      setErrors(toFieldErrors(result.error.details?.issues));
      if (!result.error.details?.issues?.length) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: `${entry ? 'Saved' : 'Added'} “${result.data.course}”` });
    onSaved();
  };

  const topicSelect = [
    ...topicOptions.map((o) => ({ value: o.topic, label: o.tracks.length ? `${o.topic} (${o.tracks.join(', ')})` : o.topic })),
    { value: OTHER, label: 'Another topic…' },
  ];
  return (
    <form
      className="form-section record-form"
      aria-labelledby="training-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="training-form-heading" ref={headingRef} tabIndex={-1}>
        {entry ? `Edit “${entry.course}”` : 'Add training'}
      </h3>
      <div className="form-grid">
        <TextField label="Course" required value={draft.course} error={errors.course} onChange={(v) => set('course', v)} />
        <TextField label="Provider" required value={draft.provider} error={errors.provider} onChange={(v) => set('provider', v)} />
        <NumberField label="Hours" required value={draft.hours} min={0} error={errors.hours} hint="Contact hours on the certificate" onChange={(v) => set('hours', v)} />
        <TextField label="Completed on" type="date" required value={draft.completedOn} error={errors.completedOn} onChange={(v) => set('completedOn', v)} />
      </div>
      <div className="form-grid">
        <SelectField
          label="Rule it serves"
          value={draft.topicChoice}
          options={topicSelect}
          error={draft.topicChoice === OTHER ? undefined : errors.topic}
          hint="A training requirement counts the hours of courses with its topic."
          onChange={(v) => set('topicChoice', v)}
        />
        {draft.topicChoice === OTHER ? <TextField label="Topic" required value={draft.otherTopic} error={errors.topic} placeholder="e.g. PM education" onChange={(v) => set('otherTopic', v)} /> : null}
      </div>
      <EvidencePicker label="Certificate or receipt (optional)" value={draft.evidence} error={errors.evidenceId} onChange={(file) => set('evidence', file)} />
      <FormActions busy={saving} submitLabel={entry ? 'Save training' : 'Add training'} onCancel={onCancel} />
    </form>
  );
}
