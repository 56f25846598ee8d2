import { useState } from 'react';
import type { Credential } from '../../../../shared/schemas/credential';
import { useApi, useSlice, useStores } from '../../../app/AppContext';
import { SelectField, TextField } from '../../../components/fields';
import { useCall } from '../../../hooks/useCall';
import { type FieldErrors, toFieldErrors } from '../fieldErrors';
import { FormActions } from '../../../components/FormActions';

const NOT_LISTED = '__other__';

/**
 * Add a credential held (picked from the catalog, or named when the catalog lacks it), or edit the
 * number, date and notes of one. Identity is fixed once added: it decides which rules count it.
 */
export function CredentialForm({ credential, onDone }: { credential: Credential | null; onDone: () => void }) {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today);
  const catalog = useCall(credential ? null : 'catalog:names', () => api['catalog:list']({}), ['catalog']);
  const [certificationId, setCertificationId] = useState('');
  const [name, setName] = useState('');
  const [acronym, setAcronym] = useState('');
  const [body, setBody] = useState('');
  const [credentialNumber, setNumber] = useState(credential?.credentialNumber ?? '');
  const [earnedOn, setEarnedOn] = useState(credential?.earnedOn ?? '');
  const [notes, setNotes] = useState(credential?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!credential && certificationId === '') {
      setErrors({ certificationId: 'Choose the credential, or “Not in the catalog”' });
      return;
    }
    setSaving(true);
    const common = { credentialNumber: credentialNumber.trim() || null, earnedOn, notes };
    const result = credential
      ? await api['credentials:update']({ id: credential.id, patch: common })
      : await api['credentials:add'](
          certificationId && certificationId !== NOT_LISTED ? { certificationId, ...common } : { certificationId: null, name, acronym, body, ...common },
        );
    setSaving(false);
    if (!result.ok) {
      setErrors(toFieldErrors(result.error.details?.issues?.map((i) => ({ ...i, path: i.path.replace(/^patch\./, '') }))));
      if (!result.error.details?.issues?.length) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: `${credential ? 'Saved' : 'Added'} ${result.data.acronym}` });
    onDone();
  };

  const catalogOptions = [
    { value: '', label: 'Choose…' },
    ...(catalog.state.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.acronym} — ${c.name}` })),
    { value: NOT_LISTED, label: 'Not in the catalog' },
  ];
  return (
    <form
      className="form-section record-form"
      aria-label={credential ? `Edit ${credential.acronym}` : 'Add a credential'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{credential ? `Edit ${credential.acronym}` : 'Add a credential you hold'}</h3>
      {credential ? null : (
        <>
          <SelectField className="narrow-field" label="Credential" value={certificationId} options={catalogOptions} error={errors.certificationId} hint="Pick it from the catalog so prerequisites can count it (a CAPM stands in for PMP’s 35 hours)." onChange={setCertificationId} />
          {certificationId === NOT_LISTED ? (
            <div className="form-grid">
              <TextField label="Name" required value={name} error={errors.name} onChange={setName} />
              <TextField label="Acronym" value={acronym} error={errors.acronym} onChange={setAcronym} />
              <TextField label="Awarded by" value={body} error={errors.body} onChange={setBody} />
            </div>
          ) : null}
        </>
      )}
      <div className="form-grid">
        <TextField label="Earned on" type="date" required value={earnedOn} error={errors.earnedOn} hint={today ? `On or before ${today}` : undefined} onChange={setEarnedOn} />
        <TextField label="Credential number" value={credentialNumber} error={errors.credentialNumber} onChange={setNumber} />
      </div>
      <TextField label="Notes" multiline value={notes} error={errors.notes} onChange={setNotes} />
      <FormActions busy={saving} submitLabel={credential ? 'Save credential' : 'Add credential'} onCancel={onDone} />
    </form>
  );
}
