import { useState } from 'react';
import { z } from 'zod';
import type { Credential } from '../../../../shared/schemas/credential';
import { useApi, useSlice, useStores } from '../../../app/AppContext';
import { DraftNote } from '../../../components/DraftNote';
import { SelectField, TextField } from '../../../components/fields';
import { FormActions } from '../../../components/FormActions';
import { formatDay } from '../../../format/dates';
import { closeOnEscape } from '../../../forms/closeOnEscape';
import { useDraft } from '../../../forms/useDraft';
import { useErrorFocus } from '../../../forms/useErrorFocus';
import { useCall } from '../../../hooks/useCall';
import { type FieldErrors, toFieldErrors } from '../fieldErrors';

const NOT_LISTED = '__other__';

const DraftSchema = z.strictObject({
  certificationId: z.string().max(200),
  name: z.string().max(1000),
  acronym: z.string().max(200),
  body: z.string().max(1000),
  credentialNumber: z.string().max(500),
  earnedOn: z.string().max(10),
  notes: z.string().max(20_000),
});
type Draft = z.infer<typeof DraftSchema>;

/**
 * Add a credential held (picked from the catalog, or named when the catalog lacks it), or edit the
 * number, date and notes of one. Identity is fixed once added: it decides which rules count it.
 */
export function CredentialForm({
  credential,
  onDone,
  onSaved,
  certificationId: preset = '',
}: {
  credential: Credential | null;
  onDone: () => void;
  /** Called with the saved credential before `onDone` (the guided start remembers it). */
  onSaved?: (saved: Credential) => void;
  certificationId?: string;
}) {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today);
  const catalog = useCall(credential ? null : 'catalog:names', () => api['catalog:list']({}), ['catalog']);
  const initial: Draft = {
    certificationId: credential ? '' : preset,
    name: '',
    acronym: '',
    body: '',
    credentialNumber: credential?.credentialNumber ?? '',
    earnedOn: credential?.earnedOn ?? '',
    notes: credential?.notes ?? '',
  };
  const form = useDraft({ key: credential ? `credential:edit:${credential.id}` : 'credential:new', initial, schema: DraftSchema, label: 'the credential' });
  const { draft, setDraft } = form;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useErrorFocus(errors);

  const save = async () => {
    if (!credential && draft.certificationId === '') {
      setErrors({ certificationId: 'Choose the credential, or “Not in the catalog”' });
      return;
    }
    setSaving(true);
    const common = { credentialNumber: draft.credentialNumber.trim() || null, earnedOn: draft.earnedOn, notes: draft.notes };
    const result = credential
      ? await api['credentials:update']({ id: credential.id, patch: common })
      : await api['credentials:add'](
          draft.certificationId !== NOT_LISTED
            ? { certificationId: draft.certificationId, ...common }
            : { certificationId: null, name: draft.name, acronym: draft.acronym, body: draft.body, ...common },
        );
    setSaving(false);
    if (!result.ok) {
      setErrors(toFieldErrors(result.error.details?.issues?.map((i) => ({ ...i, path: i.path.replace(/^patch\./, '') }))));
      if (!result.error.details?.issues?.length) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    form.saved();
    notices.getState().show({ kind: 'success', message: `${credential ? 'Saved' : 'Added'} ${result.data.acronym}` });
    onSaved?.(result.data);
    onDone();
  };

  const catalogOptions = [
    { value: '', label: 'Choose…' },
    ...(catalog.state.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.acronym} — ${c.name}` })),
    { value: NOT_LISTED, label: 'Not in the catalog' },
  ];
  return (
    <form
      ref={formRef}
      className="form-section record-form"
      aria-label={credential ? `Edit ${credential.acronym}` : 'Add a credential'}
      noValidate
      onKeyDown={closeOnEscape(onDone)}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{credential ? `Edit ${credential.acronym}` : 'Add a credential you hold'}</h3>
      <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
      {credential ? null : (
        <>
          <SelectField
            className="narrow-field"
            label="Credential"
            value={draft.certificationId}
            options={catalogOptions}
            error={errors.certificationId}
            hint="Pick it from the catalog so prerequisites can count it (a CAPM stands in for PMP’s 35 hours)."
            onChange={(v) => set('certificationId', v)}
          />
          {draft.certificationId === NOT_LISTED ? (
            <div className="form-grid">
              <TextField label="Name" required value={draft.name} error={errors.name} onChange={(v) => set('name', v)} />
              <TextField label="Acronym" value={draft.acronym} error={errors.acronym} onChange={(v) => set('acronym', v)} />
              <TextField label="Awarded by" value={draft.body} error={errors.body} onChange={(v) => set('body', v)} />
            </div>
          ) : null}
        </>
      )}
      <div className="form-grid">
        <TextField
          label="Earned on"
          type="date"
          required
          value={draft.earnedOn}
          error={errors.earnedOn}
          hint={today ? `The day you passed, up to today (${formatDay(today)})` : 'The day you passed'}
          onChange={(v) => set('earnedOn', v)}
        />
        <TextField label="Credential number" value={draft.credentialNumber} error={errors.credentialNumber} onChange={(v) => set('credentialNumber', v)} />
      </div>
      <TextField label="Notes" multiline value={draft.notes} error={errors.notes} onChange={(v) => set('notes', v)} />
      <FormActions
        busy={saving}
        submitLabel={credential ? 'Save credential' : 'Add credential'}
        onCancel={() => {
          form.discard();
          onDone();
        }}
      />
    </form>
  );
}
