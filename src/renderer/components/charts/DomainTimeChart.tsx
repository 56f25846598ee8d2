import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Progress } from '../../../shared/schemas/readiness';
import { formatDuration } from '../../format/duration';
import { useChartColors } from './useChartColors';
import { TableScroll } from '../TableScroll';

/** Legend items in the order the bars are drawn, not alphabetically. */
const SERIES_ORDER = ['weight', 'plannedPercent', 'donePercent'];

/** Each domain's share of the time studied and planned, beside its exam weight. */
export function DomainTimeChart({ domains }: { domains: Progress['domains'] }) {
  const colors = useChartColors();
  const caption = 'Time per domain against its exam weight';
  const height = Math.max(160, domains.length * 70 + 40);
  return (
    <figure className="chart-figure">
      <div className="chart-box" role="img" aria-label={`${caption}; the table below lists each domain`} data-testid="domain-time-chart">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={domains} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} stroke={colors.grid} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} />
            <YAxis type="category" dataKey="name" width={170} tick={{ fill: colors.text, fontSize: 13 }} stroke={colors.grid} />
            <Legend itemSorter={(item) => SERIES_ORDER.indexOf(String(item.dataKey))} formatter={(value: string) => <span style={{ color: colors.text }}>{value}</span>} />
            <Bar name="Exam weight" dataKey="weight" fill={colors.series[7]} isAnimationActive={false} />
            <Bar name="Planned" dataKey="plannedPercent" fill={colors.series[0]} isAnimationActive={false} />
            <Bar name="Done" dataKey="donePercent" fill={colors.series[2]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">{caption}</figcaption>
      <TableScroll label={caption}>
      <table className="data-table compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col" className="num">Exam weight</th>
            <th scope="col" className="num">Planned</th>
            <th scope="col" className="num">Done</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.domainId}>
              <th scope="row">{d.name}</th>
              <td className="num">{d.weight}%</td>
              <td className="num">
                {d.plannedPercent}% <span className="muted">({formatDuration(d.plannedMinutes)})</span>
              </td>
              <td className="num">
                {d.donePercent}% <span className="muted">({formatDuration(d.doneMinutes)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </figure>
  );
}
