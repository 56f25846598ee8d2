import { z } from 'zod';
import { IsoDateSchema } from '../dates';
import { FeeSchema, OptionalTextSchema, PositiveInt, SlugSchema, TextSchema } from './fields';

/**
 * The exam. Its content can change on a date (PMP: the 2021 outline until 8 July 2026, the 2026
 * outline from 9 July 2026), so size, time, item types and domain weights live in dated outlines;
 * a track uses the outline in force on its exam date. Fees, delivery and passing sit beside them.
 */

export const ExamDomainSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema('Domain name', 120),
  /** Percent of the exam; all domains of an outline sum to 100. */
  weight: z
    .number({ error: 'Weight must be a number' })
    .finite('Weight must be a number')
    .min(0, 'Weight cannot be negative')
    .max(100, 'Weight cannot exceed 100'),
});
export type ExamDomain = z.infer<typeof ExamDomainSchema>;

export const ExamOutlineSchema = z.strictObject({
  id: SlugSchema,
  /** How people call it, e.g. "July 2026 outline". */
  name: TextSchema('Outline name', 120),
  /** First day it applies; null: since before Certplan knew of it. */
  effectiveFrom: IsoDateSchema.nullable(),
  /** Last day it applies; null: still in force. */
  effectiveUntil: IsoDateSchema.nullable(),
  questions: PositiveInt('Questions').nullable(),
  scoredQuestions: PositiveInt('Scored questions').nullable(),
  durationMinutes: PositiveInt('Duration').nullable(),
  /** Breaks as the body states them ("two 10-minute breaks"). */
  breaks: OptionalTextSchema(300).default(null),
  format: OptionalTextSchema(400),
  /** Empty means the weights are not known. */
  domains: z.array(ExamDomainSchema),
});
export type ExamOutline = z.infer<typeof ExamOutlineSchema>;

/** Waiting rules between attempts (CompTIA: none before the 2nd, 30 days before the 3rd on). */
export const RetakePolicySchema = z.strictObject({
  /** From attempt `fromAttempt` on, wait at least `days` after the previous attempt. */
  waits: z.array(z.strictObject({ fromAttempt: z.number().int().min(2, 'Waits start at the 2nd attempt'), days: z.number().int().min(0, 'Days cannot be negative') })).default([]),
  /** After a pass, the same exam may not be taken again for this many days (CompTIA: 12 months). */
  waitAfterPassDays: z.number().int().min(0).nullable().default(null),
  /** Attempts included in the course fee (Scrum Alliance: 2 within 90 days of the welcome email). */
  freeAttempts: z.strictObject({ count: PositiveInt('Free attempts'), withinDays: PositiveInt('Days').nullable() }).nullable().default(null),
  notes: OptionalTextSchema(600).default(null),
});
export type RetakePolicy = z.infer<typeof RetakePolicySchema>;

export const ExamSchema = z.strictObject({
  /** Ordered by date; empty when nothing about the exam's content is known. */
  outlines: z.array(ExamOutlineSchema),
  delivery: OptionalTextSchema(200),
  passing: OptionalTextSchema(300),
  passMarkPercent: z.number().min(0, 'Cannot be negative').max(100, 'At most 100').nullable(),
  /** Score-report bands from best to worst, e.g. PMI's Above Target … Needs Improvement. */
  performanceBands: z.array(TextSchema('Band', 60)),
  fees: z.array(FeeSchema).nullable(),
  retakeFees: z.array(FeeSchema).nullable(),
  retakes: RetakePolicySchema.nullable().default(null),
});
export type Exam = z.infer<typeof ExamSchema>;

/** What happens between application and exam (PMI: 90 days to answer an audit, 1 year, 3 tries). */
export const ApplicationRulesSchema = z.strictObject({
  auditResponseDays: PositiveInt('Audit response days').nullable(),
  eligibilityMonths: PositiveInt('Eligibility period').nullable(),
  /** What starts the eligibility period, in words ("application approved, or audit passed"). */
  eligibilityStarts: OptionalTextSchema(200).default(null),
  attemptsAllowed: PositiveInt('Attempts').nullable(),
  /** After the last allowed attempt fails, how long before applying again (PMI: 12 months). */
  lockoutMonths: PositiveInt('Lock-out').nullable().default(null),
  /** What happens when the eligibility period lapses without a pass. */
  onLapse: OptionalTextSchema(300).default(null),
  audit: z
    .strictObject({
      selection: z.enum(['random', 'always']).nullable(),
      documents: z.array(TextSchema('Document', 200)),
      /** What a failed or abandoned audit costs. */
      penalty: OptionalTextSchema(300),
    })
    .nullable()
    .default(null),
});
export type ApplicationRules = z.infer<typeof ApplicationRulesSchema>;
