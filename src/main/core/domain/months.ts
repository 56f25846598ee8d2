import type { IsoDate, IsoMonth } from '../../../shared/schemas/dates';

/**
 * Calendar months as consecutive integers (year × 12 + month − 1), so month arithmetic is plain
 * addition and a set of months is a set of numbers. Only whole months exist here: days never
 * enter the experience rules, which is why leap years cannot change a count.
 */
export type MonthIndex = number;

export function monthIndexOf(month: IsoMonth): MonthIndex {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return year * 12 + (mm - 1);
}

export function monthOf(index: MonthIndex): IsoMonth {
  const year = Math.floor(index / 12);
  const mm = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

/** The month a calendar day falls in: 2024-02-29 → 2024-02. */
export function monthOfDate(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function firstDayOf(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

/** Consecutive months folded into runs, for display: [Jan, Feb, Mar, Jun] → Jan–Mar, Jun–Jun. */
export function toRuns(months: Iterable<MonthIndex>): { fromMonth: IsoMonth; toMonth: IsoMonth }[] {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const runs: { from: number; to: number }[] = [];
  for (const m of sorted) {
    const last = runs.at(-1);
    if (last && m === last.to + 1) last.to = m;
    else runs.push({ from: m, to: m });
  }
  return runs.map((r) => ({ fromMonth: monthOf(r.from), toMonth: monthOf(r.to) }));
}
