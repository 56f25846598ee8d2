/** Month strings as consecutive numbers, for laying out the timeline (display only, no rules). */
export function monthNumber(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

export interface TimelineScale {
  from: number;
  months: number;
  x: (month: string) => number;
  width: (fromMonth: string, toMonth: string) => number;
  years: { year: number; x: number }[];
}

/** Maps the months from..to onto `plotWidth` pixels starting at `left`; one column per month. */
export function timelineScale(fromMonth: string, toMonth: string, left: number, plotWidth: number): TimelineScale {
  const from = monthNumber(fromMonth);
  const months = Math.max(1, monthNumber(toMonth) - from + 1);
  const column = plotWidth / months;
  const x = (month: string) => left + (monthNumber(month) - from) * column;
  const firstYear = Math.ceil(from / 12);
  const lastYear = Math.floor((from + months - 1) / 12);
  // Label every year on short spans, fewer on long ones so the labels never collide.
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 14));
  const years: { year: number; x: number }[] = [];
  for (let year = firstYear; year <= lastYear; year += step) years.push({ year, x: left + (year * 12 - from) * column });
  return { from, months, x, width: (a, b) => (monthNumber(b) - monthNumber(a) + 1) * column, years };
}
