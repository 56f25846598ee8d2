import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from './dates';
import { KNOWN_DATE_KINDS } from './knownDates';
import { PageInfoSchema } from './pages';

/**
 * pending: waiting for its time; delivered: shown, waiting for the person; snoozed: will come back;
 * dismissed / done: handled by the person; retired: its date moved or vanished, or a later
 * reminder for the same date took its place (kept for the record, never shown again).
 */
export const REMINDER_STATES = ['pending', 'delivered', 'snoozed', 'dismissed', 'done', 'retired'] as const;
export const ReminderStateSchema = z.enum(REMINDER_STATES);
export type ReminderState = z.infer<typeof ReminderStateSchema>;

export const ReminderSchema = z.object({
  id: z.string(),
  /** The known date it belongs to, e.g. `cycle-end:<credential>:2027-01-14`. */
  key: z.string(),
  kind: z.enum(KNOWN_DATE_KINDS),
  leadDays: z.number().int(),
  /** The date it reminds of. */
  dueDate: IsoDateSchema,
  /** When it fires (or fires again after a snooze): 09:00 local time on its day. */
  fireAt: IsoInstantSchema,
  state: ReminderStateSchema,
  title: z.string(),
  detail: z.string(),
  trackId: z.string().nullable(),
  credentialId: z.string().nullable(),
  deliveredAt: IsoInstantSchema.nullable(),
});
export type Reminder = z.infer<typeof ReminderSchema>;

export const ReminderListSchema = z.object({
  /** Delivered and waiting for the person, newest first. */
  due: z.array(ReminderSchema),
  snoozed: z.array(ReminderSchema),
  /** Pending, soonest first. */
  upcoming: z.array(ReminderSchema),
  /** The last few dismissed or done. */
  handled: z.array(ReminderSchema),
  /** Only when a page was asked for (`limit`/`before`): `upcoming` is that page. */
  page: PageInfoSchema.optional(),
});
export type ReminderList = z.infer<typeof ReminderListSchema>;

export const SNOOZE_DURATIONS = ['1-day', '1-week'] as const;

/**
 * One row of the reminder center: every reminder of one date (an exam, a cycle end, an audit due,
 * a study day) together. `state` is the group's: due when one of its reminders is showing,
 * snoozed, upcoming (only future notices) or handled (dismissed or done, nothing left to come).
 */
export const REMINDER_GROUP_STATES = ['due', 'snoozed', 'upcoming', 'handled'] as const;
export const ReminderGroupStateSchema = z.enum(REMINDER_GROUP_STATES);
export type ReminderGroupState = z.infer<typeof ReminderGroupStateSchema>;

export const ReminderGroupSchema = z.object({
  /** The date's key: one group per thing the reminders are about. */
  key: z.string(),
  kind: z.enum(KNOWN_DATE_KINDS),
  dueDate: IsoDateSchema,
  title: z.string(),
  detail: z.string(),
  trackId: z.string().nullable(),
  credentialId: z.string().nullable(),
  state: ReminderGroupStateSchema,
  /** The reminder the actions apply to: the one showing or snoozed, else the next to come. */
  reminderId: z.string(),
  /** When the next notice comes (a pending one, or a snoozed one coming back); null when none. */
  nextNoticeAt: IsoInstantSchema.nullable(),
  /** Days before the date of that next notice (null when it is a snoozed one or there is none). */
  nextLeadDays: z.number().int().nullable(),
  /** Notices of this date already shown before the current one. */
  earlierNotices: z.number().int(),
  /** Study days folded into this row: how many more follow it, and the last one. */
  moreDays: z.number().int(),
  lastDueDate: IsoDateSchema.nullable(),
});
export type ReminderGroup = z.infer<typeof ReminderGroupSchema>;

export const ReminderFilterSchema = z.strictObject({
  kind: z.enum(KNOWN_DATE_KINDS).nullable().default(null),
  trackId: z.string().min(1).max(120).nullable().default(null),
  credentialId: z.string().min(1).max(120).nullable().default(null),
  /** `active`: due, snoozed and upcoming together. */
  state: z.enum(['active', ...REMINDER_GROUP_STATES]).default('active'),
});
export type ReminderFilter = z.infer<typeof ReminderFilterSchema>;

export const ReminderCenterSchema = z.object({
  /** Ordered by due date (then title). */
  groups: z.array(ReminderGroupSchema),
  /** Groups per state before the state filter, for the filter's labels. */
  counts: z.object({ due: z.number().int(), snoozed: z.number().int(), upcoming: z.number().int(), handled: z.number().int() }),
  /** Groups the filters hide (0 when none is set). */
  hiddenByFilters: z.number().int(),
  /** Whether study days come as one morning digest (the setting). */
  studyDigest: z.boolean(),
});
export type ReminderCenter = z.infer<typeof ReminderCenterSchema>;
