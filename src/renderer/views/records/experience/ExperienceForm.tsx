import { useRef, useState } from 'react';
import { z } from 'zod';
import { type AreaOption, type ExperienceEntry, ExperienceAddSchema } from '../../../../shared/schemas/records';
import { useApi, useStores } from '../../../app/AppContext';
import { DraftNote } from '../../../components/DraftNote';
import { CheckboxField, NumberField, TextField } from '../../../components/fields';
import { FormActions } from '../../../components/FormActions';
import { closeOnEscape } from '../../../forms/closeOnEscape';
import { useDraft } from '../../../forms/useDraft';
import { useErrorFocus } from '../../../forms/useErrorFocus';
import { wantsAnother } from '../../../forms/submitIntent';
import { useFocusOnMount } from '../../../hooks/useFocusOnMount';
import { type FieldErrors, toFieldErrors, zodFieldErrors } from '../fieldErrors';
import { AreaPicker } from './AreaPicker';

const DraftSchema = z.strictObject({
  organisation: z.string().max(1000),
  title: z.string().max(1000),
  role: z.string().max(1000),
  startMonth: z.string().max(10),
  endMonth: z.string().max(10),
  ongoing: z.boolean(),
  hours: z.number().nullable(),
  description: z.string().max(20_000),
  areas: z.array(z.string().max(200)).max(60),
});
type Draft = z.infer<typeof DraftSchema>;

function draftOf(entry: ExperienceEntry | null, options: readonly AreaOption[], keep?: Pick<Draft, 'organisation' | 'areas'>): Draft {
  if (!entry) {
    // A new entry starts tagged with the areas the person's open tracks read.
    const areas = keep?.areas ?? options.filter((o) => o.tracks.length > 0).map((o) => o.area);
    return { organisation: keep?.organisation ?? '', title: '', role: '', startMonth: '', endMonth: '', ongoing: false, hours: null, description: '', areas };
  }
  return {
    organisation: entry.organisation,
    title: entry.title,
    role: entry.role,
    startMonth: entry.startMonth,
    endMonth: entry.endMonth ?? '',
    ongoing: entry.endMonth === null,
    hours: entry.hours,
    description: entry.description,
    areas: [...entry.areas],
  };
}

/**
 * Add or edit one experience entry. The shared schema checks the form before sending (an end
 * before the start); the core adds what needs its clock (nothing after the current month). What
 * is typed is kept as a draft until saved; "Save and add another" keeps the organisation and areas.
 */
export function ExperienceForm({
  entry,
  areaOptions,
  onSaved,
  onCancel,
}: {
  entry: ExperienceEntry | null;
  areaOptions: readonly AreaOption[];
  onSaved: (saved: ExperienceEntry) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { notices } = useStores();
  const form = useDraft({ key: entry ? `experience:edit:${entry.id}` : 'experience:new', initial: draftOf(entry, areaOptions), schema: DraftSchema, label: 'the experience entry' });
  const { draft, setDraft } = form;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useErrorFocus(errors);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async (another: boolean) => {
    const input = {
      organisation: draft.organisation,
      title: draft.title,
      role: draft.role,
      startMonth: draft.startMonth,
      endMonth: draft.ongoing ? null : draft.endMonth,
      hours: draft.hours,
      description: draft.description,
      areas: draft.areas,
    };
    const checked = ExperienceAddSchema.safeParse(input);
    if (!checked.success) {
      setErrors(zodFieldErrors(checked.error));
      return;
    }
    setSaving(true);
    const result = entry ? await api['experience:update']({ id: entry.id, ...input }) : await api['experience:add'](input);
    setSaving(false);
    if (!result.ok) {
      setErrors(toFieldErrors(result.error.details?.issues));
      if (!result.error.details?.issues?.length) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setErrors({});
    if (another) {
      form.restart(draftOf(null, areaOptions, { organisation: draft.organisation, areas: draft.areas }));
      notices.getState().show({ kind: 'success', message: `Added “${result.data.title}”. Add the next one.` });
      formRef.current?.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    form.saved();
    notices.getState().show({ kind: 'success', message: `${entry ? 'Saved' : 'Added'} “${result.data.title}”` });
    onSaved(result.data);
  };

  const title = entry ? `Edit “${entry.title}”` : 'Add experience';
  return (
    <form
      ref={formRef}
      className="form-section record-form"
      aria-labelledby="experience-form-heading"
      noValidate
      onKeyDown={closeOnEscape(onCancel)}
      onSubmit={(e) => {
        e.preventDefault();
        void save(wantsAnother(e));
      }}
    >
      <h3 id="experience-form-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
      <div className="form-grid">
        <TextField label="Organisation" required value={draft.organisation} error={errors.organisation} onChange={(v) => set('organisation', v)} />
        <TextField label="Project or role title" required value={draft.title} error={errors.title} onChange={(v) => set('title', v)} />
        <TextField label="Your role" value={draft.role} error={errors.role} placeholder="e.g. project manager" onChange={(v) => set('role', v)} />
      </div>
      <div className="form-grid">
        <TextField label="Start month" type="month" required value={draft.startMonth} error={errors.startMonth} hint="The whole month counts" onChange={(v) => set('startMonth', v)} />
        {draft.ongoing ? null : (
          <TextField label="End month" type="month" required value={draft.endMonth} error={errors.endMonth} hint="The whole month counts" onChange={(v) => set('endMonth', v)} />
        )}
        <NumberField label="Hours (optional)" value={draft.hours} min={0} error={errors.hours} onChange={(v) => set('hours', v)} />
      </div>
      <CheckboxField label="Ongoing — I still do this work" checked={draft.ongoing} hint="Ongoing work counts up to the current month and keeps adding months." onChange={(v) => set('ongoing', v)} />
      <TextField label="Description" multiline value={draft.description} error={errors.description} hint="What you did: an application or audit asks for it." onChange={(v) => set('description', v)} />
      <AreaPicker options={areaOptions} value={draft.areas} error={errors.areas} onChange={(areas) => set('areas', areas)} />
      <FormActions
        busy={saving}
        submitLabel={entry ? 'Save entry' : 'Add entry'}
        {...(entry ? {} : { anotherLabel: 'Add and add another' })}
        onCancel={() => {
          form.discard();
          onCancel();
        }}
      />
    </form>
  );
}
