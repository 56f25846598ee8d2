import { z } from 'zod';
import { CredentialSchema } from './credential';
import { IsoDateSchema, IsoInstantSchema } from './dates';
import { ExamScheduleSchema } from './preparation';
import { RecordIdSchema } from './ids';

/** Booking the exam and recording how each attempt went. */

export const ExamBookInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  examDate: IsoDateSchema,
  /** False keeps it a target date; true means the seat is booked with the exam provider. */
  booked: z.boolean(),
  reference: z.string().trim().max(120, 'At most 120 characters').default(''),
});
export type ExamBookInput = z.output<typeof ExamBookInputSchema>;

export const EXAM_OUTCOMES = ['passed', 'failed'] as const;
export const ExamOutcomeSchema = z.enum(EXAM_OUTCOMES);

export const DomainBandSchema = z.strictObject({
  domainId: z.string().min(1, 'Required').max(80),
  band: z.string().min(1, 'Required').max(60),
});

export const AttemptInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  date: IsoDateSchema,
  outcome: ExamOutcomeSchema,
  /** The score report's band per domain, from the track's list of bands. */
  domainBands: z.array(DomainBandSchema).max(40).default([]),
  /** The certification number on a pass (PMI's certification ID), if known yet. */
  credentialNumber: z.string().trim().max(80, 'At most 80 characters').nullable().default(null),
  notes: z.string().trim().max(2000, 'At most 2000 characters').default(''),
});
export type AttemptInput = z.output<typeof AttemptInputSchema>;

export const ExamAttemptSchema = z.object({
  id: z.string(),
  trackId: z.string(),
  date: IsoDateSchema,
  outcome: ExamOutcomeSchema,
  domainBands: z.array(z.object({ domainId: z.string(), domainName: z.string(), band: z.string() })),
  credentialId: z.string().nullable(),
  notes: z.string(),
  createdAt: IsoInstantSchema,
});
export type ExamAttempt = z.infer<typeof ExamAttemptSchema>;

/** The eligibility period the application slice knows about (PMI: one year, three attempts). */
export const EligibilityWindowSchema = z.object({
  approvedOn: IsoDateSchema,
  eligibilityEndsOn: IsoDateSchema,
  attemptsAllowed: z.number().int().nullable(),
  attemptsUsed: z.number().int(),
});
export type EligibilityWindow = z.infer<typeof EligibilityWindowSchema>;

export const ExamViewSchema = z.object({
  trackId: z.string(),
  today: IsoDateSchema,
  schedule: ExamScheduleSchema.nullable(),
  attempts: z.array(ExamAttemptSchema),
  attemptsUsed: z.number().int(),
  window: EligibilityWindowSchema.nullable(),
  /** Attempts the rules allow in an eligibility period, from the track's snapshot. */
  attemptsAllowedByRules: z.number().int().nullable(),
  bands: z.array(z.string()),
  domains: z.array(z.object({ id: z.string(), name: z.string() })),
  /** False once passed or when the eligibility period's attempts are used up; the reason says so. */
  canRecord: z.boolean(),
  recordBlockedReason: z.string().nullable(),
  /** Before the exam day (or without a date): what unlocks recording the result. */
  waitingReason: z.string().nullable(),
  /** "Attempt 2 of 3 in the eligibility period ending 1 Jun 2027", when a window is known. */
  nextAttemptLabel: z.string().nullable(),
});
export type ExamView = z.infer<typeof ExamViewSchema>;

export const AttemptRecordedSchema = z.object({
  attempt: ExamAttemptSchema,
  credential: CredentialSchema.nullable(),
  trackStatus: z.string(),
});
