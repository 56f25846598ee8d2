import { useRef, useState } from 'react';
import { z } from 'zod';
import { type TopicOption, type TrainingEntry, TrainingAddSchema } from '../../../../shared/schemas/records';
import { useApi, useStores } from '../../../app/AppContext';
import { DraftNote } from '../../../components/DraftNote';
import { EvidencePicker } from '../../../components/EvidencePicker';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import { type FieldErrors, toFieldErrors, zodFieldErrors } from '../fieldErrors';
import { FormActions } from '../../../components/FormActions';
import { closeOnEscape } from '../../../forms/closeOnEscape';
import { wantsAnother } from '../../../forms/submitIntent';
import { useDraft } from '../../../forms/useDraft';
import { useErrorFocus } from '../../../forms/useErrorFocus';
import { useFocusOnMount } from '../../../hooks/useFocusOnMount';

const OTHER = '__other__';

const DraftSchema = z.strictObject({
  course: z.string().max(1000),
  provider: z.string().max(1000),
  hours: z.number().nullable(),
  completedOn: z.string().max(10),
  topicChoice: z.string().max(300),
  otherTopic: z.string().max(300),
  evidence: z.strictObject({ id: z.string().max(200), fileName: z.string().max(500) }).nullable(),
});
type Draft = z.infer<typeof DraftSchema>;

function draftOf(entry: TrainingEntry | null, options: readonly TopicOption[], keep?: Pick<Draft, 'provider' | 'topicChoice' | 'otherTopic'>): Draft {
  const known = (topic: string) => options.find((o) => o.topic.toLowerCase() === topic.toLowerCase())?.topic;
  if (!entry) {
    const first = options.find((o) => o.tracks.length > 0)?.topic ?? options[0]?.topic;
    return { course: '', provider: keep?.provider ?? '', hours: null, completedOn: '', topicChoice: keep?.topicChoice ?? first ?? OTHER, otherTopic: keep?.otherTopic ?? '', evidence: null };
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

/** Add or edit a course: hours, completion date, what it counts toward and an optional certificate. */
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
  const form = useDraft({ key: entry ? `training:edit:${entry.id}` : 'training:new', initial: draftOf(entry, topicOptions), schema: DraftSchema, label: 'the training entry' });
  const { draft, setDraft } = form;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);
  const formRef = useErrorFocus(errors);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async (another: boolean) => {
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
    setErrors({});
    if (another) {
      form.restart(draftOf(null, topicOptions, { provider: draft.provider, topicChoice: draft.topicChoice, otherTopic: draft.otherTopic }));
      setPickerKey((k) => k + 1);
      notices.getState().show({ kind: 'success', message: `Added “${result.data.course}”. Add the next one.` });
      formRef.current?.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    form.saved();
    notices.getState().show({ kind: 'success', message: `${entry ? 'Saved' : 'Added'} “${result.data.course}”` });
    onSaved();
  };

  const topicSelect = [
    ...topicOptions.map((o) => ({ value: o.topic, label: o.tracks.length ? `${o.topic} (${o.tracks.join(', ')})` : o.topic })),
    { value: OTHER, label: 'Another topic…' },
  ];
  return (
    <form
      ref={formRef}
      className="form-section record-form"
      aria-labelledby="training-form-heading"
      noValidate
      onKeyDown={closeOnEscape(onCancel)}
      onSubmit={(e) => {
        e.preventDefault();
        void save(wantsAnother(e));
      }}
    >
      <h3 id="training-form-heading" ref={headingRef} tabIndex={-1}>
        {entry ? `Edit “${entry.course}”` : 'Add training'}
      </h3>
      <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
      <div className="form-grid">
        <TextField label="Course" required value={draft.course} error={errors.course} onChange={(v) => set('course', v)} />
        <TextField label="Provider" required value={draft.provider} error={errors.provider} onChange={(v) => set('provider', v)} />
        <NumberField label="Hours" required value={draft.hours} min={0} error={errors.hours} hint="Contact hours on the certificate" onChange={(v) => set('hours', v)} />
        <TextField label="Completed on" type="date" required value={draft.completedOn} error={errors.completedOn} onChange={(v) => set('completedOn', v)} />
      </div>
      <div className="form-grid">
        <SelectField
          label="Counts toward"
          value={draft.topicChoice}
          options={topicSelect}
          error={draft.topicChoice === OTHER ? undefined : errors.topic}
          hint="The kind of training a certification asks for, e.g. “PM education” for PMP’s 35 hours."
          onChange={(v) => set('topicChoice', v)}
        />
        {draft.topicChoice === OTHER ? <TextField label="Topic" required value={draft.otherTopic} error={errors.topic} placeholder="e.g. PM education" onChange={(v) => set('otherTopic', v)} /> : null}
      </div>
      <EvidencePicker
        key={pickerKey}
        label="Certificate or receipt (optional)"
        value={draft.evidence}
        error={errors.evidenceId}
        onChange={(file) => set('evidence', file ? { id: file.id, fileName: file.fileName } : null)}
      />
      <FormActions
        busy={saving}
        submitLabel={entry ? 'Save training' : 'Add training'}
        {...(entry ? {} : { anotherLabel: 'Add and add another' })}
        onCancel={() => {
          form.discard();
          onCancel();
        }}
      />
    </form>
  );
}
