import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDay } from '../../format/dates';
import { useAfterFirstPaint } from '../../hooks/useAfterFirstPaint';
import { useChartColors } from './useChartColors';
import { TableScroll } from '../TableScroll';

export interface StudyWeek {
  weekStart: string;
  planned: number;
  done: number;
}

const CHART_HEIGHT = 220;

/** Planned and done study hours per week, with the same numbers as a table; an honest empty state. */
export function StudyHoursChart({ weeks }: { weeks: StudyWeek[] }) {
  const colors = useChartColors();
  // The bars are the costliest part of the start screen (recharts measures and lays out on
  // mount): the table with the same numbers and the rest of the screen paint first.
  const painted = useAfterFirstPaint();
  if (weeks.length === 0) {
    return (
      <p className="muted" role="status">
        No study sessions yet. Once you plan your preparation on a track’s Prepare tab, the hours you planned and studied each week show here.
      </p>
    );
  }
  const data = weeks.map((w) => ({ ...w, label: formatDay(w.weekStart) }));
  return (
    <figure className="chart-figure">
      <div className="chart-box" role="img" aria-label={`Study hours per week: ${data.map((w) => `${w.label} ${w.done} of ${w.planned}`).join(', ')}`}>
        {painted ? <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={data} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={colors.grid} />
            <XAxis dataKey="label" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} />
            <YAxis tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} unit=" h" />
            <Legend wrapperStyle={{ color: colors.text, fontSize: 13 }} />
            <Bar dataKey="planned" name="Planned" fill={colors.series[4]} isAnimationActive={false} />
            <Bar dataKey="done" name="Studied" fill={colors.series[0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer> : <div style={{ height: CHART_HEIGHT }} />}
      </div>
      <TableScroll label="Study hours per week">
      <table className="data-table compact">
        <caption className="visually-hidden">Study hours per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col" className="num">Planned</th>
            <th scope="col" className="num">Studied</th>
          </tr>
        </thead>
        <tbody>
          {data.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{w.label}</th>
              <td className="num">{w.planned} h</td>
              <td className="num">{w.done} h</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </figure>
  );
}
