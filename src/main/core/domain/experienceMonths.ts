import type { IsoMonth } from '../../../shared/schemas/dates';
import { type MonthIndex, monthIndexOf } from './months';

/**
 * Counting experience (the rule is stated for people in shared/experienceRule.ts):
 * - entries are whole months; the start and end months both count in full;
 * - an ongoing entry (no end) runs to the month being evaluated (the current month, or a future
 *   one when projecting);
 * - a month counts once however many entries cover it (overlapping projects do not add up);
 * - with a window of W months, only the W months ending with the evaluated month count.
 */

export interface ExperienceSpan {
  id: string;
  startMonth: IsoMonth;
  /** Null while ongoing. */
  endMonth: IsoMonth | null;
}

export interface CountOptions {
  /** The month being evaluated ("now"): ongoing entries end here and the window ends here. */
  asOf: MonthIndex;
  /** Null: any month up to `asOf` counts. */
  windowMonths: number | null;
}

/** First month inside the window ending with `asOf`, or -Infinity when there is no window. */
export function windowStartOf(asOf: MonthIndex, windowMonths: number | null): MonthIndex {
  return windowMonths === null ? Number.NEGATIVE_INFINITY : asOf - windowMonths + 1;
}

/** The months an entry covers as of a month, clipped to nothing after it. Empty when it starts later. */
export function monthsOfEntry(entry: ExperienceSpan, asOf: MonthIndex): { from: MonthIndex; to: MonthIndex } | null {
  const from = monthIndexOf(entry.startMonth);
  const to = Math.min(entry.endMonth === null ? asOf : monthIndexOf(entry.endMonth), asOf);
  return to >= from ? { from, to } : null;
}

/** Whole months an entry covers as of a month (ongoing ones up to it). */
export function entryLength(entry: ExperienceSpan, asOf: MonthIndex): number {
  const span = monthsOfEntry(entry, asOf);
  return span ? span.to - span.from + 1 : 0;
}

/** Every month that counts: covered by at least one entry and inside the window. Sorted. */
export function countedMonths(entries: readonly ExperienceSpan[], options: CountOptions): MonthIndex[] {
  const start = windowStartOf(options.asOf, options.windowMonths);
  const months = new Set<MonthIndex>();
  for (const entry of entries) {
    const span = monthsOfEntry(entry, options.asOf);
    if (!span) continue;
    for (let m = Math.max(span.from, start); m <= span.to; m++) months.add(m);
  }
  return [...months].sort((a, b) => a - b);
}

/** The number of unique months that count; the figure PMI's "36 months" is compared with. */
export function countUniqueExperienceMonths(entries: readonly ExperienceSpan[], options: CountOptions): number {
  return countedMonths(entries, options).length;
}

/** Months covered by two or more entries (no window), for the timeline's overlap marks. */
export function overlappingMonths(entries: readonly ExperienceSpan[], asOf: MonthIndex): MonthIndex[] {
  const seen = new Map<MonthIndex, number>();
  for (const entry of entries) {
    const span = monthsOfEntry(entry, asOf);
    if (!span) continue;
    for (let m = span.from; m <= span.to; m++) seen.set(m, (seen.get(m) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([m]) => m).sort((a, b) => a - b);
}

export interface EntryAttribution {
  id: string;
  /** The entry's months inside the window, overlaps included. */
  monthsInWindow: number;
  /** Months credited to this entry once overlaps are removed: each counted month goes to the earliest-starting entry covering it. */
  uniqueMonths: number;
}

/**
 * Splits the counted months between entries so the per-entry figures add up to the total, as an
 * application form asks ("months on this project") without counting an overlap twice.
 */
export function attributeMonths(entries: readonly ExperienceSpan[], options: CountOptions): EntryAttribution[] {
  const start = windowStartOf(options.asOf, options.windowMonths);
  const claimed = new Set<MonthIndex>();
  const ordered = [...entries].sort((a, b) => a.startMonth.localeCompare(b.startMonth) || a.id.localeCompare(b.id));
  const byId = new Map<string, EntryAttribution>();
  for (const entry of ordered) {
    const span = monthsOfEntry(entry, options.asOf);
    let inWindow = 0;
    let unique = 0;
    if (span) {
      for (let m = Math.max(span.from, start); m <= span.to; m++) {
        inWindow++;
        if (!claimed.has(m)) {
          claimed.add(m);
          unique++;
        }
      }
    }
    byId.set(entry.id, { id: entry.id, monthsInWindow: inWindow, uniqueMonths: unique });
  }
  return entries.map((e) => byId.get(e.id) ?? { id: e.id, monthsInWindow: 0, uniqueMonths: 0 });
}
