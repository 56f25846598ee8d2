import { z } from 'zod';
import { IsoDateSchema } from '../dates';

/** Flashcard statistics: the month ahead against the budget, retention by domain, the heatmap. */

export const DomainRetentionSchema = z.object({
  domainId: z.string().nullable(),
  name: z.string(),
  /** Reviews of cards past their learning steps, in the window. */
  reviews: z.number().int(),
  passed: z.number().int(),
  /** Share of those reviews recalled (rated Hard, Good or Easy); null with fewer than 5 reviews. */
  retentionPercent: z.number().nullable(),
});
export type DomainRetention = z.infer<typeof DomainRetentionSchema>;

export const RetentionSchema = z.object({
  trackId: z.string(),
  windowDays: z.number().int(),
  overall: DomainRetentionSchema,
  domains: z.array(DomainRetentionSchema),
  method: z.string(),
});
export type Retention = z.infer<typeof RetentionSchema>;

export const HeatmapDaySchema = z.object({
  date: IsoDateSchema,
  reviews: z.number().int(),
  minutes: z.number().int(),
  plannedCards: z.number().int(),
  /** null: nothing was planned that day, so it neither counts nor breaks the streak. */
  met: z.boolean().nullable(),
  /** A missed day the streak's freeze covered. */
  frozen: z.boolean(),
});
export type HeatmapDay = z.infer<typeof HeatmapDaySchema>;

export const FlashcardStatsSchema = z.object({
  trackId: z.string(),
  today: IsoDateSchema,
  forecast: z.array(
    z.object({ date: IsoDateSchema, dueCards: z.number().int(), estimatedMinutes: z.number().int(), budgetMinutes: z.number().int() }),
  ),
  retention: RetentionSchema,
  heatmap: z.array(HeatmapDaySchema),
  streak: z.object({
    enabled: z.boolean(),
    days: z.number().int(),
    /** The day a freeze covered inside the current streak, if any. */
    frozenOn: IsoDateSchema.nullable(),
    rule: z.string(),
  }),
});
export type FlashcardStats = z.infer<typeof FlashcardStatsSchema>;
