import { useRef, useState } from 'react';
import { type AreaOption, type ExperienceEntry, ExperienceAddSchema } from '../../../../shared/schemas/records';
import { useApi, useStores } from '../../../app/AppContext';
import { CheckboxField, NumberField, TextField } from '../../../components/fields';
import { type FieldErrors, toFieldErrors, zodFieldErrors } from '../fieldErrors';
import { AreaPicker } from './AreaPicker';
import { FormActions } from '../../../components/FormActions';
import { useFocusOnMount } from '../../../hooks/useFocusOnMount';

interface Draft {
  organisation: string;
  title: string;
  role: string;
  startMonth: string;
  endMonth: string;
  ongoing: boolean;
  hours: number | null;
  description: string;
  areas: string[];
}

function draftOf(entry: ExperienceEntry | null, options: readonly AreaOption[]): Draft {
  if (!entry) {
    // A new entry starts tagged with the areas the person's open tracks read.
    const areas = options.filter((o) => o.tracks.length > 0).map((o) => o.area);
    return { organisation: '', title: '', role: '', startMonth: '', endMonth: '', ongoing: false, hours: null, description: '', areas };
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
 * before the start); the core adds what needs its clock (nothing after the current month).
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
  const [draft, setDraft] = useState(() => draftOf(entry, areaOptions));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
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
    notices.getState().show({ kind: 'success', message: `${entry ? 'Saved' : 'Added'} “${result.data.title}”` });
    onSaved(result.data);
  };

  const title = entry ? `Edit “${entry.title}”` : 'Add experience';
  return (
    <form
      className="form-section record-form"
      aria-labelledby="experience-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="experience-form-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <div className="form-grid">
        <TextField label="Organisation" required value={draft.organisation} error={errors.organisation} onChange={(v) => set('organisation', v)} />
        <TextField label="Project or role title" required value={draft.title} error={errors.title} onChange={(v) => set('title', v)} />
        <TextField label="Your role" value={draft.role} error={errors.role} placeholder="e.g. project manager" onChange={(v) => set('role', v)} />
      </div>
      <div className="form-grid">
        <TextField label="Start month" type="month" required value={draft.startMonth} error={errors.startMonth} hint="Counts in full" onChange={(v) => set('startMonth', v)} />
        {draft.ongoing ? null : (
          <TextField label="End month" type="month" required value={draft.endMonth} error={errors.endMonth} hint="Counts in full" onChange={(v) => set('endMonth', v)} />
        )}
        <NumberField label="Hours (optional)" value={draft.hours} min={0} error={errors.hours} onChange={(v) => set('hours', v)} />
      </div>
      <CheckboxField label="Ongoing — I still do this work" checked={draft.ongoing} hint="Ongoing work counts up to the current month and keeps adding months." onChange={(v) => set('ongoing', v)} />
      <TextField label="Description" multiline value={draft.description} error={errors.description} hint="What you did: an application or audit asks for it." onChange={(v) => set('description', v)} />
      <AreaPicker options={areaOptions} value={draft.areas} error={errors.areas} onChange={(areas) => set('areas', areas)} />
      <FormActions busy={saving} submitLabel={entry ? 'Save entry' : 'Add entry'} onCancel={onCancel} />
    </form>
  );
}
