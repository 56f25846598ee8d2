import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useChartColors } from './useChartColors';

export interface CeCategoryBar {
  id: string;
  name: string;
  counted: number;
  notCounted: number;
  stillNeeded: number;
}

/**
 * Earned against required per category: counted units, units above a cap (logged, not counting)
 * and what the category's minimum still needs, stacked. The chart is a picture of the table that
 * always accompanies it (the progress table, or the one below on the dashboard).
 */
export function CeProgressChart({ categories, unitName, caption, compact = false }: { categories: CeCategoryBar[]; unitName: string; caption: string; compact?: boolean }) {
  const colors = useChartColors();
  const height = Math.max(90, categories.length * (compact ? 34 : 40) + 40);
  // Long names ("Volunteering, creating content, …") are cut on the axis; the table shows them whole.
  const maxLabel = compact ? 22 : 34;
  const shortLabel = (name: string) => (name.length > maxLabel ? `${name.slice(0, maxLabel - 1).trimEnd()}…` : name);
  const legend = [
    { label: 'Counted', swatch: { background: colors.series[0] } },
    { label: 'Above a cap (not counting)', swatch: { background: colors.series[1] } },
    { label: 'Still needed for the minimum', swatch: { background: colors.surface, border: `1px dashed ${colors.muted}` } },
  ];
  const summary = categories
    .map((c) => `${c.name}: ${c.counted} counted${c.notCounted ? `, ${c.notCounted} not counting` : ''}${c.stillNeeded ? `, ${c.stillNeeded} still needed` : ''}`)
    .join('; ');
  return (
    <div className="chart-box" data-testid="ce-progress-chart">
      <div role="img" aria-label={`${caption}. ${summary}`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={categories} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={compact ? 6 : 10}>
          <CartesianGrid horizontal={false} stroke={colors.grid} />
          <XAxis type="number" allowDecimals tick={{ fill: colors.muted, fontSize: 12 }} stroke={colors.grid} label={compact ? undefined : { value: unitName, position: 'insideBottomRight', offset: -2, fill: colors.muted, fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={compact ? 150 : 230} tickFormatter={shortLabel} tick={{ fill: colors.text, fontSize: compact ? 12 : 13 }} stroke={colors.grid} />
          <Bar dataKey="counted" name="Counted" stackId="units" fill={colors.series[0]} isAnimationActive={false} />
          <Bar dataKey="notCounted" name="Above a cap (not counting)" stackId="units" fill={colors.series[1]} isAnimationActive={false} />
          <Bar dataKey="stillNeeded" name="Still needed for the minimum" stackId="units" fill={colors.surface} stroke={colors.muted} strokeDasharray="4 3" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {legend.map((item) => (
          <li key={item.label}>
            <span className="chart-swatch" style={item.swatch} />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
