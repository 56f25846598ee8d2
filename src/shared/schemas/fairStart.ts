import { z } from 'zod';
import { SlugSchema } from './certification';
import { IsoDateSchema } from './dates';

/**
 * The fair start of a credential held before Certplan: what the person already earned in the
 * current cycle, entered as totals per category or imported from a CCRS-style transcript, checked
 * in a preview and imported all or nothing. Until it is done or skipped, Certplan does not call the
 * credential behind pace or a year missed.
 */
export const FAIR_START_STATES = ['pending', 'done', 'skipped'] as const;
export const FairStartStateSchema = z.enum(FAIR_START_STATES);
export type FairStartState = z.infer<typeof FairStartStateSchema>;

/** Largest transcript accepted (a CCRS export of a whole cycle is a few hundred rows at most). */
export const MAX_TRANSCRIPT_CHARS = 500_000;

const UnitsSchema = z
  .number({ error: 'Units must be a number' })
  .finite('Units must be a number')
  .min(0, 'Units cannot be negative')
  .max(1000, 'At most 1000 units for one entry');

export const TRANSCRIPT_FIELDS = ['date', 'title', 'provider', 'units', 'category', 'activityType'] as const;
export type TranscriptField = (typeof TRANSCRIPT_FIELDS)[number];

/** Which column holds each field (by header text); null: none. */
export const TranscriptMappingSchema = z.strictObject({
  date: z.string().max(200).nullable(),
  title: z.string().max(200).nullable(),
  provider: z.string().max(200).nullable(),
  units: z.string().max(200).nullable(),
  category: z.string().max(200).nullable(),
  /** The kind of activity where a category caps kinds (Security+: live webinar); left out by older screens. */
  activityType: z.string().max(200).nullable().default(null),
});
export type TranscriptMapping = z.infer<typeof TranscriptMappingSchema>;

export const EarnedEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('totals'),
    /** One line per category (per cycle year where the rules count years): units and the day they count on. */
    rows: z
      .array(
        z.strictObject({
          categoryId: SlugSchema,
          /** Where the category caps kinds of activity (Security+: live webinar ≤ 10), the kind the total is of. */
          activityTypeId: SlugSchema.nullable().default(null),
          units: UnitsSchema,
          date: IsoDateSchema,
        }),
      )
      .min(1, 'Enter at least one total')
      .max(200, 'At most 200 lines'),
  }),
  z.strictObject({
    kind: z.literal('transcript'),
    text: z.string().min(1, 'Paste the transcript or choose its file').max(MAX_TRANSCRIPT_CHARS, 'The transcript is too large (at most 500,000 characters)'),
    /** Left out: Certplan suggests one from the headers. */
    mapping: TranscriptMappingSchema.optional(),
    /** Category texts in the transcript mapped to the rules' categories, e.g. "Leadership" → power-skills. */
    categoryMap: z.record(z.string().max(200), SlugSchema).optional(),
    /** Kind texts mapped to the rules' kinds of activity, e.g. "Webinar" → live-webinar. */
    activityTypeMap: z.record(z.string().max(200), SlugSchema).optional(),
  }),
]);
export type EarnedEntry = z.infer<typeof EarnedEntrySchema>;

export const EarnedRowSchema = z.object({
  /** The transcript line (header = 1), or the totals line (first = 1). */
  line: z.number().int(),
  date: IsoDateSchema.nullable(),
  title: z.string(),
  provider: z.string(),
  units: z.number().nullable(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  activityTypeId: z.string().nullable(),
  activityTypeName: z.string().nullable(),
  /** How the line will be stored when that is not one activity, e.g. "Entered as 2 activities (15 + 5): one activity counts at most 15". */
  note: z.string().nullable(),
  /** Why this line cannot be imported as it is; empty when it can. */
  problems: z.array(z.string()),
});
export type EarnedRow = z.infer<typeof EarnedRowSchema>;

export const EarnedPreviewSchema = z.object({
  kind: z.enum(['totals', 'transcript']),
  columns: z.array(z.string()),
  mapping: TranscriptMappingSchema.nullable(),
  /** Each distinct category text of the transcript and the category it maps to (null: unknown). */
  categoryValues: z.array(z.object({ value: z.string(), categoryId: z.string().nullable() })),
  /** Each distinct kind text of the transcript and the kind of activity it maps to (null: unknown). */
  activityTypeValues: z.array(z.object({ value: z.string(), activityTypeId: z.string().nullable() })),
  rows: z.array(EarnedRowSchema),
  /** A problem with the whole entry (no header, a required column not mapped); null when none. */
  fileProblem: z.string().nullable(),
  problemCount: z.number().int(),
  /** Nothing is imported until this is true. */
  clean: z.boolean(),
  /**
   * What the import would mean that is not an error, e.g. a past year left below its minimum
   * (PeopleCert: 20 a year, 5 from Professional Experience), which then shows as missed.
   */
  warnings: z.array(z.string()),
  totals: z.array(z.object({ categoryId: z.string(), name: z.string(), units: z.number() })),
  cycle: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  categories: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The kinds of activity of every category that caps kinds, for mapping a transcript's kind texts. */
  activityTypes: z.array(z.object({ id: z.string(), name: z.string(), categoryId: z.string() })),
});
export type EarnedPreview = z.infer<typeof EarnedPreviewSchema>;

/** What the renewal view says about the fair start; null for credentials that never had one. */
export const FairStartSchema = z.object({
  state: FairStartStateSchema,
  /** The current cycle's years (per-year rules ask totals per year), for the totals form. */
  years: z.array(z.object({ label: z.string(), start: IsoDateSchema, end: IsoDateSchema, countsOn: IsoDateSchema })),
});
export type FairStart = z.infer<typeof FairStartSchema>;
