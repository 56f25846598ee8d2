import { useState } from 'react';
import type { PlanItemView, PlanDomain } from '../../../../shared/schemas/preparation';
import type { StudySession } from '../../../../shared/schemas/studySession';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import type { FieldErrors } from '../../../forms/fieldErrors';
import { formatDuration } from '../../../format/duration';
import { FormActions } from '../../../components/FormActions';

export interface SessionDraft {
  date: string;
  minutes: number | null;
  domainId: string;
  planItemId: string;
  notes: string;
}

export function draftFromSession(s: StudySession): SessionDraft {
  return { date: s.date, minutes: s.minutes, domainId: s.domainId ?? '', planItemId: s.planItemId ?? '', notes: s.notes };
}

/** A study session entered or edited by hand. Errors come from the core, beside their fields. */
export function SessionForm({
  initial,
  domains,
  items,
  errors,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: SessionDraft;
  domains: readonly PlanDomain[];
  items: readonly PlanItemView[];
  errors: FieldErrors;
  submitLabel: string;
  busy: boolean;
  onSubmit: (draft: SessionDraft) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const general = domains.length === 1 && domains[0]?.id === 'general';
  const sameDay = items.filter((i) => i.date === draft.date);
  return (
    <form
      className="subform"
      noValidate
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(draft);
      }}
    >
      <div className="form-grid">
        <TextField label="Date" type="date" required value={draft.date} onChange={(date) => setDraft({ ...draft, date, planItemId: '' })} error={errors.date} />
        <NumberField label="Minutes" required value={draft.minutes} onChange={(minutes) => setDraft({ ...draft, minutes })} error={errors.minutes} />
        <SelectField
          label="Domain"
          value={draft.domainId}
          onChange={(domainId) => setDraft({ ...draft, domainId })}
          options={[{ value: '', label: general ? 'General' : 'Whole exam' }, ...(general ? [] : domains.map((d) => ({ value: d.id, label: d.name })))]}
          error={errors.domainId}
        />
        <SelectField
          label="Plan item"
          value={draft.planItemId}
          onChange={(planItemId) => {
            const item = sameDay.find((i) => i.id === planItemId);
            setDraft({ ...draft, planItemId, domainId: item ? (item.domainId ?? '') : draft.domainId });
          }}
          options={[{ value: '', label: 'None' }, ...sameDay.map((i) => ({ value: i.id, label: `${i.domainName}, ${formatDuration(i.minutes)}` }))]}
          error={errors.planItemId}
          hint={sameDay.length === 0 ? 'Nothing was planned that day' : undefined}
        />
      </div>
      <TextField label="Notes" multiline value={draft.notes} onChange={(notes) => setDraft({ ...draft, notes })} error={errors.notes} />
      <FormActions busy={busy} submitLabel={submitLabel} busyLabel={submitLabel} {...(onCancel ? { onCancel } : {})} />
    </form>
  );
}
