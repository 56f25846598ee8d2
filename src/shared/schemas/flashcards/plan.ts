import { z } from 'zod';
import { IsoDateSchema } from '../dates';
import { ReviewDaySchema, ReviewModeSchema } from './review';
import { AFTER_EXAM_CHOICES } from './settings';

/**
 * Exam-date mode as the person sees it: today's budget, the days to the exam with what each holds,
 * the final pass window, and — when the cards no longer fit — the numbers and the ways out.
 */

export const ReviewPlanDaySchema = z.object({
  date: IsoDateSchema,
  budgetMinutes: z.number().int(),
  /** Estimated minutes of the reviews planned that day (never above the budget). */
  plannedMinutes: z.number().int(),
  reviews: z.number().int(),
  newCards: z.number().int(),
  finalPass: z.number().int(),
  /** Due reviews that did not fit this day and wait for the next one with room. */
  backlog: z.number().int(),
  offDay: z.boolean(),
});
export type ReviewPlanDay = z.infer<typeof ReviewPlanDaySchema>;

export const ReviewShortfallSchema = z.object({
  /** backlog: due reviews would pile up; final-pass: one pass cannot hold every card; unseen-new: new cards would first be seen in the final pass. */
  kind: z.enum(['backlog', 'final-pass', 'unseen-new']),
  message: z.string(),
  /** Reviews that would still be waiting when the final pass starts (or cards the final pass cannot hold). */
  backlogCards: z.number().int(),
  neededMinutes: z.number().int(),
  availableMinutes: z.number().int(),
  choices: z.object({
    /** New cards a day that fit (fewer for a backlog, more so every card is learned in time); null when none does. */
    newCardsPerDay: z.number().int().nullable(),
    /** Review minutes to add to each study day. */
    extraMinutesPerStudyDay: z.number().int().nullable(),
    /** The review share of planned study time that would fit, when at most 100 %. */
    reviewSharePercent: z.number().int().nullable(),
    /** The earliest exam date the cards fit by at today's pace. */
    moveExamTo: IsoDateSchema.nullable(),
  }),
});
export type ReviewShortfall = z.infer<typeof ReviewShortfallSchema>;

export const ReviewPlanSchema = z.object({
  trackId: z.string(),
  today: IsoDateSchema,
  mode: ReviewModeSchema,
  /** Why this mode, in a sentence. */
  modeReason: z.string(),
  examDate: IsoDateSchema.nullable(),
  finalPassStartsOn: IsoDateSchema.nullable(),
  rampStartsOn: IsoDateSchema.nullable(),
  baseRetention: z.number(),
  targetRetention: z.number(),
  secondsPerCard: z.number(),
  secondsPerCardSource: z.enum(['default', 'history']),
  day: ReviewDaySchema,
  days: z.array(ReviewPlanDaySchema),
  fits: z.boolean(),
  /** Set when the cards do not fit, or when some new cards would first be seen in the final pass. */
  shortfall: ReviewShortfallSchema.nullable(),
  /** New cards the plan cannot introduce before the final pass (they are seen once, in it). */
  newUnseenAtFinalPass: z.number().int(),
  totals: z.object({ cards: z.number().int(), newCards: z.number().int(), suspended: z.number().int() }),
  /** Set once the exam date has passed: the choice made, or null while the person has not chosen. */
  afterExam: z.object({ examDate: IsoDateSchema, choice: z.enum(AFTER_EXAM_CHOICES).nullable() }).nullable(),
  /** How the plan is made, in plain words (shown under the plan). */
  method: z.string(),
});
export type ReviewPlan = z.infer<typeof ReviewPlanSchema>;
