import { useState } from 'react';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import type { SessionList, StudySession } from '../../../../shared/schemas/studySession';
import { useApi } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { type FieldErrors, fieldErrorsFrom, numberOrNaN } from '../../../forms/fieldErrors';
import { formatDay } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { SessionForm, type SessionDraft, draftFromSession } from './SessionForm';
import { TimerCard } from './TimerCard';
import { useNotify } from './useTrackCall';

/** Time actually studied: the timer, entering a session by hand, and the list to edit or delete. */
export function SessionsSection({ view, sessions, reload }: { view: PreparationView; sessions: SessionList; reload: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const [addErrors, setAddErrors] = useState<FieldErrors>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [editErrors, setEditErrors] = useState<FieldErrors>({});
  const [removing, setRemoving] = useState<StudySession | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const items = view.plan?.items ?? [];

  const toInput = (d: SessionDraft) => ({
    date: d.date,
    minutes: numberOrNaN(d.minutes),
    domainId: d.domainId || null,
    planItemId: d.planItemId || null,
    notes: d.notes,
  });

  const add = async (draft: SessionDraft) => {
    setBusy(true);
    const result = await api['sessions:add']({ trackId: view.trackId, ...toInput(draft) });
    setBusy(false);
    if (!result.ok) {
      setAddErrors(fieldErrorsFrom(result.error));
      return;
    }
    setAddErrors({});
    setFormKey((k) => k + 1);
    notify.success(`Recorded ${formatDuration(result.data.minutes)} of ${result.data.domainName} on ${formatDay(result.data.date)}`);
  };

  const update = async (id: string, draft: SessionDraft) => {
    setBusy(true);
    const result = await api['sessions:update']({ id, patch: toInput(draft) });
    setBusy(false);
    if (!result.ok) {
      setEditErrors(fieldErrorsFrom(result.error, 'patch.'));
      return;
    }
    setEditing(null);
    setEditErrors({});
    notify.success('Session saved');
  };

  const remove = async (session: StudySession) => {
    const result = await api['sessions:remove']({ id: session.id });
    if (result.ok) notify.success(`Deleted the session of ${formatDay(session.date)}`);
    else notify.error(result.error.message);
  };

  return (
    <div className="stack">
      <TimerCard trackId={view.trackId} domains={view.domains} sessions={sessions} todayItems={view.plan?.today.items ?? []} onRefresh={reload} />
      <section className="section" aria-labelledby="add-session-heading">
        <h2 id="add-session-heading">Enter a session by hand</h2>
        <SessionForm
          key={formKey}
          initial={{ date: view.today, minutes: null, domainId: '', planItemId: '', notes: '' }}
          domains={view.domains}
          items={items}
          errors={addErrors}
          submitLabel="Add session"
          busy={busy}
          onSubmit={(d) => void add(d)}
        />
      </section>
      <section className="section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        {sessions.sessions.length === 0 ? (
          <EmptyState title="No study sessions yet">Start the timer when you sit down to study, or enter a session you did by hand.</EmptyState>
        ) : (
          <table className="data-table compact">
            <caption className="visually-hidden">Study sessions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="num">Time</th>
                <th scope="col">Domain</th>
                <th scope="col">How</th>
                <th scope="col">Notes</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.sessions.map((s) =>
                editing === s.id ? (
                  <tr key={s.id}>
                    <td colSpan={6}>
                      <SessionForm
                        initial={draftFromSession(s)}
                        domains={view.domains}
                        items={items}
                        errors={editErrors}
                        submitLabel="Save session"
                        busy={busy}
                        onSubmit={(d) => void update(s.id, d)}
                        onCancel={() => {
                          setEditing(null);
                          setEditErrors({});
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={s.id}>
                    <th scope="row">{formatDay(s.date)}</th>
                    <td className="num">{formatDuration(s.minutes)}</td>
                    <td>{s.domainName}</td>
                    <td>{s.source === 'timer' ? 'Timer' : s.source === 'review' ? 'Flashcard review' : 'By hand'}</td>
                    <td>{s.notes}</td>
                    <td className="row-actions">
                      {s.source === 'review' ? <span className="muted">Follows your reviews</span> : <>
                      <button type="button" className="button button-small" onClick={() => setEditing(s.id)}>
                        Edit<span className="visually-hidden"> the session of {formatDay(s.date)}</span>
                      </button>
                      <button type="button" className="button button-small button-danger" onClick={() => setRemoving(s)}>
                        Delete<span className="visually-hidden"> the session of {formatDay(s.date)}</span>
                      </button>
                      </>}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title="Delete this study session?"
        confirmLabel="Delete session"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const session = removing;
          setRemoving(null);
          if (session) void remove(session);
        }}
      >
        <p>
          {removing ? `${formatDuration(removing.minutes)} of ${removing.domainName} on ${formatDay(removing.date)}` : ''} no longer counts toward your goal, and
          the plan is re-made from today.
        </p>
      </ConfirmDialog>
    </div>
  );
}
