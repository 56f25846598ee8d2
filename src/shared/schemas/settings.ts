import { z } from 'zod';
import { KNOWN_DATE_KINDS, type KnownDateKind } from './knownDates';

export const THEMES = ['system', 'light', 'dark'] as const;

/** Largest lead time a person may choose: two years before a date. */
export const MAX_LEAD_DAYS = 730;

/** Days before a date at which to be reminded, e.g. [180, 90, 30, 7]. */
export const LeadDaysSchema = z
  .array(
    z
      .number({ error: 'Days must be a number' })
      .int('Days must be a whole number')
      .min(0, 'Days cannot be negative')
      .max(MAX_LEAD_DAYS, `At most ${MAX_LEAD_DAYS} days`),
  )
  .max(6, 'At most 6 reminders for one date')
  .refine((days) => new Set(days).size === days.length, 'Each number of days only once');

/**
 * Defaults, in days before each kind of date. Pace warnings have no date of their own: [0] means
 * "remind me (once a month) while a cycle is behind", [] switches them off.
 */
export const DEFAULT_REMINDER_LEAD_DAYS: Record<KnownDateKind, number[]> = {
  exam: [30, 7, 1],
  'study-session': [0],
  'application-audit-due': [30, 14, 3],
  'application-eligibility-end': [90, 30, 7],
  'cycle-end': [180, 90, 30, 7],
  'suspension-end': [90, 30, 7],
  'pace-warning': [0],
  'cycle-year-end': [60, 14],
};

/** A kind added by a later version defaults, so lead times an older version saved keep the person's choices. */
export const ReminderLeadDaysSchema = z.object(
  Object.fromEntries(KNOWN_DATE_KINDS.map((kind) => [kind, LeadDaysSchema.default(DEFAULT_REMINDER_LEAD_DAYS[kind])])) as Record<
    KnownDateKind,
    z.ZodDefault<typeof LeadDaysSchema>
  >,
);
export type ReminderLeadDays = z.infer<typeof ReminderLeadDaysSchema>;

export const SettingsSchema = z.object({
  theme: z.enum(THEMES),
  reminderLeadDays: ReminderLeadDaysSchema,
  /** Announce due reminders (a native notification on the desktop, a message in the browser). */
  notifications: z.boolean(),
  /** Desktop only: start Certplan when the person logs in. */
  openAtLogin: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  reminderLeadDays: DEFAULT_REMINDER_LEAD_DAYS,
  notifications: true,
  openAtLogin: false,
};
