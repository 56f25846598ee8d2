import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ExamDomain } from '../../../shared/schemas/certification';
import { useChartColors } from './useChartColors';
import { TableScroll } from '../TableScroll';

/**
 * Domain weights as horizontal bars, with the same numbers in a table beside it: the chart is for
 * a glance, the table for screen readers and exact reading.
 */
export function DomainWeightChart({ domains, caption }: { domains: ExamDomain[]; caption: string }) {
  const colors = useChartColors();
  const height = Math.max(120, domains.length * 44 + 24);
  const summary = domains.map((d) => `${d.name} ${d.weight}%`).join(', ');
  return (
    <figure className="chart-figure">
      <div className="chart-box" role="img" aria-label={`${caption}: ${summary}`} data-testid="domain-chart">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={domains} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} stroke={colors.grid} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} />
            <YAxis type="category" dataKey="name" width={190} tick={{ fill: colors.text, fontSize: 13 }} stroke={colors.grid} />
            <Bar dataKey="weight" isAnimationActive={false} radius={[0, 4, 4, 0]}>
              {domains.map((d, i) => (
                <Cell key={d.id} fill={colors.series[i % colors.series.length]} />
              ))}
              <LabelList dataKey="weight" position="right" formatter={(v: unknown) => `${String(v)}%`} fill={colors.text} />
            </Bar>
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
            <th scope="col" className="num">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              <td className="num">{d.weight}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </figure>
  );
}
