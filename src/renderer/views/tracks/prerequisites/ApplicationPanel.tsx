import { useState } from 'react';
import { APPLICATION_STATUSES, type ApplicationEvent, type ApplicationStatus } from '../../../../shared/schemas/application';
import type { Track } from '../../../../shared/schemas/track';
import { useApi, useSlice, useStores } from '../../../app/AppContext';
import { Badge } from '../../../components/Badge';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { formatDay } from '../../../format/dates';
import { useCall } from '../../../hooks/useCall';
import { type FieldErrors, toFieldErrors } from '../../records/fieldErrors';
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_TONES, nextStep } from './applicationLabels';

/** The application to the certifying body: its steps with dates and the dates that follow. */
export function ApplicationPanel({ track }: { track: Track }) {
  const api = useApi();
  const { state, reload } = useCall(`applications:get:${track.id}`, () => api['applications:get']({ trackId: track.id }), ['applications', 'tracks']);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading the application…" />;
  const app = state.data;
  const rules = app.rules;
  return (
    <div className="stack">
      <p className="section-lead">
        {rules
          ? [
              rules.auditResponseDays ? `${track.body} gives ${rules.auditResponseDays} days to send documents if the application is audited` : null,
              rules.eligibilityMonths ? `an approval lasts ${rules.eligibilityMonths} months` : null,
              rules.attemptsAllowed ? `with ${rules.attemptsAllowed} exam attempts` : null,
            ]
              .filter(Boolean)
              .join('; ') + '.'
          : `The catalog records no application review for ${track.acronym}; note the steps here if ${track.body} asks for one.`}
      </p>
      <div className="application-status" data-testid="application-status">
        <p className="application-status-line">
          Status:{' '}
          {app.status ? <Badge tone={APPLICATION_STATUS_TONES[app.status]}>{APPLICATION_STATUS_LABELS[app.status]}</Badge> : <span className="muted">nothing recorded yet</span>}
        </p>
        {app.status === 'in-audit' ? (
          <p className="callout callout-warning">
            Audit started {app.auditStartedOn ? formatDay(app.auditStartedOn) : ''}.{' '}
            {app.auditDueOn ? <strong>Documents due by {formatDay(app.auditDueOn)}.</strong> : 'The body’s deadline for documents is not in the catalog.'}
          </p>
        ) : null}
        {app.status === 'approved' ? (
          <dl className="facts">
            <div className="fact-row">
              <dt>Approved</dt>
              <dd>{app.approvedOn ? formatDay(app.approvedOn) : '—'}</dd>
            </div>
            <div className="fact-row">
              <dt>Eligibility period ends</dt>
              <dd>{app.eligibilityEndsOn ? formatDay(app.eligibilityEndsOn) : 'Unknown'}</dd>
            </div>
            <div className="fact-row">
              <dt>Exam attempts used</dt>
              <dd>
                {app.attemptsUsed} of {app.attemptsAllowed ?? 'unknown'}
              </dd>
            </div>
          </dl>
        ) : null}
      </div>
      <StepHistory trackId={track.id} events={app.events} />
      <RecordStepForm trackId={track.id} current={app.status} />
    </div>
  );
}

function StepHistory({ trackId, events }: { trackId: string; events: ApplicationEvent[] }) {
  const api = useApi();
  const { notices } = useStores();
  const [confirm, setConfirm] = useState<ApplicationEvent | null>(null);
  if (events.length === 0) return null;
  const remove = async (event: ApplicationEvent) => {
    setConfirm(null);
    const result = await api['applications:remove-event']({ trackId, eventId: event.id });
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    // Undo records the same step again: the application's state follows its steps.
    notices.getState().show({
      kind: 'info',
      message: `Removed the step “${APPLICATION_STATUS_LABELS[event.status]}”.`,
      focusAction: true,
      action: {
        label: 'Undo',
        run: async () => {
          const again = await api['applications:record']({ trackId, status: event.status, on: event.on, note: event.note });
          notices.getState().show(again.ok ? { kind: 'success', message: `Restored the step “${APPLICATION_STATUS_LABELS[event.status]}”` } : { kind: 'error', message: again.error.message });
        },
      },
    });
  };
  return (
    <>
      <ol className="history application-history" aria-label="Application steps">
        {events.map((event) => (
          <li key={event.id}>
            <strong>{APPLICATION_STATUS_LABELS[event.status]}</strong> — {formatDay(event.on)}
            {event.note ? <span className="muted"> · {event.note}</span> : null}{' '}
            <button type="button" className="link-button" aria-label={`Remove the step ${APPLICATION_STATUS_LABELS[event.status]} of ${formatDay(event.on)}`} onClick={() => setConfirm(event)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={confirm !== null}
        title="Remove this step?"
        confirmLabel="Remove step"
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && void remove(confirm)}
      >
        <p>Use this for a step recorded by mistake. The application’s status and dates follow the steps that remain.</p>
      </ConfirmDialog>
    </>
  );
}

function RecordStepForm({ trackId, current }: { trackId: string; current: ApplicationStatus | null }) {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? '');
  const [status, setStatus] = useState<ApplicationStatus | null>(null);
  const [on, setOn] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const chosen = status ?? nextStep(current);
  const date = on ?? today;

  const save = async () => {
    setSaving(true);
    const result = await api['applications:record']({ trackId, status: chosen, on: date, note });
    setSaving(false);
    if (!result.ok) {
      setErrors(toFieldErrors(result.error.details?.issues));
      if (!result.error.details?.issues?.length) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setErrors({});
    setStatus(null);
    setNote('');
    notices.getState().show({ kind: 'success', message: `Recorded: ${APPLICATION_STATUS_LABELS[chosen]}` });
  };

  return (
    <form
      className="subform"
      aria-label="Record an application step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        <SelectField label="Step" value={chosen} options={APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] }))} error={errors.status} onChange={setStatus} />
        <TextField label="On" type="date" required value={date} error={errors.on} onChange={setOn} />
        <TextField label="Note" value={note} error={errors.note} placeholder="e.g. application id" onChange={setNote} />
      </div>
      <button type="submit" className="button button-primary" disabled={saving}>
        {saving ? 'Recording…' : 'Record step'}
      </button>
    </form>
  );
}
