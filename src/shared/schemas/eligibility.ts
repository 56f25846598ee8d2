import { z } from 'zod';
import { EducationLevelSchema } from './certification';
import { IsoDateSchema, IsoMonthSchema } from './dates';
import { TrackStatusSchema } from './track';

/**
 * Where a person stands against one track's prerequisites: every path with each requirement's
 * "have vs need", the best path, the projected month they qualify, and the walkthrough steps.
 * Everything here is computed by the core from the track's rules snapshot and the records.
 */

const KindSchema = z.enum(['education', 'experience', 'training', 'credential', 'check']);

/** A held or holdable credential named by catalog id, with its acronym for display. */
export const CredentialRefSchema = z.object({
  id: z.string(),
  acronym: z.string(),
  /** Held in good standing: it counts. */
  held: z.boolean(),
  /** Held, but suspended or expired: it does not count until renewed. */
  lapsed: z.boolean(),
});
export type CredentialRef = z.infer<typeof CredentialRefSchema>;

export const RequirementResultSchema = z.object({
  requirementId: z.string(),
  kind: KindSchema,
  label: z.string(),
  met: z.boolean(),
  have: z.number().nullable(),
  need: z.number().nullable(),
  unit: z.enum(['months', 'hours']).nullable(),
  /** "31 of 36 months", "Bachelor’s degree", "Ticked". */
  summary: z.string(),
  /** What is still missing, in words ("5 more months of leading projects"); null when met. */
  missing: z.string().nullable(),
  /** Catalog id of the held credential that stands in for this requirement. */
  metBySubstitute: z.string().nullable(),
});
export type RequirementResult = z.infer<typeof RequirementResultSchema>;

export const ProjectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('met') }),
  /** Met from this month on if ongoing work continues, with nothing else missing. */
  z.object({ kind: z.literal('by-time'), month: IsoMonthSchema, fromDate: IsoDateSchema }),
  /**
   * Time alone does not get there: `reasons` says what else to add. `experienceMonth` is when the
   * experience part would be met by time, if it can be.
   */
  z.object({ kind: z.literal('not-by-time'), reasons: z.array(z.string()), experienceMonth: IsoMonthSchema.nullable() }),
]);
export type Projection = z.infer<typeof ProjectionSchema>;

export const PathResultSchema = z.object({
  pathId: z.string(),
  name: z.string(),
  met: z.boolean(),
  best: z.boolean(),
  requirements: z.array(RequirementResultSchema),
  missing: z.array(z.string()),
  projection: ProjectionSchema,
});
export type PathResult = z.infer<typeof PathResultSchema>;

/** One requirement as a walkthrough step shows it, with the paths that ask for it. */
const StepItemBase = {
  requirementId: z.string(),
  label: z.string(),
  pathNames: z.array(z.string()),
  met: z.boolean(),
  summary: z.string(),
  missing: z.string().nullable(),
  substitutes: z.array(CredentialRefSchema),
  metBySubstitute: z.string().nullable(),
};

export const CountedEntrySchema = z.object({
  entryId: z.string(),
  title: z.string(),
  organisation: z.string(),
  startMonth: IsoMonthSchema,
  endMonth: IsoMonthSchema.nullable(),
  /** Months of this entry inside the window (before overlaps are removed). */
  monthsInWindow: z.number().int(),
});

export const WalkthroughStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('education'),
    items: z.array(z.object({ ...StepItemBase, minLevel: EducationLevelSchema, gacAccredited: z.boolean() })),
    have: z.object({ educationLevel: EducationLevelSchema.nullable(), gacAccredited: z.boolean() }),
  }),
  z.object({
    kind: z.literal('experience'),
    /** One group per area (and window): the entries that count for it, then what each path asks. */
    groups: z.array(
      z.object({
        area: z.string(),
        windowMonths: z.number().int().nullable(),
        /** First month of the window, null when any month counts. */
        windowStart: IsoMonthSchema.nullable(),
        countedMonths: z.number().int(),
        entries: z.array(CountedEntrySchema),
        items: z.array(z.object({ ...StepItemBase, months: z.number().int() })),
      }),
    ),
    /** Entries with no area tags at all: they count nowhere until tagged. */
    untagged: z.array(z.object({ entryId: z.string(), title: z.string(), organisation: z.string() })),
    /** Entries tagged only with areas this track does not read. */
    otherAreas: z.array(z.object({ entryId: z.string(), title: z.string(), areas: z.array(z.string()) })),
    rule: z.string(),
  }),
  z.object({
    kind: z.literal('training'),
    groups: z.array(
      z.object({
        topic: z.string(),
        totalHours: z.number(),
        entries: z.array(z.object({ entryId: z.string(), course: z.string(), provider: z.string(), hours: z.number(), completedOn: IsoDateSchema })),
        items: z.array(z.object({ ...StepItemBase, hours: z.number() })),
      }),
    ),
    otherTopics: z.array(z.object({ entryId: z.string(), course: z.string(), topic: z.string(), hours: z.number() })),
  }),
  z.object({
    kind: z.literal('credential'),
    items: z.array(
      z.object({
        ...StepItemBase,
        anyOf: z.array(CredentialRefSchema),
        /** The kind of certification that also counts ("agile"), when the rules name one. */
        anyTagged: z.string().nullable(),
        /** Where the body's list was not found: the person may tick that they hold an accepted one. */
        tick: z.object({ label: z.string(), checked: z.boolean() }).nullable(),
      }),
    ),
  }),
  z.object({
    kind: z.literal('check'),
    items: z.array(z.object({ ...StepItemBase, checked: z.boolean() })),
  }),
]);
export type WalkthroughStep = z.infer<typeof WalkthroughStepSchema>;

export const EligibilitySchema = z.object({
  trackId: z.string(),
  status: TrackStatusSchema,
  today: IsoDateSchema,
  currentMonth: IsoMonthSchema,
  /** True when the rules list no requirement at all: anyone may sit the exam. */
  noPrerequisites: z.boolean(),
  anyPathMet: z.boolean(),
  bestPathId: z.string().nullable(),
  paths: z.array(PathResultSchema),
  steps: z.array(WalkthroughStepSchema),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const CheckStateSchema = z.object({
  trackId: z.string(),
  requirementId: z.string(),
  checked: z.boolean(),
});
export type CheckState = z.infer<typeof CheckStateSchema>;

// ---------------------------------------------------------------------------------------------
// Experience timeline

export const MonthRunSchema = z.object({ fromMonth: IsoMonthSchema, toMonth: IsoMonthSchema });
export type MonthRun = z.infer<typeof MonthRunSchema>;

export const TimelineSchema = z.object({
  currentMonth: IsoMonthSchema,
  /** The months the chart spans. */
  fromMonth: IsoMonthSchema,
  toMonth: IsoMonthSchema,
  bars: z.array(
    z.object({
      entryId: z.string(),
      label: z.string(),
      startMonth: IsoMonthSchema,
      /** The effective end (the current month for ongoing work). */
      endMonth: IsoMonthSchema,
      ongoing: z.boolean(),
      /** Whether the entry counts for the chosen requirement (null when none is chosen). */
      counts: z.boolean().nullable(),
    }),
  ),
  /** Months covered by two or more entries, as runs. */
  overlaps: z.array(MonthRunSchema),
  /** The experience requirements of open tracks a person can view the chart against. */
  choices: z.array(z.object({ trackId: z.string(), requirementId: z.string(), label: z.string() })),
  window: z
    .object({
      trackId: z.string(),
      requirementId: z.string(),
      label: z.string(),
      area: z.string(),
      /** First month inside the window; null when any month counts. */
      fromMonth: IsoMonthSchema.nullable(),
      toMonth: IsoMonthSchema,
      counted: z.array(MonthRunSchema),
      countedMonths: z.number().int(),
      /** What each path of the track asks for in this area ("36 months" on PMP's four-year path). */
      needs: z.array(z.object({ pathName: z.string(), months: z.number().int() })),
    })
    .nullable(),
});
export type Timeline = z.infer<typeof TimelineSchema>;
