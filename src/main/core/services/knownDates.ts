import type { IsoDate } from '../../../shared/schemas/dates';

/** Every kind of date Certplan knows about; reminders and the calendar export read these. */
export const KNOWN_DATE_KINDS = [
  'exam',
  'study-session',
  'application-audit-due',
  'application-eligibility-end',
  'cycle-end',
  'suspension-end',
  'pace-warning',
] as const;
export type KnownDateKind = (typeof KNOWN_DATE_KINDS)[number];

export interface KnownDate {
  /** Stable across recomputation, e.g. `exam:<trackId>:2027-03-01`: reminder state is keyed by it. */
  key: string;
  kind: KnownDateKind;
  date: IsoDate;
  title: string;
  detail: string;
  trackId: string | null;
  credentialId: string | null;
}

/**
 * Each slice that stores dates (application, preparation, renewal) implements this; the reminder
 * engine and the .ics export read all of them without knowing where the dates come from.
 */
export interface KnownDateSource {
  knownDates(today: IsoDate): KnownDate[];
}
