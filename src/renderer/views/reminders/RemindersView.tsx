import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import type { Reminder } from '../../../shared/schemas/reminders';
import { useSlice, useStores } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { CalendarExport } from './CalendarExport';
import { ReminderItem, UpcomingDate } from './ReminderItem';

/** The reminder center: what is due, what is snoozed, what is coming, and the calendar export. */
export function RemindersView() {
  const { reminders, appInfo } = useStores();
  const list = useSlice(reminders, (s) => s.list);
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? '');
  useEffect(() => {
    void reminders.getState().load();
  }, [reminders]);

  return (
    <div className="page">
      <PageHeader
        title="Reminders"
        subtitle="Before every date Certplan knows: exams, application deadlines, planned study sessions, the end of each renewal cycle and suspension, and when a cycle falls behind."
        actions={
          <Link className="button" to="/settings">
            Change when reminders come
          </Link>
        }
      />
      {list.status === 'error' ? <ErrorMessage error={list.error} onRetry={() => void reminders.getState().load()} /> : null}
      {!list.data ? (
        <Loading label="Loading reminders…" />
      ) : (
        <>
          <ReminderSection id="due" title="Due now" items={list.data.due} today={today} empty="Nothing is due. Reminders appear here on their day, at 9:00." />
          {list.data.snoozed.length > 0 ? <ReminderSection id="snoozed" title="Snoozed" items={list.data.snoozed} today={today} /> : null}
          <UpcomingSection reminders={list.data.upcoming} today={today} />
          {list.data.handled.length > 0 ? <ReminderSection id="handled" title="Recently handled" items={list.data.handled} today={today} /> : null}
        </>
      )}
      <CalendarExport />
    </div>
  );
}

/** Pending reminders grouped by the date they belong to, soonest reminder first. */
function UpcomingSection({ reminders, today }: { reminders: Reminder[]; today: string }) {
  const groups = new Map<string, Reminder[]>();
  for (const r of reminders) groups.set(`${r.key}|${r.dueDate}`, [...(groups.get(`${r.key}|${r.dueDate}`) ?? []), r]);
  return (
    <section className="section" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">
        Coming up {groups.size > 0 ? <span className="count">({groups.size === 1 ? '1 date' : `${groups.size} dates`})</span> : null}
      </h2>
      {groups.size === 0 ? (
        <EmptyState title="Nothing coming up">
          No reminders planned yet. They come from your dates: <Link to="/credentials/new">add a credential you hold</Link> or plan an exam on a track.
        </EmptyState>
      ) : (
        <ul className="reminder-list" aria-label="Coming up">
          {[...groups].map(([key, items]) => (
            <UpcomingDate key={key} reminders={items} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReminderSection({ id, title, items, today, empty }: { id: string; title: string; items: Reminder[]; today: string; empty?: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} {items.length > 0 ? <span className="count">({items.length})</span> : null}
      </h2>
      {items.length === 0 ? (
        <EmptyState title={id === 'due' ? 'All caught up' : 'Nothing coming up'}>{empty}</EmptyState>
      ) : (
        <ul className="reminder-list" aria-label={title}>
          {items.map((r) => (
            <ReminderItem key={r.id} reminder={r} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}
