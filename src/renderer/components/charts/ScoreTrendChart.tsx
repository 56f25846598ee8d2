import { formatDayMonth } from '../../../shared/dateFormat';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Progress } from '../../../shared/schemas/readiness';
import { useChartColors } from './useChartColors';
import { TableScroll } from '../TableScroll';

/** Practice scores over time: the total and each domain, one line each. */
export function ScoreTrendChart({ trend, domains }: { trend: Progress['scoreTrend']; domains: readonly { domainId: string; name: string }[] }) {
  const colors = useChartColors();
  const caption = 'Practice scores over time, total and per domain';
  const data = trend.map((r) => ({
    label: formatDayMonth(r.date),
    total: r.total,
    ...Object.fromEntries(r.domains.map((s) => [s.domainId, s.percent])),
  }));
  return (
    <figure className="chart-figure">
      <div className="chart-box" role="img" aria-label={`${caption}; the table below lists each result`} data-testid="score-trend-chart">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={colors.grid} />
            <XAxis dataKey="label" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} />
            <YAxis domain={[0, 100]} unit="%" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} width={48} />
            <Legend itemSorter={(item) => ['total', ...domains.map((d) => d.domainId)].indexOf(String(item.dataKey))} formatter={(value: string) => <span style={{ color: colors.text }}>{value}</span>} />
            <Line name="Total" dataKey="total" stroke={colors.text} strokeWidth={3} isAnimationActive={false} connectNulls />
            {domains.map((d, i) => (
              <Line key={d.domainId} name={d.name} dataKey={d.domainId} stroke={colors.series[i % colors.series.length]} strokeWidth={2} isAnimationActive={false} connectNulls />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">{caption}</figcaption>
      <TableScroll label={caption}>
      <table className="data-table compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col" className="num">Total</th>
            {domains.map((d) => (
              <th key={d.domainId} scope="col" className="num">
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.map((r, i) => (
            <tr key={`${r.date}-${i}`}>
              <th scope="row">{data[i]?.label}</th>
              <td>{r.source}</td>
              <td className="num">{r.total}%</td>
              {domains.map((d) => {
                const score = r.domains.find((s) => s.domainId === d.domainId);
                return (
                  <td key={d.domainId} className="num">
                    {score ? `${score.percent}%` : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </figure>
  );
}
