import { Fragment } from 'react';
import type { PlanView } from '../../../../shared/schemas/preparation';
import { Badge } from '../../../components/Badge';
import { TableScroll } from '../../../components/TableScroll';
import { formatDay, formatWeekday, localizeDates } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { KIND_LABELS } from './planLabels';

const UPCOMING_DAYS = 7;

/** The next week's study days with their reasons, and every day to the exam in a table. */
export function UpcomingPlan({ plan }: { plan: PlanView }) {
  const future = plan.items.filter((i) => i.date > plan.today.date);
  const dates = [...new Set(future.map((i) => i.date))].slice(0, UPCOMING_DAYS);
  return (
    <section className="section" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">Coming up</h2>
      {dates.length === 0 ? (
        <p>No more sessions are planned before the exam.</p>
      ) : (
        <dl className="day-list">
          {dates.map((date) => (
            <Fragment key={date}>
              <dt>{formatWeekday(date)}</dt>
              <dd>
                <ul className="compact-plan">
                  {future
                    .filter((i) => i.date === date)
                    .map((item) => (
                      <li key={item.id}>
                        {item.kind !== 'study' ? <Badge tone="info">{KIND_LABELS[item.kind]}</Badge> : null} <strong>{item.domainName}</strong>{' '}
                        {formatDuration(item.minutes)} <span className="plan-reason">— {localizeDates(item.reason)}</span>
                      </li>
                    ))}
                </ul>
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      <details className="all-days">
        <summary>Every day until the exam: planned against available time</summary>
        <TableScroll label="Planned and available time per day">
        <table className="data-table compact" aria-label="Planned and available time per day">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">Planned</th>
              <th scope="col" className="num">Available</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {plan.days.map((day) => (
              <tr key={day.date} data-date={day.date}>
                <th scope="row">{formatDay(day.date)}</th>
                <td className="num" data-minutes={day.plannedMinutes}>
                  {formatDuration(day.plannedMinutes)}
                </td>
                <td className="num" data-minutes={day.availableMinutes}>
                  {formatDuration(day.availableMinutes)}
                </td>
                <td>{day.breakLabel ?? (day.review ? 'Review' : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      </details>
    </section>
  );
}
