import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { reminderTarget } from '../../../shared/reminderTarget';
import { formatDay } from '../../format/dates';
import { relativeDay } from '../../format/relativeDay';
import { reminderTitle } from '../../format/reminderTitle';

/** The next items ahead, each once, with its due date and the countdown. */
export function UpcomingReminders({ reminders, today }: { reminders: Dashboard['reminders']; today: string }) {
  return (
    <>
      <p>
        {reminders.dueCount === 0 ? 'Nothing due now.' : `${reminders.dueCount} due now.`} <Link to="/reminders">Open the reminder center</Link>
      </p>
      {reminders.next.length === 0 ? (
        <p className="muted">No dates ahead. They come from your exams, applications and renewal cycles.</p>
      ) : (
        <ul className="plain-list upcoming-list" aria-label="Coming up">
          {reminders.next.map((g) => (
            <li key={`${g.key}|${g.dueDate}`}>
              {/* The countdown to the date; a date already past (a monthly pace nudge) is simply due. */}
              <span className="upcoming-when">{g.dueDate < today ? 'Due now' : relativeDay(g.dueDate, today)}</span>
              <span>
                <Link to={reminderTarget(g)}>{reminderTitle(g, today)}</Link>
                <span className="muted">
                  {' '}
                  on {formatDay(g.dueDate)}
                  {g.moreDays > 0 ? `, then ${g.moreDays} more study day${g.moreDays === 1 ? '' : 's'}` : ''}
                  {g.state === 'snoozed' ? ', snoozed' : g.state === 'due' && g.dueDate >= today ? ', reminder showing' : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
