import { z } from 'zod';
import { IsoDateSchema } from '../dates';
import { RecordIdSchema } from '../ids';

/**
 * How a track's flashcards are scheduled: exam-date mode (on by default when the track has an
 * exam date), the share of each day's planned study time given to review, the retention ramp and
 * the final pass before the exam.
 */

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label}: use a whole number`)
    .min(min, `${label}: at least ${min}`)
    .max(max, `${label}: at most ${max}`);

const retention = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .finite()
    .min(0.7, `${label}: at least 70% (0.70)`)
    .max(0.99, `${label}: at most 99% (0.99)`);

export const AFTER_EXAM_CHOICES = ['maintenance', 'archive'] as const;

const SettingsFields = {
  /** Bend scheduling toward the exam date (budget from the plan, retention ramp, final pass). */
  examMode: z.boolean({ error: 'Must be yes or no' }),
  /** Percent of each day's planned study minutes given to flashcard review. */
  reviewSharePercent: wholeNumber('Review share', 5, 100),
  newCardsPerDay: wholeNumber('New cards a day', 0, 500),
  /** Desired retention far from the exam, and the target the ramp reaches on the exam's eve. */
  baseRetention: retention('Long-term retention'),
  targetRetention: retention('Retention at the exam'),
  rampWeeks: wholeNumber('Ramp weeks', 0, 26),
  /** The final pass lasts at least this many days (longer when the cards need it). */
  finalPassDays: wholeNumber('Final pass days', 1, 30),
  /** Daily review minutes when the track has no plan (no exam date, or exam-date mode off). */
  minutesWithoutPlan: wholeNumber('Minutes a day without a plan', 0, 600),
  /** Daily review minutes after the exam, while decks are kept in maintenance. */
  maintenanceMinutes: wholeNumber('Maintenance minutes a day', 0, 600),
  streakEnabled: z.boolean({ error: 'Must be yes or no' }),
};

export const FlashcardSettingsSchema = z.object({
  ...SettingsFields,
  /** What the person chose after the exam of `afterExamFor`; null while not chosen. */
  afterExam: z.enum(AFTER_EXAM_CHOICES).nullable(),
  afterExamFor: IsoDateSchema.nullable(),
});
export type FlashcardSettings = z.infer<typeof FlashcardSettingsSchema>;

export const DEFAULT_FLASHCARD_SETTINGS: FlashcardSettings = {
  examMode: true,
  reviewSharePercent: 25,
  newCardsPerDay: 20,
  baseRetention: 0.85,
  targetRetention: 0.93,
  rampWeeks: 4,
  finalPassDays: 7,
  minutesWithoutPlan: 20,
  maintenanceMinutes: 10,
  streakEnabled: true,
  afterExam: null,
  afterExamFor: null,
};

export const FlashcardSettingsUpdateSchema = z.strictObject({
  trackId: RecordIdSchema,
  patch: z.strictObject(
    Object.fromEntries(Object.entries(SettingsFields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof SettingsFields]: z.ZodOptional<(typeof SettingsFields)[K]>;
    },
  ),
});
export type FlashcardSettingsPatch = z.output<typeof FlashcardSettingsUpdateSchema>['patch'];

export const AfterExamInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  /** Keep reviewing a little each day at long-term retention, or archive every deck of the track. */
  choice: z.enum(AFTER_EXAM_CHOICES),
});
