import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { formatDay, formatInstantDate } from '../../format/dates';
import { relativeDay } from '../reminders/ReminderItem';

export function UpcomingReminders({ reminders, today }: { reminders: Dashboard['reminders']; today: string }) {
  return (
    <>
      <p>
        {reminders.dueCount === 0 ? 'Nothing due now.' : `${reminders.dueCount} due now.`} <Link to="/reminders">Open the reminder center</Link>
      </p>
      {reminders.next.length === 0 ? (
        <p className="muted">No reminders planned. They come from your dates: exams, applications and renewal cycles.</p>
      ) : (
        <ul className="plain-list upcoming-list" aria-label="Next reminders">
          {reminders.next.map((r) => (
            <li key={r.id}>
              <span className="upcoming-when">{r.state === 'delivered' ? 'Due now' : formatInstantDate(r.fireAt)}</span>
              <span>
                <strong>{r.title}</strong>
                <span className="muted">
                  {' '}
                  on {formatDay(r.dueDate)} ({relativeDay(r.dueDate, today)}){r.state === 'snoozed' ? ', snoozed' : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
