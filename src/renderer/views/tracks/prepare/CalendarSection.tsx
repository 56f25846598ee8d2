import { addDays, addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import { useState } from 'react';
import type { PlanItemView, PreparationView } from '../../../../shared/schemas/preparation';
import type { StudySession } from '../../../../shared/schemas/studySession';
import { Badge } from '../../../components/Badge';
import { formatDuration } from '../../../format/duration';
import { KIND_LABELS, OUTCOME_LABELS, OUTCOME_TONES } from './planLabels';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const WEEK = { weekStartsOn: 1 } as const;

interface DayFacts {
  date: string;
  items: PlanItemView[];
  sessions: StudySession[];
  exam: boolean;
  breakLabel: string | null;
  today: boolean;
}

/**
 * Planned and done sessions by week or month, with the exam day and breaks. Layout only: the
 * days come from the plan and the sessions the core returned, anchored on the core's today.
 */
export function CalendarSection({ view, sessions }: { view: PreparationView; sessions: readonly StudySession[] }) {
  const [mode, setMode] = useState<'week' | 'month'>('week');
  const [anchor, setAnchor] = useState(view.today);
  const items = view.plan?.items ?? [];
  const breaks = view.settings?.breaks ?? [];
  const facts = (date: string): DayFacts => ({
    date,
    items: items.filter((i) => i.date === date),
    sessions: sessions.filter((s) => s.date === date),
    exam: view.exam?.examDate === date,
    breakLabel: breaks.find((b) => b.startDate <= date && date <= b.endDate)?.label ?? null,
    today: date === view.today,
  });
  const anchorDate = parseISO(anchor);
  const move = (step: number) => setAnchor(iso(mode === 'week' ? addDays(anchorDate, 7 * step) : addMonths(anchorDate, step)));
  const title = mode === 'week' ? `Week of ${format(startOfWeek(anchorDate, WEEK), 'd MMM yyyy')}` : format(anchorDate, 'MMMM yyyy');

  return (
    <section className="section" aria-labelledby="calendar-heading">
      <div className="section-head">
        <h2 id="calendar-heading">Calendar: {title}</h2>
        <div className="inline-actions" role="group" aria-label="Calendar view">
          <button type="button" className="button button-small" aria-pressed={mode === 'week'} onClick={() => setMode('week')}>
            Week
          </button>
          <button type="button" className="button button-small" aria-pressed={mode === 'month'} onClick={() => setMode('month')}>
            Month
          </button>
          <button type="button" className="button button-small" onClick={() => move(-1)}>
            Previous {mode}
          </button>
          <button type="button" className="button button-small" onClick={() => setAnchor(view.today)}>
            Today
          </button>
          <button type="button" className="button button-small" onClick={() => move(1)}>
            Next {mode}
          </button>
        </div>
      </div>
      {mode === 'week' ? <WeekView start={startOfWeek(anchorDate, WEEK)} facts={facts} /> : <MonthView month={anchorDate} facts={facts} />}
    </section>
  );
}

function WeekView({ start, facts }: { start: Date; facts: (date: string) => DayFacts }) {
  const days = Array.from({ length: 7 }, (_, i) => facts(iso(addDays(start, i))));
  return (
    <ol className="week-grid" aria-label="Days of the week">
      {days.map((day) => (
        <li key={day.date} className={`week-day${day.today ? ' is-today' : ''}`} aria-current={day.today ? 'date' : undefined}>
          <h3>{format(parseISO(day.date), 'EEE d MMM')}</h3>
          <DayBadges day={day} />
          {day.items.length > 0 ? (
            <ul className="calendar-items" aria-label="Planned">
              {day.items.map((item) => (
                <li key={item.id}>
                  {item.kind !== 'study' ? `${KIND_LABELS[item.kind]}: ` : ''}
                  {item.domainName}, {formatDuration(item.minutes)}{' '}
                  {item.outcome !== 'upcoming' && item.outcome !== 'today' ? <Badge tone={OUTCOME_TONES[item.outcome]}>{OUTCOME_LABELS[item.outcome]}</Badge> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {day.sessions.length > 0 ? (
            <ul className="calendar-items done" aria-label="Studied">
              {day.sessions.map((s) => (
                <li key={s.id}>
                  Studied {s.domainName}, {formatDuration(s.minutes)}
                </li>
              ))}
            </ul>
          ) : null}
          {day.items.length === 0 && day.sessions.length === 0 && !day.exam ? <p className="muted">Nothing planned</p> : null}
        </li>
      ))}
    </ol>
  );
}

function MonthView({ month, facts }: { month: Date; facts: (date: string) => DayFacts }) {
  const first = startOfWeek(startOfMonth(month), WEEK);
  const last = endOfWeek(endOfMonth(month), WEEK);
  const weeks: DayFacts[][] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => facts(iso(addDays(d, i)))));
  const inMonth = (date: string) => date.slice(0, 7) === format(month, 'yyyy-MM');
  return (
    <table className="month-grid">
      <caption className="visually-hidden">{format(month, 'MMMM yyyy')}: planned and studied minutes per day</caption>
      <thead>
        <tr>
          {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.date}>
            {week.map((day) => {
              const planned = day.items.reduce((s, i) => s + i.minutes, 0);
              const done = day.sessions.reduce((s, x) => s + x.minutes, 0);
              return (
                <td key={day.date} className={`${inMonth(day.date) ? '' : 'other-month'}${day.today ? ' is-today' : ''}`} aria-current={day.today ? 'date' : undefined}>
                  <span className="month-day">{format(parseISO(day.date), 'd')}</span>
                  <DayBadges day={day} />
                  {planned > 0 ? <span className="month-line">Planned {formatDuration(planned)}</span> : null}
                  {done > 0 ? <span className="month-line done">Studied {formatDuration(done)}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayBadges({ day }: { day: DayFacts }) {
  if (!day.exam && !day.breakLabel && !day.today) return null;
  return (
    <span className="day-badges">
      {day.today ? <Badge tone="info">Today</Badge> : null}
      {day.exam ? <Badge tone="success">Exam day</Badge> : null}
      {day.breakLabel ? <Badge tone="warning">{day.breakLabel}</Badge> : null}
    </span>
  );
}
