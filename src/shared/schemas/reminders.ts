import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from './dates';
import { KNOWN_DATE_KINDS } from './knownDates';

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
});
export type ReminderList = z.infer<typeof ReminderListSchema>;

export const SNOOZE_DURATIONS = ['1-day', '1-week'] as const;
