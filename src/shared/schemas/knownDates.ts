/**
 * Every kind of date Certplan knows about. Reminders (lead times per kind, in settings) and the
 * calendar export read these; the list lives in shared because the settings schema names them.
 */
export const KNOWN_DATE_KINDS = [
  'exam',
  'study-session',
  'application-audit-due',
  'application-eligibility-end',
  'cycle-end',
  'suspension-end',
  'pace-warning',
  // The end of each year of a cycle whose rules ask for a yearly minimum (PeopleCert: 20 a year), while it is short.
  'cycle-year-end',
] as const;
export type KnownDateKind = (typeof KNOWN_DATE_KINDS)[number];
