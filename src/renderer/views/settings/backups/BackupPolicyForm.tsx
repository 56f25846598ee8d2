import { useState } from 'react';
import type { BackupPolicy, BackupSummary } from '../../../../shared/schemas/backups';
import { useApi, useStores } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { NumberField } from '../../../components/fields';
import { FormActions } from '../../../components/FormActions';
import { formatInstantDate } from '../../../format/dates';
import { type FieldErrors, fieldErrorsFrom, numberOrNaN } from '../../../forms/fieldErrors';

type Draft = { [K in keyof BackupPolicy]: number | null };

/** How many automatic backups to keep; a change that would delete some asks first, naming how many. */
export function BackupPolicyForm({ policy }: { policy: BackupPolicy }) {
  const api = useApi();
  const { notices } = useStores();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ policy: BackupPolicy; wouldRemove: BackupSummary[] } | null>(null);
  const shown: Draft = draft ?? policy;
  const asPolicy = (): BackupPolicy => ({ daily: numberOrNaN(shown.daily), weekly: numberOrNaN(shown.weekly), monthly: numberOrNaN(shown.monthly) });

  const apply = async (next: BackupPolicy) => {
    setPending(null);
    setBusy(true);
    const result = await api['backups:set-policy']({ policy: next });
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error, 'policy.'));
      return;
    }
    setDraft(null);
    notices.getState().show({ kind: 'success', message: 'Backup keeping saved' });
  };

  const submit = async () => {
    const next = asPolicy();
    setBusy(true);
    const check = await api['backups:preview-policy']({ policy: next });
    setBusy(false);
    if (!check.ok) {
      setErrors(fieldErrorsFrom(check.error, 'policy.'));
      return;
    }
    setErrors({});
    if (check.data.wouldRemove.length > 0) setPending({ policy: next, wouldRemove: check.data.wouldRemove });
    else await apply(next);
  };

  const field = (key: keyof BackupPolicy, label: string) => (
    <NumberField label={label} value={shown[key]} error={errors[key]} onChange={(value) => setDraft({ ...shown, [key]: value })} />
  );

  return (
    <form
      className="subform"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Which automatic backups to keep</h3>
      <p className="field-hint">
        The newest backup of each of the last days, weeks and months. Backups you make yourself stay until you delete them, and the last five taken before a change always stay.
      </p>
      <div className="form-grid">
        {field('daily', 'Days')}
        {field('weekly', 'Weeks')}
        {field('monthly', 'Months')}
      </div>
      <FormActions busy={busy} submitLabel="Save backup keeping" />
      <ConfirmDialog
        open={pending !== null}
        title={`Delete ${pending?.wouldRemove.length ?? 0} older backup${pending?.wouldRemove.length === 1 ? '' : 's'}?`}
        confirmLabel="Keep fewer backups"
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => pending && void apply(pending.policy)}
      >
        <p>Keeping fewer backups deletes these now: {pending?.wouldRemove.map((b) => formatInstantDate(b.createdAt)).join(', ')}.</p>
      </ConfirmDialog>
    </form>
  );
}
