import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Reminder } from '../../../shared/schemas/reminders';
import { useApi, useStores } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { formatDay, formatInstantDate } from '../../format/dates';
import { KNOWN_DATE_KIND_LABELS } from '../../format/renewalLabels';
import { closeOnEscape } from '../../forms/closeOnEscape';

/** "in 3 days", "today", "2 days ago" from the core's today. */
export function relativeDay(day: string, today: string): string {
  const days = differenceInCalendarDays(parseISO(day), parseISO(today));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}

/** "13 Mar, 11 Jun and 2 Sep 2027". */
function listDays(instants: string[]): string {
  const days = instants.map(formatInstantDate);
  return days.length <= 1 ? (days[0] ?? '') : `${days.slice(0, -1).join(', ')} and ${days.at(-1) ?? ''}`;
}

/**
 * The pending reminders of one date, together: what it is, when, on which days reminders come.
 * Skipping drops the next one; done settles the date (no more reminders for it).
 */
export function UpcomingDate({ reminders, today }: { reminders: Reminder[]; today: string }) {
  const api = useApi();
  const { notices } = useStores();
  const [next] = reminders;
  if (!next) return null;
  const link = next.credentialId ? `/credentials/${encodeURIComponent(next.credentialId)}` : next.trackId ? `/tracks/${encodeURIComponent(next.trackId)}` : null;
  const act = async (run: () => ReturnType<typeof api['reminders:dismiss']>, done: string) => {
    const result = await run();
    notices.getState().show(result.ok ? { kind: 'success', message: done } : { kind: 'error', message: result.error.message });
  };
  return (
    <li className="reminder-item">
      <div className="reminder-main">
        <span className="reminder-title">{link ? <Link to={link}>{next.title}</Link> : next.title}</span>
        <Badge tone="neutral">{KNOWN_DATE_KIND_LABELS[next.kind]}</Badge>
        <p className="reminder-when">
          {formatDay(next.dueDate)} ({relativeDay(next.dueDate, today)}) · {reminders.length === 1 ? 'reminder on' : 'reminders on'} {listDays(reminders.map((r) => r.fireAt))}
        </p>
        {next.detail ? <p className="reminder-detail">{next.detail}</p> : null}
      </div>
      <div className="row-buttons" role="group" aria-label={`Actions for ${next.title}`}>
        <button type="button" className="button button-small" onClick={() => void act(() => api['reminders:dismiss']({ id: next.id }), 'The next reminder is skipped')}>
          Skip the next reminder
        </button>
        <button type="button" className="button button-small" onClick={() => void act(() => api['reminders:mark-done']({ id: next.id }), 'Marked done: no more reminders for it')}>
          Done
        </button>
      </div>
    </li>
  );
}

/** One reminder with what it is about, when, and the actions its state allows. */
export function ReminderItem({ reminder, today }: { reminder: Reminder; today: string }) {
  const api = useApi();
  const { notices } = useStores();
  const [choosing, setChoosing] = useState(false);
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dateId = useId();
  const canSnooze = reminder.state === 'delivered' || reminder.state === 'snoozed';
  const active = reminder.state === 'pending' || canSnooze;
  const link = reminder.credentialId ? `/credentials/${encodeURIComponent(reminder.credentialId)}` : reminder.trackId ? `/tracks/${encodeURIComponent(reminder.trackId)}` : null;

  const run = async (action: () => ReturnType<typeof api['reminders:dismiss']>, done: string) => {
    const result = await action();
    if (!result.ok) {
      const field = result.error.details?.issues?.find((i) => i.path === 'until');
      if (field) setError(field.message);
      else notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setError(null);
    setChoosing(false);
    notices.getState().show({ kind: 'success', message: done });
  };

  return (
    <li className="reminder-item">
      <div className="reminder-main">
        <span className="reminder-title">
          {link ? <Link to={link}>{reminder.title}</Link> : reminder.title}
        </span>
        <Badge tone="neutral">{KNOWN_DATE_KIND_LABELS[reminder.kind]}</Badge>
        <p className="reminder-when">
          {formatDay(reminder.dueDate)} ({relativeDay(reminder.dueDate, today)})
          {reminder.state === 'pending' ? ` · reminds you on ${formatInstantDate(reminder.fireAt)}` : ''}
          {reminder.state === 'snoozed' ? ` · comes back on ${formatInstantDate(reminder.fireAt)}` : ''}
          {reminder.state === 'dismissed' ? ' · dismissed' : ''}
          {reminder.state === 'done' ? ' · done' : ''}
        </p>
        {reminder.detail ? <p className="reminder-detail">{reminder.detail}</p> : null}
      </div>
      {active ? (
        <div className="row-buttons" aria-label={`Actions for ${reminder.title}`} role="group">
          {canSnooze ? (
            <>
              <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:snooze']({ id: reminder.id, duration: '1-day' }), 'Snoozed for a day')}>
                Snooze 1 day
              </button>
              <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:snooze']({ id: reminder.id, duration: '1-week' }), 'Snoozed for a week')}>
                Snooze 1 week
              </button>
              <button type="button" className="button button-small" aria-expanded={choosing} onClick={() => setChoosing((c) => !c)}>
                Snooze until…
              </button>
            </>
          ) : null}
          <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:dismiss']({ id: reminder.id }), 'Reminder dismissed')}>
            Dismiss
          </button>
          <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:mark-done']({ id: reminder.id }), 'Marked done')}>
            Done
          </button>
        </div>
      ) : null}
      {choosing ? (
        <form
          className="inline-form"
          noValidate
          onKeyDown={closeOnEscape(() => setChoosing(false))}
          onSubmit={(e) => {
            e.preventDefault();
            if (!until) {
              setError('Pick a day');
              return;
            }
            void run(() => api['reminders:snooze']({ id: reminder.id, until }), `Snoozed until ${formatDay(until)}`);
          }}
        >
          <div className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={dateId}>Snooze until</label>
            <input id={dateId} type="date" value={until} aria-invalid={error ? true : undefined} aria-describedby={error ? `${dateId}-error` : undefined} onChange={(e) => setUntil(e.target.value)} />
            {error ? (
              <p className="field-error" id={`${dateId}-error`}>
                {error}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button button-small button-primary">
            Snooze
          </button>
        </form>
      ) : null}
    </li>
  );
}
