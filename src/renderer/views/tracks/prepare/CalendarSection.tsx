import { addDays, addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import { useState } from 'react';
import type { PlanItemView, PreparationView } from '../../../../shared/schemas/preparation';
import type { StudySession } from '../../../../shared/schemas/studySession';
import { formatDayMonth, formatMonthLong } from '../../../../shared/dateFormat';
import { Badge } from '../../../components/Badge';
import { formatDay, formatWeekday } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { DayDialog } from './DayDialog';
import { KIND_LABELS, OUTCOME_LABELS, OUTCOME_TONES } from './planLabels';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const WEEK = { weekStartsOn: 1 } as const;

export interface DayFacts {
  date: string;
  items: PlanItemView[];
  sessions: StudySession[];
  exam: boolean;
  breakLabel: string | null;
  today: boolean;
}

/**
 * Planned and done sessions by week or month, with the exam day, breaks and public holidays.
 * Each day opens (click, or Enter on its button) to log a session there or move a planned one to
 * another day. Dates come from the plan and the sessions the core returned, anchored on its today.
 */
export function CalendarSection({ view, sessions }: { view: PreparationView; sessions: readonly StudySession[] }) {
  const [mode, setMode] = useState<'week' | 'month'>('week');
  const [anchor, setAnchor] = useState(view.today);
  const [openDay, setOpenDay] = useState<string | null>(null);
  const items = view.plan?.items ?? [];
  const breaks = view.settings?.breaks ?? [];
  const holidays = view.publicHolidays.days;
  const facts = (date: string): DayFacts => ({
    date,
    items: items.filter((i) => i.date === date),
    sessions: sessions.filter((s) => s.date === date),
    exam: view.exam?.examDate === date,
    breakLabel: breaks.find((b) => b.startDate <= date && date <= b.endDate)?.label ?? holidays.find((h) => h.date === date)?.name ?? null,
    today: date === view.today,
  });
  const anchorDate = parseISO(anchor);
  const move = (step: number) => setAnchor(iso(mode === 'week' ? addDays(anchorDate, 7 * step) : addMonths(anchorDate, step)));
  const title = mode === 'week' ? `Week of ${formatDay(iso(startOfWeek(anchorDate, WEEK)))}` : formatMonthLong(anchor.slice(0, 7));

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
      <p className="field-hint">Open a day to log a session there or move a planned one to another day; the plan is re-made around it.</p>
      {mode === 'week' ? (
        <WeekView start={startOfWeek(anchorDate, WEEK)} facts={facts} onOpen={setOpenDay} />
      ) : (
        <MonthView month={anchorDate} facts={facts} onOpen={setOpenDay} />
      )}
      <DayDialog view={view} day={openDay ? facts(openDay) : null} onClose={() => setOpenDay(null)} />
    </section>
  );
}

/** What a day holds, in one phrase for its button's name. */
function summary(day: DayFacts): string {
  const planned = day.items.reduce((s, i) => s + i.minutes, 0);
  const done = day.sessions.reduce((s, x) => s + x.minutes, 0);
  return [
    day.today ? 'today' : null,
    day.exam ? 'exam day' : null,
    day.breakLabel,
    planned > 0 ? `${formatDuration(planned)} planned` : null,
    done > 0 ? `${formatDuration(done)} studied` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

function DayButton({ day, label, onOpen }: { day: DayFacts; label: string; onOpen: (date: string) => void }) {
  const what = summary(day);
  return (
    <button type="button" className="day-button" aria-label={`${formatWeekday(day.date)}${what ? `: ${what}` : ''}. Open this day`} onClick={() => onOpen(day.date)}>
      {label}
    </button>
  );
}

function WeekView({ start, facts, onOpen }: { start: Date; facts: (date: string) => DayFacts; onOpen: (date: string) => void }) {
  const days = Array.from({ length: 7 }, (_, i) => facts(iso(addDays(start, i))));
  return (
    <ol className="week-grid" aria-label="Days of the week">
      {days.map((day) => (
        <li key={day.date} className={`week-day${day.today ? ' is-today' : ''}`} aria-current={day.today ? 'date' : undefined}>
          <h3>
            <DayButton day={day} label={formatWeekday(day.date)} onOpen={onOpen} />
          </h3>
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

function MonthView({ month, facts, onOpen }: { month: Date; facts: (date: string) => DayFacts; onOpen: (date: string) => void }) {
  const first = startOfWeek(startOfMonth(month), WEEK);
  const last = endOfWeek(endOfMonth(month), WEEK);
  const weeks: DayFacts[][] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => facts(iso(addDays(d, i)))));
  const monthKey = iso(month).slice(0, 7);
  const inMonth = (date: string) => date.slice(0, 7) === monthKey;
  const weekdays = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(addDays(first, i)));
  return (
    <div className="month-scroll">
      <table className="month-grid">
        <caption className="visually-hidden">{formatMonthLong(monthKey)}: planned and studied time per day</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
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
                    <DayButton day={day} label={formatDayMonth(day.date)} onOpen={onOpen} />
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
    </div>
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
