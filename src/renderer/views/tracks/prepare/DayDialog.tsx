import { useState } from 'react';
import type { PlanItemView, PreparationView } from '../../../../shared/schemas/preparation';
import { useApi, useStores } from '../../../app/AppContext';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/fields';
import { type FieldErrors, fieldErrorsFrom, numberOrNaN } from '../../../forms/fieldErrors';
import { formatDay, formatWeekday } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import type { DayFacts } from './CalendarSection';
import { KIND_LABELS } from './planLabels';
import { type SessionDraft, SessionForm } from './SessionForm';

/**
 * One day of the calendar: what is planned and studied, logging a session on that day (today or
 * earlier), and moving a planned session to another day before the exam. A move re-plans the rest,
 * and the message says what changed.
 */
export function DayDialog({ view, day, onClose }: { view: PreparationView; day: DayFacts | null; onClose: () => void }) {
  const api = useApi();
  const { notices } = useStores();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const items = view.plan?.items ?? [];

  const log = async (draft: SessionDraft): Promise<boolean> => {
    setBusy(true);
    const result = await api['sessions:add']({
      trackId: view.trackId,
      date: draft.date,
      minutes: numberOrNaN(draft.minutes),
      domainId: draft.domainId || null,
      planItemId: draft.planItemId || null,
      notes: draft.notes,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      return false;
    }
    setErrors({});
    notices.getState().show({ kind: 'success', message: `Recorded ${formatDuration(result.data.minutes)} of ${result.data.domainName} on ${formatDay(result.data.date)}` });
    onClose();
    return true;
  };

  return (
    <Dialog open={day !== null} title={day ? formatWeekday(day.date) : ''} onClose={onClose} wide>
      {day ? (
        <>
          {day.breakLabel ? <p className="callout callout-warning">{day.breakLabel}: nothing is planned on this day.</p> : null}
          {day.exam ? <p className="callout callout-info">Your exam is on this day.</p> : null}
          <h3>Planned</h3>
          {day.items.length === 0 ? (
            <p className="muted">Nothing is planned on this day.</p>
          ) : (
            <ul className="plain-list day-items">
              {day.items.map((item) => (
                <li key={item.id}>
                  <PlannedItem view={view} item={item} onMoved={onClose} />
                </li>
              ))}
            </ul>
          )}
          {day.sessions.length > 0 ? (
            <>
              <h3>Studied</h3>
              <ul className="plain-list">
                {day.sessions.map((s) => (
                  <li key={s.id}>
                    {s.domainName}, {formatDuration(s.minutes)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>Log a session on this day</h3>
          {day.date <= view.today ? (
            <SessionForm
              draftKey={`session:day:${view.trackId}:${day.date}`}
              initial={{ date: day.date, minutes: null, domainId: '', planItemId: '', notes: '' }}
              domains={view.domains}
              items={items}
              errors={errors}
              submitLabel="Log session"
              busy={busy}
              onSubmit={log}
              onCancel={onClose}
            />
          ) : (
            <p className="muted">Sessions are logged once they are done: this day is still ahead.</p>
          )}
        </>
      ) : null}
    </Dialog>
  );
}

/** A planned session with a way to move it; only sessions from today on, not the mock exam. */
function PlannedItem({ view, item, onMoved }: { view: PreparationView; item: PlanItemView; onMoved: () => void }) {
  const api = useApi();
  const { notices } = useStores();
  const [toDate, setToDate] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const movable = item.date >= view.today && item.kind !== 'mock-exam' && item.outcome !== 'done';
  const name = `${item.kind !== 'study' ? `${KIND_LABELS[item.kind]}: ` : ''}${item.domainName}, ${formatDuration(item.minutes)}`;

  const move = async () => {
    setBusy(true);
    const result = await api['prep:move-item']({ trackId: view.trackId, itemId: item.id, toDate });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.details?.issues?.[0]?.message ?? result.error.message);
      return;
    }
    // The plan's own account of the move (and of anything else the re-plan changed).
    const changes = result.data.plan?.changes ?? [];
    notices.getState().show({ kind: 'success', message: changes.length > 0 ? changes.join(' ') : `Moved ${name} to ${formatDay(toDate)}.` }, 12_000);
    onMoved();
  };

  if (!movable) return <span>{name}</span>;
  return (
    <form
      className="move-form"
      noValidate
      aria-label={`Move ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void move();
      }}
    >
      <span className="move-name">{name}</span>
      <TextField
        label="Move to"
        type="date"
        value={toDate}
        error={error}
        onChange={(v) => {
          setToDate(v);
          setError(undefined);
        }}
      />
      <button type="submit" className="button button-small" disabled={busy || toDate === ''}>
        Move<span className="visually-hidden"> {name}</span>
      </button>
    </form>
  );
}
