import { useId, useState } from 'react';
import { Link } from 'react-router';
import { reminderTarget } from '../../../shared/reminderTarget';
import type { ReminderGroup } from '../../../shared/schemas/reminders';
import { useApi, useStores } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { formatDay, formatInstantDate } from '../../format/dates';
import { countOf, relativeDay } from '../../format/relativeDay';
import { KNOWN_DATE_KIND_LABELS } from '../../format/renewalLabels';
import { reminderTitle } from '../../format/reminderTitle';
import { closeOnEscape } from '../../forms/closeOnEscape';

const STATE_BADGES = {
  due: { label: 'Due now', tone: 'warning' },
  snoozed: { label: 'Snoozed', tone: 'info' },
  upcoming: { label: 'Coming up', tone: 'neutral' },
  handled: { label: 'Handled', tone: 'success' },
} as const;

/** When the next notice comes: "next notice 13 Mar 2027 (180 days before)". */
function nextNotice(group: ReminderGroup): string | null {
  if (!group.nextNoticeAt) return null;
  const day = formatInstantDate(group.nextNoticeAt);
  if (group.state === 'snoozed' && group.nextLeadDays === null) return `comes back on ${day}`;
  const lead = group.nextLeadDays;
  return `next notice ${day}${lead === null ? '' : lead === 0 ? ' (on the day)' : ` (${countOf(lead, 'day')} before)`}`;
}

/**
 * One date in the reminder center: what it is about (linked to its page), its due date with the
 * countdown, when the next notice comes and how many came before, and the actions its state
 * allows. Study days folded into this row say how many follow.
 */
/** `index` and `measure` place the row in a windowed list (see useTableWindow). */
export function ReminderGroupRow({ group, today, index, measure }: { group: ReminderGroup; today: string; index?: number; measure?: (row: HTMLElement | null) => void }) {
  const api = useApi();
  const { notices } = useStores();
  const [choosing, setChoosing] = useState(false);
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dateId = useId();
  const badge = STATE_BADGES[group.state];
  const showing = group.state === 'due' || group.state === 'snoozed';
  const id = group.reminderId;
  const title = reminderTitle(group, today);

  const run = async (action: () => ReturnType<(typeof api)['reminders:dismiss']>, done: string) => {
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

  const facts = [
    `${formatDay(group.dueDate)} (${relativeDay(group.dueDate, today)})`,
    nextNotice(group),
    group.earlierNotices > 0 ? `${countOf(group.earlierNotices, 'earlier notice')}` : null,
    group.moreDays > 0 && group.lastDueDate ? `and ${countOf(group.moreDays, 'more study day')} until ${formatDay(group.lastDueDate)}` : null,
  ].filter(Boolean);

  return (
    <li className={`reminder-item reminder-${group.state}`} data-index={index} ref={measure}>
      <div className="reminder-main">
        <span className="reminder-title">
          <Link to={reminderTarget(group)}>{title}</Link>
        </span>
        <Badge tone={badge.tone}>{badge.label}</Badge> <Badge tone="neutral">{KNOWN_DATE_KIND_LABELS[group.kind]}</Badge>
        <p className="reminder-when">{facts.join(' · ')}</p>
        {group.detail ? <p className="reminder-detail">{group.detail}</p> : null}
      </div>
      {group.state !== 'handled' ? (
        <div className="row-buttons" role="group" aria-label={`Actions for ${title}`}>
          {showing ? (
            <>
              <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:snooze']({ id, duration: '1-day' }), 'Snoozed for a day')}>
                Snooze 1 day
              </button>
              <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:snooze']({ id, duration: '1-week' }), 'Snoozed for a week')}>
                Snooze 1 week
              </button>
              <button type="button" className="button button-small" aria-expanded={choosing} onClick={() => setChoosing((c) => !c)}>
                Snooze until…
              </button>
            </>
          ) : null}
          <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:dismiss']({ id }), showing ? 'Reminder dismissed' : 'The next reminder is skipped')}>
            {showing ? 'Dismiss' : 'Skip the next reminder'}
          </button>
          <button type="button" className="button button-small" onClick={() => void run(() => api['reminders:mark-done']({ id }), 'Marked done: no more reminders for it')}>
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
            void run(() => api['reminders:snooze']({ id, until }), `Snoozed until ${formatDay(until)}`);
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
