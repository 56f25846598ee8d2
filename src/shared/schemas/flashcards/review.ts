import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../dates';
import { RecordIdSchema } from '../ids';
import { CardKindSchema, CardStateSchema } from './cards';

/** The review screen: one card at a time, rated 1–4, inside the day's budget. */

export const REVIEW_MODES = ['exam', 'steady', 'maintenance'] as const;
export const ReviewModeSchema = z.enum(REVIEW_MODES);
export type ReviewMode = z.infer<typeof ReviewModeSchema>;

export const REVIEW_PHASES = ['new', 'learning', 'review', 'final-pass', 'maintenance'] as const;
export const ReviewPhaseSchema = z.enum(REVIEW_PHASES);
export type ReviewPhase = z.infer<typeof ReviewPhaseSchema>;

/** Where today's review stands: the budget, what was done, what is left. */
export const ReviewDaySchema = z.object({
  date: IsoDateSchema,
  mode: ReviewModeSchema,
  budgetMinutes: z.number().int(),
  reviewedSeconds: z.number().int(),
  reviewedCards: z.number().int(),
  /** Cards planned for today: done so far plus what the plan still holds for today. */
  plannedCards: z.number().int(),
  /** Desired retention the scheduler aims at today (the ramp toward the exam). */
  retention: z.number(),
  left: z.object({
    /** Cards in their learning steps due again before the day ends. */
    learning: z.number().int(),
    due: z.number().int(),
    finalPass: z.number().int(),
    new: z.number().int(),
  }),
});
export type ReviewDay = z.infer<typeof ReviewDaySchema>;

export const ReviewNextInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  /** Review one deck only; null reviews every active deck of the track. */
  deckId: RecordIdSchema.nullable().default(null),
});

export const ReviewCardSchema = z.object({
  cardId: z.string(),
  noteId: z.string(),
  deckId: z.string(),
  deckName: z.string(),
  kind: CardKindSchema,
  /** The question side (a cloze gap shown as […]) and the answer side, as restricted HTML. */
  question: z.string(),
  answer: z.string(),
  domainName: z.string(),
  state: CardStateSchema,
  phase: ReviewPhaseSchema,
  /** When each rating would bring the card back, e.g. "10 min", "3 days". */
  intervals: z.object({ again: z.string(), hard: z.string(), good: z.string(), easy: z.string() }),
});
export type ReviewCard = z.infer<typeof ReviewCardSchema>;

export const STOP_REASONS = ['budget', 'done', 'no-cards'] as const;

export const ReviewNextSchema = z.object({
  card: ReviewCardSchema.nullable(),
  /** Why there is no card: today's budget is used up, nothing is left for today, or no cards at all. */
  stopReason: z.enum(STOP_REASONS).nullable(),
  day: ReviewDaySchema,
  /** The latest rating of today that can still be taken back with U. */
  undoable: z.object({ reviewId: z.string(), cardId: z.string() }).nullable(),
});
export type ReviewNext = z.infer<typeof ReviewNextSchema>;

export const ReviewRateInputSchema = z.strictObject({
  cardId: RecordIdSchema,
  rating: z
    .number({ error: 'Rate 1 (again), 2 (hard), 3 (good) or 4 (easy)' })
    .int('Rate 1 (again), 2 (hard), 3 (good) or 4 (easy)')
    .min(1, 'Rate 1 (again), 2 (hard), 3 (good) or 4 (easy)')
    .max(4, 'Rate 1 (again), 2 (hard), 3 (good) or 4 (easy)'),
  /** How long the card was on screen before the rating, in milliseconds. */
  durationMs: z.number({ error: 'Must be a number of milliseconds' }).int('Use whole milliseconds').min(0, 'Cannot be negative').max(3_600_000, 'At most an hour'),
});
export type ReviewRateInput = z.output<typeof ReviewRateInputSchema>;

export const ReviewRateSchema = z.object({
  reviewId: z.string(),
  cardId: z.string(),
  dueAt: IsoInstantSchema,
  dueOn: IsoDateSchema,
  interval: z.string(),
  day: ReviewDaySchema,
});

export const ReviewUndoSchema = z.object({
  undoneReviewId: z.string(),
  cardId: z.string(),
  day: ReviewDaySchema,
});
