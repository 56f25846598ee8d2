import { useEffect, useRef, useState } from 'react';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import type { StudySession } from '../../../../shared/schemas/studySession';
import { useApi } from '../../../app/AppContext';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { SpacerRow } from '../../../components/SpacerRow';
import { TableScroll } from '../../../components/TableScroll';
import { useTableWindow } from '../../../components/useTableWindow';
import { useRemoveWithUndo } from '../../../hooks/useRemoveWithUndo';
import { type FieldErrors, fieldErrorsFrom, numberOrNaN } from '../../../forms/fieldErrors';
import { formatDay } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { SessionForm, type SessionDraft, draftFromSession } from './SessionForm';
import { TimerCard } from './TimerCard';
import { useSessionPages } from './useSessionPages';
import { useNotify } from './useTrackCall';

/** Time actually studied: the timer, entering a session by hand, and the list to edit or delete (newest first, a page at a time). */
export function SessionsSection({ view }: { view: PreparationView }) {
  const api = useApi();
  const { pages, error, loadingMore, loadMore, reload } = useSessionPages(view.trackId);
  const sessions = { sessions: pages?.sessions ?? [], timer: pages?.timer ?? null };
  const total = pages?.total ?? 0;
  const nearEnd = useRef<HTMLParagraphElement | null>(null);
  const notify = useNotify();
  const removeWithUndo = useRemoveWithUndo();
  const [addErrors, setAddErrors] = useState<FieldErrors>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [editErrors, setEditErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const items = view.plan?.items ?? [];
  const { attachBody, measure, indexes, before, after, windowed } = useTableWindow(sessions.sessions.length);
  // The next page comes as the end of the loaded rows nears the viewport (scrolling, or Tab
  // moving focus down the table); the button below does the same on request.
  useEffect(() => {
    const marker = nearEnd.current;
    if (!marker || !pages?.nextBefore) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) loadMore();
    }, { rootMargin: '800px 0px' });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [pages?.nextBefore, loadMore]);

  const toInput = (d: SessionDraft) => ({
    date: d.date,
    minutes: numberOrNaN(d.minutes),
    domainId: d.domainId || null,
    planItemId: d.planItemId || null,
    notes: d.notes,
  });

  const add = async (draft: SessionDraft): Promise<boolean> => {
    setBusy(true);
    const result = await api['sessions:add']({ trackId: view.trackId, ...toInput(draft) });
    setBusy(false);
    if (!result.ok) {
      setAddErrors(fieldErrorsFrom(result.error));
      return false;
    }
    setAddErrors({});
    notify.success(`Recorded ${formatDuration(result.data.minutes)} of ${result.data.domainName} on ${formatDay(result.data.date)}`);
    return true;
  };

  const update = async (id: string, draft: SessionDraft): Promise<boolean> => {
    setBusy(true);
    const result = await api['sessions:update']({ id, patch: toInput(draft) });
    setBusy(false);
    if (!result.ok) {
      setEditErrors(fieldErrorsFrom(result.error, 'patch.'));
      return false;
    }
    setEditing(null);
    setEditErrors({});
    notify.success('Session saved');
    return true;
  };

  const remove = (session: StudySession) => removeWithUndo(() => api['sessions:remove']({ id: session.id }), `the session of ${formatDay(session.date)}`);

  return (
    <div className="stack">
      <TimerCard trackId={view.trackId} domains={view.domains} sessions={sessions} todayItems={view.plan?.today.items ?? []} onRefresh={reload} />
      <section className="section" aria-labelledby="add-session-heading">
        <h2 id="add-session-heading">Enter a session by hand</h2>
        <SessionForm
          draftKey={`session:new:${view.trackId}`}
          initial={{ date: view.today, minutes: null, domainId: '', planItemId: '', notes: '' }}
          domains={view.domains}
          items={items}
          errors={addErrors}
          submitLabel="Add session"
          anotherLabel="Add and add another"
          busy={busy}
          onSubmit={add}
        />
      </section>
      <section className="section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
        {!pages ? (
          error ? null : <Loading label="Loading sessions…" />
        ) : sessions.sessions.length === 0 ? (
          <EmptyState title="No study sessions yet">Start the timer when you sit down to study, or enter a session you did by hand.</EmptyState>
        ) : (
          <TableScroll label="Study sessions">
          <table className="data-table compact" aria-rowcount={windowed ? total + 1 : undefined}>
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
            <tbody ref={attachBody}>
              <SpacerRow height={before} colSpan={6} />
              {indexes.map((index) => {
                const s = sessions.sessions[index];
                if (!s) return null;
                const rowProps = { 'data-index': index, ref: measure, 'aria-rowindex': windowed ? index + 2 : undefined };
                return editing === s.id ? (
                  <tr key={s.id} {...rowProps}>
                    <td colSpan={6}>
                      <SessionForm
                        draftKey={`session:edit:${s.id}`}
                        initial={draftFromSession(s)}
                        domains={view.domains}
                        items={items}
                        errors={editErrors}
                        submitLabel="Save session"
                        busy={busy}
                        onSubmit={(d) => update(s.id, d)}
                        onCancel={() => {
                          setEditing(null);
                          setEditErrors({});
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={s.id} {...rowProps}>
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
                      <button type="button" className="button button-small button-danger" onClick={() => void remove(s)}>
                        Delete<span className="visually-hidden"> the session of {formatDay(s.date)}</span>
                      </button>
                      </>}
                    </td>
                  </tr>
                );
              })}
              <SpacerRow height={after} colSpan={6} />
            </tbody>
          </table>
          </TableScroll>
        )}
        {pages && total > 0 ? (
          <div className="inline-actions">
            <p className="result-count" role="status" ref={nearEnd}>
              {loadingMore ? `Loading more… (${sessions.sessions.length.toLocaleString()} of ${total.toLocaleString()} loaded)` : pages.nextBefore ? `The newest ${sessions.sessions.length.toLocaleString()} of ${total.toLocaleString()} sessions loaded` : `All ${total.toLocaleString()} sessions loaded`}
            </p>
            {pages.nextBefore && !loadingMore ? (
              <button type="button" className="button button-small" onClick={loadMore}>
                Load more sessions
              </button>
            ) : null}
          </div>
        ) : null}
      </section>
    </div>
  );
}
