import { z } from 'zod';
import { IsoDateSchema } from './dates';

/** Readiness: how ready recent practice results say the person is, and how sure that is. */

export const ReadinessEvidenceSchema = z.object({
  resultId: z.string(),
  date: IsoDateSchema,
  source: z.string(),
  totalPercent: z.number(),
  /** Recency weight, 1 for today, halving every half-life. */
  weight: z.number(),
});

export const DomainReadinessSchema = z.object({
  domainId: z.string(),
  name: z.string(),
  weight: z.number(),
  estimate: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  results: z.number().int(),
  band: z.string().nullable(),
});

export const ReadinessSchema = z.object({
  trackId: z.string(),
  /** False: not enough evidence; `reason` says what is missing and nothing is estimated. */
  sufficient: z.boolean(),
  reason: z.string().nullable(),
  estimate: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  band: z.string().nullable(),
  /** How bands were mapped (Certplan's approximation), or null when the exam has none. */
  bandNote: z.string().nullable(),
  passMarkPercent: z.number().nullable(),
  domains: z.array(DomainReadinessSchema),
  evidence: z.array(ReadinessEvidenceSchema),
  method: z.string(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;

export const ProgressSchema = z.object({
  trackId: z.string(),
  weeks: z.array(
    z.object({ weekStart: IsoDateSchema, plannedMinutes: z.number().int(), doneMinutes: z.number().int() }),
  ),
  domains: z.array(
    z.object({
      domainId: z.string(),
      name: z.string(),
      weight: z.number(),
      doneMinutes: z.number().int(),
      donePercent: z.number(),
      plannedMinutes: z.number().int(),
      plannedPercent: z.number(),
    }),
  ),
  /** Minutes logged against no particular domain (mock exams, general study). */
  otherDoneMinutes: z.number().int(),
  scoreTrend: z.array(
    z.object({
      date: IsoDateSchema,
      source: z.string(),
      total: z.number(),
      domains: z.array(z.object({ domainId: z.string(), percent: z.number() })),
    }),
  ),
});
export type Progress = z.infer<typeof ProgressSchema>;
