import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { percentile } from '../harness';

export interface ResultRow {
  case: string;
  unit: 'ms' | 'KB' | 'MB' | 'exponent';
  median: number;
  p95: number | null;
  goal: number;
  /** Median over the raw SQL floor's median; null where there is no floor. */
  floorRatio: number | null;
  floorMs: number | null;
  runs: number;
  meetsGoal: boolean;
}

export function timedRow(name: string, sorted: readonly number[], goal: number, floorSorted: readonly number[] | null): ResultRow {
  const median = percentile(sorted, 0.5);
  const floorMs = floorSorted ? percentile(floorSorted, 0.5) : null;
  return {
    case: name,
    unit: 'ms',
    median,
    p95: percentile(sorted, 0.95),
    goal,
    floorMs,
    floorRatio: floorMs !== null && floorMs > 0 ? median / floorMs : null,
    runs: sorted.length,
    meetsGoal: median <= goal,
  };
}

export function figureRow(name: string, unit: ResultRow['unit'], value: number, goal: number): ResultRow {
  return { case: name, unit, median: value, p95: null, goal, floorMs: null, floorRatio: null, runs: 1, meetsGoal: value <= goal };
}

function fixed(value: number, unit: ResultRow['unit']): string {
  if (unit === 'exponent') return value.toFixed(2);
  return value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
}

/** A Markdown table (paste-able into the README and issues): case, median, p95, goal, ratio to the SQL floor. */
export function formatResults(rows: readonly ResultRow[]): string {
  const header = ['case', 'median', 'p95', 'goal', '× SQL floor', 'runs', ''];
  const body = rows.map((r) => {
    const unit = r.unit === 'exponent' ? '' : ` ${r.unit}`;
    return [
      r.case,
      `${fixed(r.median, r.unit)}${unit}`,
      r.p95 === null ? '–' : `${fixed(r.p95, r.unit)}${unit}`,
      `≤ ${r.unit === 'exponent' ? r.goal.toFixed(2) : r.goal}${unit}`,
      r.floorRatio === null ? '–' : `${r.floorRatio.toFixed(r.floorRatio < 1 ? 2 : 1)}× (${r.floorMs?.toFixed(2)} ms)`,
      String(r.runs),
      r.meetsGoal ? 'ok' : 'OVER',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}|` : `${'-'.repeat(w + 1)}:|`)).join('')}`, ...body.map(line)].join('\n');
}

export function machine(): { cpus: number; cpuModel: string; node: string; platform: string } {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` };
}

export function writeJson(file: string, content: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
}

/** Least-squares slope of log(time) over log(scale): 1 is linear growth, below 1 sub-linear. */
export function growthExponent(points: readonly { scale: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.scale));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}
