import { z } from 'zod';
import { IsoDateSchema } from '../schemas/dates';
import { ReminderCenterSchema, ReminderFilterSchema, ReminderListSchema, ReminderSchema, SNOOZE_DURATIONS } from '../schemas/reminders';
import { defineMethods } from './define';
import { RecordIdSchema } from '../schemas/ids';
import { PageInputFields } from '../schemas/pages';

export const reminderMethods = defineMethods({
  'reminders:list': {
    input: z.strictObject({ ...PageInputFields }),
    output: ReminderListSchema,
    summary: 'Due, snoozed, upcoming and recently handled reminders; with `limit`/`before`, one page of the upcoming ones (the long list) and where the next starts',
  },
  'reminders:list-groups': {
    input: ReminderFilterSchema,
    output: ReminderCenterSchema,
    summary: 'The reminder center: one row per date (exam, cycle, application, study days), ordered by due date, filtered',
  },
  'reminders:snooze': {
    input: z
      .strictObject({
        id: RecordIdSchema,
        /** Snooze for a while… */
        duration: z.enum(SNOOZE_DURATIONS).optional(),
        /** …or until a chosen day (at 09:00). */
        until: IsoDateSchema.optional(),
      })
      .refine((input) => (input.duration === undefined) !== (input.until === undefined), {
        path: ['duration'],
        message: 'Choose a duration or a date to snooze until',
      }),
    output: ReminderSchema,
    summary: 'Move a reminder’s next firing (1 day, 1 week or a chosen date)',
  },
  'reminders:dismiss': {
    input: z.strictObject({ id: RecordIdSchema }),
    output: ReminderSchema,
    summary: 'Hide one reminder; later reminders for the same date still come',
  },
  'reminders:mark-done': {
    input: z.strictObject({ id: RecordIdSchema }),
    output: ReminderSchema,
    summary: 'The date is taken care of: this and any later reminder for it stop',
  },
});
