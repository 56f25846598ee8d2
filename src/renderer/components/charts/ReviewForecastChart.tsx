import { formatDayMonth } from '../../../shared/dateFormat';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { FlashcardStats } from '../../../shared/schemas/flashcards/stats';
import { useChartColors } from './useChartColors';

/** Estimated review minutes for each of the next 30 days against that day's budget; a table holds the numbers. */
export function ReviewForecastChart({ forecast }: { forecast: FlashcardStats['forecast'] }) {
  const colors = useChartColors();
  const data = forecast.map((d) => ({ day: formatDayMonth(d.date), planned: d.estimatedMinutes, budget: d.budgetMinutes, cards: d.dueCards }));
  const caption = 'Review minutes planned for the next 30 days against the daily budget';
  return (
    <figure className="chart-figure">
      <div className="chart-box" role="img" aria-label={`${caption}; the table below lists each day`} data-testid="review-forecast-chart">
        <ResponsiveContainer width="100%" height={240}>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={colors.grid} />
            <XAxis dataKey="day" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} interval="preserveStartEnd" />
            <YAxis unit=" min" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} width={56} allowDecimals={false} />
            <Legend formatter={(value: string) => <span style={{ color: colors.text }}>{value}</span>} />
            <Bar name="Planned review" dataKey="planned" fill={colors.series[0]} isAnimationActive={false} />
            <Line name="Budget" dataKey="budget" type="stepAfter" stroke={colors.series[3]} strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">{caption}</figcaption>
      <details>
        <summary>Show the numbers</summary>
        <table className="data-table compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">Cards</th>
              <th scope="col" className="num">Planned (min)</th>
              <th scope="col" className="num">Budget (min)</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={forecast[i]?.date}>
                <th scope="row">{d.day}</th>
                <td className="num">{d.cards}</td>
                <td className="num">{d.planned}</td>
                <td className="num">{d.budget}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
