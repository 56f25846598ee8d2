import { z } from 'zod';
import { KNOWN_DATE_KINDS, type KnownDateKind } from './knownDates';

/** The three kinds of people the guided start serves. */
export const GUIDED_GOALS = ['prepare', 'maintain', 'both'] as const;
export const GUIDED_STEP_STATES = ['done', 'skipped'] as const;

export const GuidedStartSchema = z.strictObject({
  goal: z.enum(GUIDED_GOALS).nullable(),
  /** Step id → done or skipped; a step not listed is still to do. */
  steps: z.record(z.string().regex(/^[a-z-]{1,40}$/), z.enum(GUIDED_STEP_STATES)),
  /** The track or credential the guided start created, to come back to. */
  trackId: z.string().max(120).nullable(),
  credentialId: z.string().max(120).nullable(),
  /** Finished or put away: the dashboard stops offering it. */
  closed: z.boolean(),
});
export type GuidedStart = z.infer<typeof GuidedStartSchema>;

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

/** What a settings patch must give for lead times: every kind, and nothing else. */
const LEAD_DAYS_SHAPE = Object.fromEntries(KNOWN_DATE_KINDS.map((kind) => [kind, LeadDaysSchema])) as Record<KnownDateKind, typeof LeadDaysSchema>;

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

/** "19:00": hours and minutes, 24-hour clock. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 19:00');

export const CalendarSettingsSchema = z.strictObject({
  studyTime: TimeOfDaySchema,
  /** An IANA zone such as Europe/Berlin, "UTC" for UTC times, or null for this computer’s own zone. */
  timeZone: z.string().trim().min(1).max(64).nullable(),
  /** Keep an .ics file up to date in the data folder for a calendar app to subscribe to. */
  feed: z.boolean(),
});
export type CalendarSettings = z.infer<typeof CalendarSettingsSchema>;

export const DEFAULT_STUDY_TIME = '19:00';
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
  /** Planned study days come as one morning digest ("Today: 1 h 15 min — Process, People"); off: no study reminders. */
  studyDigest: z.boolean(),
  /** The calendar export: study sessions at this time of day, in this time zone. */
  calendar: CalendarSettingsSchema,
  /**
   * The country whose public holidays study plans skip (ISO 3166 code, e.g. "US"); null skips none.
   * A code Certplan has no holidays for is kept, and the plan says that none are skipped.
   */
  holidayCountry: z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as US or GB').nullable(),
  /** What the guided start has asked and done (null until it starts). */
  guidedStart: GuidedStartSchema.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * What `settings:update` accepts: any of the settings, and nothing else — an unknown field (a
 * typo, a setting from another version) is an error naming it rather than silently dropped.
 */
export const SettingsPatchSchema = z
  .strictObject({
    theme: SettingsSchema.shape.theme,
    reminderLeadDays: z.strictObject(LEAD_DAYS_SHAPE),
    notifications: SettingsSchema.shape.notifications,
    openAtLogin: SettingsSchema.shape.openAtLogin,
    studyDigest: SettingsSchema.shape.studyDigest,
    calendar: SettingsSchema.shape.calendar,
    holidayCountry: SettingsSchema.shape.holidayCountry,
    guidedStart: SettingsSchema.shape.guidedStart,
  })
  .partial();

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  reminderLeadDays: DEFAULT_REMINDER_LEAD_DAYS,
  notifications: true,
  openAtLogin: false,
  studyDigest: true,
  calendar: { studyTime: DEFAULT_STUDY_TIME, timeZone: null, feed: false },
  holidayCountry: null,
  guidedStart: null,
};
