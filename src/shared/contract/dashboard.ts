import { z } from 'zod';
import { CeRequirementViewSchema } from '../schemas/ceRequirement';
import { CredentialStatusSchema } from '../schemas/renewal';
import { IsoDateSchema } from '../schemas/dates';
import { FairStartStateSchema } from '../schemas/fairStart';
import { ReminderGroupSchema } from '../schemas/reminders';
import { TrackStatusSchema } from '../schemas/track';
import { defineMethods } from './define';

export const DashboardTrackSchema = z.object({
  id: z.string(),
  acronym: z.string(),
  name: z.string(),
  body: z.string(),
  status: TrackStatusSchema,
  nextAction: z.string(),
  /** The exam day (booked or target) while it is ahead. */
  exam: z.object({ date: IsoDateSchema, booked: z.boolean(), daysLeft: z.number().int() }).nullable(),
  /** Readiness from practice results: a band with its range, or why there is none yet. */
  readiness: z
    .object({
      sufficient: z.boolean(),
      estimate: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      band: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
  /** Study minutes this week (Monday to Sunday) against the plan; null without a plan. */
  week: z.object({ plannedMinutes: z.number().int(), doneMinutes: z.number().int() }).nullable(),
});
export type DashboardTrack = z.infer<typeof DashboardTrackSchema>;

export const DashboardCredentialSchema = z.object({
  id: z.string(),
  acronym: z.string(),
  name: z.string(),
  trackId: z.string().nullable(),
  status: CredentialStatusSchema,
  statusText: z.string(),
  nextAction: z.string(),
  cycleEnd: IsoDateSchema.nullable(),
  daysToCycleEnd: z.number().int().nullable(),
  /** Pace of the open cycle: units a month still needed and the pace so far (null early in a cycle). */
  pace: z.object({ onPace: z.boolean(), perMonthNeeded: z.number(), currentPerMonth: z.number().nullable() }).nullable(),
  /** The open cycle's units against the requirement (the same view as the credential page). */
  requirement: CeRequirementViewSchema.nullable(),
  /** A held credential still waiting for the units earned before Certplan. */
  fairStart: FairStartStateSchema.nullable(),
});
export type DashboardCredential = z.infer<typeof DashboardCredentialSchema>;

export const DashboardSchema = z.object({
  today: IsoDateSchema,
  tracks: z.array(DashboardTrackSchema),
  credentials: z.array(DashboardCredentialSchema),
  /** How many dates have a reminder showing, and the next items ahead, each once. */
  reminders: z.object({ dueCount: z.number().int(), next: z.array(ReminderGroupSchema) }),
  /** Planned and done study hours per week; empty until the preparation slice supplies them. */
  studyHours: z.array(z.object({ weekStart: IsoDateSchema, planned: z.number(), done: z.number() })),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const dashboardMethods = defineMethods({
  'dashboard:get': {
    input: z.strictObject({}),
    output: DashboardSchema,
    summary: 'The start screen: each track (exam countdown, readiness, this week’s hours, next action) and credential (units against the requirement, days left, pace), the next reminders, study hours',
  },
});
