import { parseISO } from 'date-fns';
import { formatWeekdayDay } from '../../../../../shared/dateFormat';
import type { FlashcardStats, HeatmapDay } from '../../../../../shared/schemas/flashcards/stats';
import { formatDay } from '../../../../format/dates';

/** How strongly a day is shaded: by reviews, in five steps. */
function level(day: HeatmapDay): number {
  if (day.reviews === 0) return 0;
  if (day.reviews < 10) return 1;
  if (day.reviews < 30) return 2;
  if (day.reviews < 60) return 3;
  return 4;
}

function describe(day: HeatmapDay): string {
  const outcome = day.frozen ? 'missed, covered by the freeze' : day.met === true ? 'planned review done' : day.met === false ? 'planned review not done' : 'nothing planned';
  return `${formatDay(day.date)}: ${day.reviews} reviews, ${day.minutes} min (${outcome})`;
}

/** Six months of review, a column per week (Monday on top), with the same days listed in a table. */
export function ReviewHeatmap({ stats }: { stats: FlashcardStats }) {
  const days = stats.heatmap;
  // Pad the first week so every column starts on a Monday.
  const first = days[0];
  const pad = first ? (parseISO(first.date).getDay() + 6) % 7 : 0;
  const cells: (HeatmapDay | null)[] = [...Array<null>(pad).fill(null), ...days];
  return (
    <figure className="chart-figure">
      <div className="fc-heatmap" aria-hidden="true" data-testid="review-heatmap">
        {cells.map((day, i) =>
          day ? (
            <span key={day.date} className={`fc-heat fc-heat-${level(day)}${day.met === true ? ' is-met' : ''}${day.frozen ? ' is-frozen' : ''}`} title={describe(day)} />
          ) : (
            <span key={`pad-${i}`} className="fc-heat fc-heat-pad" />
          ),
        )}
      </div>
      <figcaption className="field-hint">
        Darker days had more reviews; a ring marks a day whose planned review was done, a dashed ring a missed day the freeze covered.
      </figcaption>
      <details>
        <summary>Show the days with reviews</summary>
        <table className="data-table compact">
          <caption className="visually-hidden">Review days</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">Reviews</th>
              <th scope="col" className="num">Minutes</th>
              <th scope="col">Planned review</th>
            </tr>
          </thead>
          <tbody>
            {days
              .filter((d) => d.reviews > 0 || d.met !== null)
              .reverse()
              .map((d) => (
                <tr key={d.date}>
                  <th scope="row">{formatWeekdayDay(d.date)}</th>
                  <td className="num">{d.reviews}</td>
                  <td className="num">{d.minutes}</td>
                  <td>{d.frozen ? 'Missed (freeze)' : d.met === true ? 'Done' : d.met === false ? 'Not done' : 'Nothing planned'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
