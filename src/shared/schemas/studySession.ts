import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from './dates';
import { MINUTES_PER_DAY } from './preparation';
import { RecordIdSchema } from './ids';
import { PageInfoSchema } from './pages';

/** Time a person actually studied, entered by hand or measured by the timer. */

const MinutesSchema = z
  .number({ error: 'Must be a number of minutes' })
  .int('Use whole minutes')
  .min(1, 'Must be more than 0 minutes')
  .max(MINUTES_PER_DAY, 'At most 1440 minutes (24 h)');

const NotesSchema = z.string().trim().max(2000, 'At most 2000 characters');

/** null: the whole exam or no particular domain (a mock exam, or an exam without known domains). */
const DomainIdSchema = z.string().min(1, 'Required').max(80).nullable();

export const SessionAddInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  date: IsoDateSchema,
  minutes: MinutesSchema,
  domainId: DomainIdSchema.default(null),
  planItemId: z.string().min(1).max(200).nullable().default(null),
  notes: NotesSchema.default(''),
});
export type SessionAddInput = z.output<typeof SessionAddInputSchema>;

export const SessionUpdateInputSchema = z.strictObject({
  id: RecordIdSchema,
  patch: z.strictObject({
    date: IsoDateSchema.optional(),
    minutes: MinutesSchema.optional(),
    domainId: DomainIdSchema.optional(),
    planItemId: z.string().min(1).max(200).nullable().optional(),
    notes: NotesSchema.optional(),
  }),
});
export type SessionPatch = z.output<typeof SessionUpdateInputSchema>['patch'];

export const TimerStartInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  domainId: DomainIdSchema.default(null),
  planItemId: z.string().min(1).max(200).nullable().default(null),
});
export type TimerStartInput = z.output<typeof TimerStartInputSchema>;

export const StudySessionSchema = z.object({
  id: z.string(),
  trackId: z.string(),
  date: IsoDateSchema,
  minutes: z.number().int(),
  domainId: z.string().nullable(),
  domainName: z.string(),
  planItemId: z.string().nullable(),
  notes: z.string(),
  /** review: minutes of flashcard review, kept in step with the review log (not edited by hand). */
  source: z.enum(['manual', 'timer', 'review']),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type StudySession = z.infer<typeof StudySessionSchema>;

export const RunningTimerSchema = z.object({
  trackId: z.string(),
  startedAt: IsoInstantSchema,
  domainId: z.string().nullable(),
  domainName: z.string(),
  planItemId: z.string().nullable(),
  /** Measured with the core's clock, so it is right after closing and reopening the app. */
  elapsedMinutes: z.number().int(),
});
export type RunningTimer = z.infer<typeof RunningTimerSchema>;

export const SessionListSchema = z.object({
  sessions: z.array(StudySessionSchema),
  timer: RunningTimerSchema.nullable(),
  /** Only when a page was asked for (`limit`/`before`): the sessions are that page. */
  page: PageInfoSchema.optional(),
});
export type SessionList = z.infer<typeof SessionListSchema>;
