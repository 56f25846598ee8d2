import type { IsoDate } from '../../../shared/schemas/dates';
import type { KnownDateKind } from '../../../shared/schemas/knownDates';

// The kinds live in shared because the settings schema (lead times per kind) names them.
export { KNOWN_DATE_KINDS, type KnownDateKind } from '../../../shared/schemas/knownDates';

export interface KnownDate {
  /** Stable across recomputation, e.g. `exam:<trackId>:2027-03-01`: reminder state is keyed by it. */
  key: string;
  kind: KnownDateKind;
  date: IsoDate;
  title: string;
  detail: string;
  trackId: string | null;
  credentialId: string | null;
  /**
   * What stays the same when the date moves (`exam:<trackId>`), for the calendar's UID; the key
   * when absent. A re-imported calendar then moves the event instead of adding a second one.
   */
  itemId?: string;
  /** A planned study day: its minutes, what it covers (domains, review, mock exam) and the track's acronym. */
  study?: { minutes: number; topics: string[]; acronym: string };
}

/**
 * Each slice that stores dates (application, preparation, renewal) implements this; the reminder
 * engine and the .ics export read all of them without knowing where the dates come from.
 */
export interface KnownDateSource {
  knownDates(today: IsoDate): KnownDate[];
}

/**
 * Soonest first, then by key: the order reminders and the calendar list dates in. ISO days compare
 * as plain strings; only ties on a day fall back to localeCompare (as the order always was).
 */
export function byDateThenKey(a: KnownDate, b: KnownDate): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.key.localeCompare(b.key);
}
