import { z } from 'zod';
import type { PlanItemView, PlanDomain } from '../../../../shared/schemas/preparation';
import type { StudySession } from '../../../../shared/schemas/studySession';
import { DraftNote } from '../../../components/DraftNote';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import { FormActions } from '../../../components/FormActions';
import { closeOnEscape } from '../../../forms/closeOnEscape';
import type { FieldErrors } from '../../../forms/fieldErrors';
import { wantsAnother } from '../../../forms/submitIntent';
import { useDraft } from '../../../forms/useDraft';
import { useErrorFocus } from '../../../forms/useErrorFocus';
import { formatDuration } from '../../../format/duration';

const SessionDraftSchema = z.strictObject({
  date: z.string().max(10),
  minutes: z.number().nullable(),
  domainId: z.string().max(200),
  planItemId: z.string().max(300),
  notes: z.string().max(20_000),
});
export type SessionDraft = z.infer<typeof SessionDraftSchema>;

export function draftFromSession(s: StudySession): SessionDraft {
  return { date: s.date, minutes: s.minutes, domainId: s.domainId ?? '', planItemId: s.planItemId ?? '', notes: s.notes };
}

/**
 * A study session entered or edited by hand. Errors come from the core, beside their fields.
 * What is typed is kept as a draft under `draftKey`; "Add and add another" keeps date and domain.
 */
export function SessionForm({
  draftKey,
  initial,
  domains,
  items,
  errors,
  submitLabel,
  anotherLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  draftKey: string;
  initial: SessionDraft;
  domains: readonly PlanDomain[];
  items: readonly PlanItemView[];
  errors: FieldErrors;
  submitLabel: string;
  anotherLabel?: string;
  busy: boolean;
  /** Resolves to whether the core accepted it. */
  onSubmit: (draft: SessionDraft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const form = useDraft({ key: draftKey, initial, schema: SessionDraftSchema, label: 'the study session' });
  const { draft, setDraft } = form;
  const formRef = useErrorFocus(errors);
  const general = domains.length === 1 && domains[0]?.id === 'general';
  const sameDay = items.filter((i) => i.date === draft.date);
  return (
    <form
      ref={formRef}
      className="subform"
      noValidate
      aria-label={submitLabel}
      onKeyDown={closeOnEscape(onCancel)}
      onSubmit={(e) => {
        e.preventDefault();
        const another = wantsAnother(e);
        void onSubmit(draft).then((ok) => {
          if (!ok) return;
          if (another) {
            form.restart({ ...initial, date: draft.date, domainId: draft.domainId });
            formRef.current?.querySelector<HTMLElement>('input[inputmode="decimal"]')?.focus();
          } else if (onCancel) {
            // Editing: the row closes.
            form.saved();
          } else {
            // Adding: the form is ready for the next one.
            form.restart(initial);
          }
        });
      }}
    >
      <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
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
          label="Planned session it belongs to"
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
      <FormActions
        busy={busy}
        submitLabel={submitLabel}
        busyLabel={submitLabel}
        {...(anotherLabel ? { anotherLabel } : {})}
        {...(onCancel
          ? {
              onCancel: () => {
                form.discard();
                onCancel();
              },
            }
          : {})}
      />
    </form>
  );
}
