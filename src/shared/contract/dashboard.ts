import { z } from 'zod';
import { CredentialStatusSchema } from '../schemas/renewal';
import { IsoDateSchema } from '../schemas/dates';
import { ReminderSchema } from '../schemas/reminders';
import { TrackStatusSchema } from '../schemas/track';
import { defineMethods } from './define';

export const DashboardCeCategorySchema = z.object({
  id: z.string(),
  name: z.string(),
  counted: z.number(),
  notCounted: z.number(),
  /** The category's minimum still to earn (0 when met or when it has none). */
  stillNeeded: z.number(),
});

export const DashboardSchema = z.object({
  today: IsoDateSchema,
  tracks: z.array(
    z.object({
      id: z.string(),
      acronym: z.string(),
      name: z.string(),
      body: z.string(),
      status: TrackStatusSchema,
      nextAction: z.string(),
    }),
  ),
  credentials: z.array(
    z.object({
      id: z.string(),
      acronym: z.string(),
      name: z.string(),
      trackId: z.string().nullable(),
      status: CredentialStatusSchema,
      statusText: z.string(),
      nextAction: z.string(),
      cycleEnd: IsoDateSchema.nullable(),
    }),
  ),
  reminders: z.object({ dueCount: z.number().int(), next: z.array(ReminderSchema) }),
  /** Per credential with CE rules: earned vs required per category in the open cycle. */
  ceProgress: z.array(
    z.object({
      credentialId: z.string(),
      acronym: z.string(),
      unitName: z.string(),
      required: z.number().nullable(),
      counted: z.number(),
      categories: z.array(DashboardCeCategorySchema),
    }),
  ),
  /** Planned and done study hours per week; empty until the preparation slice supplies them. */
  studyHours: z.array(z.object({ weekStart: IsoDateSchema, planned: z.number(), done: z.number() })),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const dashboardMethods = defineMethods({
  'dashboard:get': {
    input: z.strictObject({}),
    output: DashboardSchema,
    summary: 'The start screen: tracks and credentials with status and next action, reminders, CE progress, study hours',
  },
});
