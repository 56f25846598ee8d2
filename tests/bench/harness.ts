import { performance } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Runs `fn` a few times to warm up, then `runs` times; the times in milliseconds, sorted. */
export async function sample(fn: () => unknown, runs = 31, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Like `sample`, with the run count fitted to a time budget: a 5-second case runs `minRuns`
 * times, a 1 ms one `maxRuns` times, so slow figures (before optimisation) keep the bench short.
 */
export async function sampleWithin(fn: () => unknown, options: { maxRuns: number; minRuns?: number; budgetMs?: number }): Promise<number[]> {
  const first = performance.now();
  await fn();
  const once = performance.now() - first;
  const minRuns = options.minRuns ?? 5;
  const runs = Math.max(minRuns, Math.min(options.maxRuns, Math.floor((options.budgetMs ?? 8000) / Math.max(once, 0.001))));
  return sample(fn, runs, once < 50 ? 2 : 0);
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

/** Runs `fn` a few times to warm up, then `runs` times, and reports the median (robust to a busy machine). */
export async function measure(name: string, fn: () => unknown, runs = 31, warmup = 5): Promise<BenchRow> {
  const times = await sample(fn, runs, warmup);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return { name, runs, medianMs: median, minMs: times[0] ?? 0, maxMs: times.at(-1) ?? 0 };
}

/** A plain-text table, printed as is so it can be pasted into an issue. */
export function formatTable(title: string, rows: readonly BenchRow[]): string {
  const header = ['case', 'runs', 'median ms', 'min ms', 'max ms'];
  const body = rows.map((r) => [r.name, String(r.runs), r.medianMs.toFixed(2), r.minMs.toFixed(2), r.maxMs.toFixed(2)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
