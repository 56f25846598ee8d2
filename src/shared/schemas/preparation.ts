import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { PracticeResultInputSchema } from './practice';
import { RecordIdSchema } from './ids';
import { TrackOutlineSchema } from './track';

/**
 * Exam preparation: the settings a person gives (exam date, goal, weekly availability, session
 * length, breaks, how strong they feel per domain) and the plan Certplan makes from them.
 */

/** Monday first, as the plan and the calendar show weeks. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const MINUTES_PER_DAY = 24 * 60;

export const AvailabilitySchema = z
  .array(
    z
      .number({ error: 'Must be a number of minutes' })
      .int('Use whole minutes')
      .min(0, 'Cannot be negative')
      .max(MINUTES_PER_DAY, 'At most 1440 minutes (24 h)'),
  )
  .length(7, 'Give minutes for each of the 7 weekdays, Monday first')
  .refine((days) => days.some((m) => m > 0), 'Add study time on at least one day of the week');

/** 1 = weak … 5 = strong, the person's own view of a domain before any practice exam. */
export const SelfRatingSchema = z.strictObject({
  domainId: z.string().min(1, 'Required').max(80),
  rating: z.number({ error: 'Rate from 1 to 5' }).int('Rate from 1 to 5').min(1, 'Rate from 1 to 5').max(5, 'Rate from 1 to 5'),
});
export type SelfRating = z.infer<typeof SelfRatingSchema>;

export const SESSION_MINUTES_DEFAULT = 45;

export const PrepSetupInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  /** The exam day when booked, or a target date while not yet booked. */
  examDate: IsoDateSchema,
  examBooked: z.boolean().default(false),
  goalMinutes: z
    .number({ error: 'Give the goal in hours' })
    .int('Use whole minutes')
    .min(60, 'Plan at least 1 hour')
    .max(2000 * 60, 'At most 2000 hours'),
  availability: AvailabilitySchema,
  sessionMinutes: z
    .number({ error: 'Must be a number of minutes' })
    .int('Use whole minutes')
    .min(10, 'At least 10 minutes')
    .max(480, 'At most 480 minutes (8 h)')
    .default(SESSION_MINUTES_DEFAULT),
  /** Days kept for review and mock exams before the exam; null lets Certplan choose. */
  reviewDays: z
    .number({ error: 'Must be a number of days' })
    .int('Use whole days')
    .min(0, 'Cannot be negative')
    .max(60, 'At most 60 days')
    .nullable()
    .default(null),
  selfRatings: z.array(SelfRatingSchema).max(40).default([]),
  /** A practice exam taken before starting, used instead of self-ratings where it has scores. */
  baseline: PracticeResultInputSchema.nullable().default(null),
});
export type PrepSetupInput = z.output<typeof PrepSetupInputSchema>;

export const BREAK_KINDS = ['blackout', 'pause'] as const;
export const BreakKindSchema = z.enum(BREAK_KINDS);

export const BreakInputSchema = z
  .strictObject({
    trackId: RecordIdSchema,
    /** A blackout is a single day without study; a pause is a stretch of days (a holiday week). */
    kind: BreakKindSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    label: z.string().trim().max(80, 'At most 80 characters').default(''),
  })
  .superRefine((input, ctx) => {
    if (input.endDate < input.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Cannot be before the first day' });
    }
  });
export type BreakInput = z.output<typeof BreakInputSchema>;

export const PrepBreakSchema = z.object({
  id: z.string(),
  kind: BreakKindSchema,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  label: z.string(),
});
export type PrepBreak = z.infer<typeof PrepBreakSchema>;

/** A planned session the person moved to another day; the plan keeps it there. */
export const PlanMoveSchema = z.object({
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema,
  minutes: z.number().int(),
  domainId: z.string().nullable(),
});
export type PlanMoveView = z.infer<typeof PlanMoveSchema>;

export const MoveItemInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  /** A planned session from today on, as the plan lists it. */
  itemId: z.string().min(1, 'Required').max(200),
  toDate: IsoDateSchema,
});
export type MoveItemInput = z.output<typeof MoveItemInputSchema>;

/** The public holidays the plan skips, and why none are when none are. */
export const PublicHolidaysViewSchema = z.object({
  country: z.string().nullable(),
  countryName: z.string().nullable(),
  known: z.boolean(),
  /** Said on the screen when the country has no holiday list here (nothing is skipped then). */
  message: z.string().nullable(),
  /** From today to the day before the exam. */
  days: z.array(z.object({ date: IsoDateSchema, name: z.string() })),
});
export type PublicHolidaysView = z.infer<typeof PublicHolidaysViewSchema>;

export const PreparationSettingsSchema = z.object({
  startedOn: IsoDateSchema,
  goalMinutes: z.number().int(),
  availability: z.array(z.number().int()).length(7),
  sessionMinutes: z.number().int(),
  reviewDays: z.number().int().nullable(),
  selfRatings: z.array(z.object({ domainId: z.string(), rating: z.number().int() })),
  breaks: z.array(PrepBreakSchema),
  moves: z.array(PlanMoveSchema),
});
export type PreparationSettings = z.infer<typeof PreparationSettingsSchema>;

export const PLAN_ITEM_KINDS = ['study', 'review', 'mock-exam'] as const;
export const PlanItemKindSchema = z.enum(PLAN_ITEM_KINDS);
export type PlanItemKind = z.infer<typeof PlanItemKindSchema>;

/** How a planned session turned out, by comparing it with the sessions logged. */
export const ITEM_OUTCOMES = ['done', 'partly', 'missed', 'today', 'upcoming'] as const;
export const ItemOutcomeSchema = z.enum(ITEM_OUTCOMES);
export type ItemOutcome = z.infer<typeof ItemOutcomeSchema>;

export const PlanItemViewSchema = z.object({
  id: z.string(),
  date: IsoDateSchema,
  seq: z.number().int(),
  kind: PlanItemKindSchema,
  domainId: z.string().nullable(),
  domainName: z.string(),
  minutes: z.number().int(),
  reason: z.string(),
  outcome: ItemOutcomeSchema,
  doneMinutes: z.number().int(),
});
export type PlanItemView = z.infer<typeof PlanItemViewSchema>;

export const WEAKNESS_SOURCES = ['practice', 'self-rating', 'default'] as const;

export const DomainAllocationSchema = z.object({
  domainId: z.string(),
  name: z.string(),
  weight: z.number(),
  weakness: z.number(),
  weaknessSource: z.enum(WEAKNESS_SOURCES),
  weaknessDetail: z.string(),
  /** Fraction of the study goal, weight × weakness normalised. */
  share: z.number(),
  targetMinutes: z.number().int(),
  studiedMinutes: z.number().int(),
  plannedMinutes: z.number().int(),
});
export type DomainAllocation = z.infer<typeof DomainAllocationSchema>;

export const PlanDaySchema = z.object({
  date: IsoDateSchema,
  availableMinutes: z.number().int(),
  plannedMinutes: z.number().int(),
  /** The break that empties this day, if any. */
  breakLabel: z.string().nullable(),
  review: z.boolean(),
});
export type PlanDay = z.infer<typeof PlanDaySchema>;

/** The three ways out when the time left cannot cover the goal, with numbers to apply directly. */
export const ShortfallSchema = z.object({
  shortfallMinutes: z.number().int(),
  remainingMinutes: z.number().int(),
  capacityMinutes: z.number().int(),
  /** The earliest exam date the current availability covers; null when none within two years. */
  moveExamTo: IsoDateSchema.nullable(),
  /** Extra minutes on each weekday that already has study time. */
  addMinutesPerStudyDay: z.number().int().nullable(),
  availabilityWithExtra: z.array(z.number().int()).length(7).nullable(),
  /** The goal the time left does cover. */
  lowerGoalToMinutes: z.number().int(),
  message: z.string(),
});
export type Shortfall = z.infer<typeof ShortfallSchema>;

export const TodayItemSchema = z.object({
  itemId: z.string(),
  kind: PlanItemKindSchema,
  domainId: z.string().nullable(),
  domainName: z.string(),
  minutes: z.number().int(),
  doneMinutes: z.number().int(),
  remainingMinutes: z.number().int(),
  reason: z.string(),
});

export const PlanViewSchema = z.object({
  plannedOn: IsoDateSchema,
  items: z.array(PlanItemViewSchema),
  days: z.array(PlanDaySchema),
  allocation: z.array(DomainAllocationSchema),
  totals: z.object({
    goalMinutes: z.number().int(),
    studiedMinutes: z.number().int(),
    remainingMinutes: z.number().int(),
    capacityMinutes: z.number().int(),
    plannedMinutes: z.number().int(),
    availableDays: z.number().int(),
    reviewDays: z.number().int(),
  }),
  reviewStartsOn: IsoDateSchema.nullable(),
  shortfall: ShortfallSchema.nullable(),
  /** What the latest re-plan changed, in sentences. */
  changes: z.array(z.string()),
  notes: z.array(z.string()),
  formula: z.string(),
  today: z.object({
    date: IsoDateSchema,
    items: z.array(TodayItemSchema),
    plannedMinutes: z.number().int(),
    doneMinutes: z.number().int(),
    remainingMinutes: z.number().int(),
  }),
});
export type PlanView = z.infer<typeof PlanViewSchema>;

export const PlanDomainSchema = z.object({ id: z.string(), name: z.string(), weight: z.number() });
export type PlanDomain = z.infer<typeof PlanDomainSchema>;

export const ExamScheduleSchema = z.object({
  examDate: IsoDateSchema,
  booked: z.boolean(),
  reference: z.string(),
  updatedAt: z.string(),
});
export type ExamSchedule = z.infer<typeof ExamScheduleSchema>;

export const PreparationViewSchema = z.object({
  trackId: z.string(),
  today: IsoDateSchema,
  exam: ExamScheduleSchema.nullable(),
  domains: z.array(PlanDomainSchema),
  /** Why the plan uses one General bucket (the exam's domain weights are unknown), or null. */
  generalReason: z.string().nullable(),
  examDurationMinutes: z.number().int().nullable(),
  suggestedGoal: z.object({ minutes: z.number().int(), explanation: z.string() }),
  /** The exam outline the plan follows, and why that one (the exam date decides). */
  outline: TrackOutlineSchema,
  settings: PreparationSettingsSchema.nullable(),
  plan: PlanViewSchema.nullable(),
  publicHolidays: PublicHolidaysViewSchema,
});
export type PreparationView = z.infer<typeof PreparationViewSchema>;
