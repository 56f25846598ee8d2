import { formatDayMonth } from '../../../shared/dateFormat';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Progress } from '../../../shared/schemas/readiness';
import { toHours } from '../../format/duration';
import { useChartColors } from './useChartColors';
import { TableScroll } from '../TableScroll';

/** Legend items in the order the bars are drawn, not alphabetically. */
const SERIES_ORDER = ['planned', 'done'];

/** Hours planned and done per week; the table below holds the same numbers. */
export function WeeklyHoursChart({ weeks }: { weeks: Progress['weeks'] }) {
  const colors = useChartColors();
  const data = weeks.map((w) => ({ week: formatDayMonth(w.weekStart), planned: toHours(w.plannedMinutes), done: toHours(w.doneMinutes) }));
  const caption = 'Hours planned and done per week';
  return (
    <figure className="chart-figure">
      <div className="chart-box" role="img" aria-label={`${caption}; the table below lists each week`} data-testid="weekly-hours-chart">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={colors.grid} />
            <XAxis dataKey="week" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} interval="preserveStartEnd" />
            <YAxis unit=" h" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} width={48} />
            <Legend itemSorter={(item) => SERIES_ORDER.indexOf(String(item.dataKey))} formatter={(value: string) => <span style={{ color: colors.text }}>{value}</span>} />
            <Bar name="Planned" dataKey="planned" fill={colors.series[0]} isAnimationActive={false} />
            <Bar name="Done" dataKey="done" fill={colors.series[2]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">{caption}</figcaption>
      <details>
        <summary>Show the numbers</summary>
        <TableScroll label={caption}>
        <table className="data-table compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" className="num">Planned (h)</th>
              <th scope="col" className="num">Done (h)</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w.weekStart}>
                <th scope="row">{data[i]?.week}</th>
                <td className="num">{data[i]?.planned}</td>
                <td className="num">{data[i]?.done}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      </details>
    </figure>
  );
}
