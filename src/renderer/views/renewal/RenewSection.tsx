import { useState } from 'react';
import type { RenewalView } from '../../../shared/schemas/renewal';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CheckboxField, TextField } from '../../components/fields';
import { formatDay } from '../../format/dates';

type Errors = Partial<Record<'submittedOn' | 'approvedOn', string>>;

/** Mark the open cycle's renewal submitted, then approved with the fee paid: the next cycle begins. */
export function RenewSection({ view }: { view: RenewalView }) {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? '');
  const cycle = view.cycleIndex === null ? undefined : view.cycles[view.cycleIndex];
  const recorded = cycle?.renewal ?? null;
  const [submittedOn, setSubmittedOn] = useState(recorded?.submittedOn ?? '');
  const [approvedOn, setApprovedOn] = useState(recorded?.approvedOn ?? '');
  const [feePaid, setFeePaid] = useState(recorded?.feePaid ?? false);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [confirmUndo, setConfirmUndo] = useState(false);
  if (!cycle) return null;

  const save = async () => {
    setSaving(true);
    const result = await api['renewal:record']({ credentialId: view.credential.id, submittedOn: submittedOn || today, approvedOn: approvedOn || null, feePaid });
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      if (!issues.some((i) => i.path === 'submittedOn' || i.path === 'approvedOn')) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setErrors({});
    const renewed = result.data.cycles.length > view.cycles.length;
    notices.getState().show({ kind: 'success', message: renewed ? `${view.credential.acronym} renewed: a new cycle has begun` : 'Renewal recorded' });
  };

  const undo = async () => {
    setConfirmUndo(false);
    const result = await api['renewal:undo']({ credentialId: view.credential.id });
    notices.getState().show(result.ok ? { kind: 'success', message: 'Renewal record removed' } : { kind: 'error', message: result.error.message });
  };

  const previous = view.cycles.at(-2);
  return (
    <section className="section" aria-labelledby="renew-heading">
      <h2 id="renew-heading">Renew</h2>
      {view.renewal.allowed && view.maintenance?.kind === 'retake' ? <p>{view.renewal.reason}.</p> : null}
      {view.renewal.allowed ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-grid">
            <TextField label="Submitted on" type="date" value={submittedOn || today} error={errors.submittedOn} onChange={setSubmittedOn} />
            <TextField label="Approved on" type="date" value={approvedOn} hint="Leave empty until the body approves it" error={errors.approvedOn} onChange={setApprovedOn} />
          </div>
          <CheckboxField label="Renewal fee paid" checked={feePaid} onChange={setFeePaid} hint="Approved with the fee paid, the next cycle begins the day after this one ends." />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              {saving ? 'Saving…' : recorded ? 'Update renewal' : 'Record renewal'}
            </button>
          </div>
        </form>
      ) : (
        <p>{view.renewal.reason}</p>
      )}
      {previous?.renewal ? (
        <div className="inline-actions">
          <span className="muted">
            The previous cycle was renewed on {formatDay(previous.renewal.approvedOn ?? previous.renewal.submittedOn)}.
          </span>
          <button type="button" className="button button-small" onClick={() => setConfirmUndo(true)}>
            Undo that renewal
          </button>
        </div>
      ) : recorded ? (
        <div className="inline-actions">
          <button type="button" className="button button-small" onClick={() => setConfirmUndo(true)}>
            Remove the renewal record
          </button>
        </div>
      ) : null}
      <ConfirmDialog open={confirmUndo} title="Remove the latest renewal record?" confirmLabel="Remove" danger onCancel={() => setConfirmUndo(false)} onConfirm={() => void undo()}>
        <p>If it started a new cycle, that cycle goes too; activities logged in it then count toward the earlier cycle or nowhere.</p>
      </ConfirmDialog>
    </section>
  );
}
