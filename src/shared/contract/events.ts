import { z } from 'zod';
import { IsoDateSchema } from '../schemas/dates';
import { KNOWN_DATE_KINDS } from '../schemas/knownDates';

export const DueReminderSchema = z.object({
  id: z.string(),
  kind: z.enum(KNOWN_DATE_KINDS),
  title: z.string(),
  detail: z.string(),
  dueDate: IsoDateSchema,
  trackId: z.string().nullable(),
  credentialId: z.string().nullable(),
});
export type DueReminder = z.infer<typeof DueReminderSchema>;

/** Main → renderer notifications. Payloads are validated like method outputs. */
export const eventSchemas = {
  /** Something changed in the named areas; views showing them refresh. */
  'data:changed': z.object({ areas: z.array(z.string()) }),
  /**
   * Reminders that just fell due (each announced once). `notify` is the person's notifications
   * setting: the desktop raises a native notification and the page a message only when it is on;
   * the reminder center and its badge update either way.
   */
  'reminders:due': z.object({ reminders: z.array(DueReminderSchema), notify: z.boolean() }),
  /**
   * The desktop shell asks the window to show an item (a clicked notification or tray line); the
   * path is a hash route such as /credentials/<id>. The core never sends it.
   */
  'app:open': z.object({ path: z.string().regex(/^\/[^\s]*$/) }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];
