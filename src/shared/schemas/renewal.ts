import { z } from 'zod';
import { MaintenanceSchema, RenewalRouteSchema } from './certification';
import { CeRequirementViewSchema } from './ceRequirement';
import { CredentialSchema } from './credential';
import { IsoDateSchema } from './dates';
import { FairStartSchema } from './fairStart';

/**
 * Where a credential stands in its renewal cycle. The first six follow the issue; `active` is a
 * credential renewed by retaking an exam (nothing to log), `lifetime` one that never expires and
 * `unknown` one whose rules were not captured or not researched.
 */
export const CREDENTIAL_STATUSES = [
  'on-track',
  'behind',
  'complete',
  'renewal-due',
  'suspended',
  'expired',
  'active',
  'lifetime',
  'unknown',
] as const;
export const CredentialStatusSchema = z.enum(CREDENTIAL_STATUSES);
export type CredentialStatus = z.infer<typeof CredentialStatusSchema>;

export const RenewalRecordSchema = z.object({
  id: z.string(),
  /** Start of the cycle this renewal closes. */
  cycleStart: IsoDateSchema,
  submittedOn: IsoDateSchema,
  approvedOn: IsoDateSchema.nullable(),
  feePaid: z.boolean(),
});
export type RenewalRecord = z.infer<typeof RenewalRecordSchema>;

export const CycleSchema = z.object({
  index: z.number().int().min(0),
  start: IsoDateSchema,
  /** Last day of the cycle (inclusive). */
  end: IsoDateSchema,
  /** Last day of the suspension that follows an unmet cycle; null where the rules have none. */
  suspensionEnd: IsoDateSchema.nullable(),
  /** First day the credential counts as expired if this cycle is never renewed. */
  expiresOn: IsoDateSchema,
  /** Activities dated inside this window count toward this cycle. */
  countsFrom: IsoDateSchema,
  countsUntil: IsoDateSchema,
  renewal: RenewalRecordSchema.nullable(),
  /** renewed: approved with the fee paid, so the next cycle exists; open: the latest cycle. */
  state: z.enum(['renewed', 'open']),
});
export type Cycle = z.infer<typeof CycleSchema>;

export const CategoryProgressSchema = z.object({
  id: z.string(),
  name: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  maxPerYear: z.number().nullable(),
  /** Everything logged in the category. */
  earned: z.number(),
  /** What counts after the caps. */
  counted: z.number(),
  /** Logged but above a cap. */
  notCounted: z.number(),
  /** Still needed to reach the category's minimum. */
  stillNeeded: z.number(),
  /** Kinds of activity inside the category with what each counted against its own cap. */
  activityTypes: z.array(z.object({ id: z.string(), name: z.string(), max: z.number().nullable(), counted: z.number(), notCounted: z.number() })),
});
export type CategoryProgress = z.infer<typeof CategoryProgressSchema>;

export const GroupProgressSchema = z.object({
  id: z.string(),
  name: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  earned: z.number(),
  counted: z.number(),
  notCounted: z.number(),
  stillNeeded: z.number(),
  categories: z.array(CategoryProgressSchema),
});
export type GroupProgress = z.infer<typeof GroupProgressSchema>;

/** Units per year of the cycle where the rules ask for a yearly minimum (PeopleCert: 20). */
export const YearProgressSchema = z.object({
  index: z.number().int(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  counted: z.number(),
  required: z.number(),
  stillNeeded: z.number(),
  /** Minimums from one category inside the year (PeopleCert: 5 from Professional Experience). */
  categoryMinimums: z.array(z.object({ categoryId: z.string(), name: z.string(), required: z.number(), counted: z.number(), stillNeeded: z.number() })),
  /** A past year below its minimum cannot be made up any more. */
  missed: z.boolean(),
});
export type YearProgress = z.infer<typeof YearProgressSchema>;

/** One minimum or cap as applied: what it is, over which span, and how far the counted units got. */
export const RuleLimitSchema = z.object({
  kind: z.enum(['minimum', 'cap']),
  /** cycle: over the whole cycle; year: one cycle year (`yearIndex`); day: one day; activity: one activity. */
  span: z.enum(['cycle', 'year', 'day', 'activity']),
  /** carry-over: the most the previous cycle may pass on (`counted` is what it did pass on). */
  appliesTo: z.enum(['total', 'group', 'category', 'activity-type', 'carry-over']),
  /** The group, category or activity kind's id; null for the total. */
  id: z.string().nullable(),
  yearIndex: z.number().int().nullable(),
  /** "Education: at least 35", "Live webinar: at most 10". */
  label: z.string(),
  value: z.number(),
  /** Units counted against it (for a day or activity span: the most any one counted). */
  counted: z.number(),
  /** A minimum is met, or a cap is reached. */
  reached: z.boolean(),
  /** Units this cap kept from counting (each unit is blamed on the tightest limit it met); 0 for minimums. */
  notCounted: z.number(),
});
export type RuleLimit = z.infer<typeof RuleLimitSchema>;

export const CeProgressSchema = z.object({
  unitName: z.string(),
  required: z.number().nullable(),
  earned: z.number(),
  counted: z.number(),
  notCounted: z.number(),
  /** The fewest units that would still complete the cycle (total, minimums and yearly minimums). */
  stillNeeded: z.number(),
  complete: z.boolean(),
  /** Units carried in from the previous cycle (already included in the totals). */
  carriedIn: z.number(),
  /** Units this cycle passes on to the next one under the carry-over rule. */
  carryOut: z.number(),
  /**
   * The three figures "still needed" is the largest of: the total's shortfall, the minimums'
   * (groups and categories) and the open years' (with their category minimums).
   */
  shortfalls: z.object({ total: z.number(), minimums: z.number(), years: z.number() }),
  groups: z.array(GroupProgressSchema),
  years: z.array(YearProgressSchema),
  /** Every minimum and cap the engine applied, with what counted against it (charts draw these). */
  limits: z.array(RuleLimitSchema),
  /** The per-year rule in one plain sentence, or null where the rules have none. */
  yearlyRule: z.string().nullable(),
  /** The carry-over rule in one plain sentence. */
  carryOverRule: z.string(),
  /** The bounds on one activity's units in one sentence (PeopleCert: 0.5 to 15), or null. */
  activityRule: z.string().nullable(),
  /** The cap on one day of activity in one sentence (Scrum Alliance: 8 SEUs), or null. */
  dailyRule: z.string().nullable(),
});
export type CeProgress = z.infer<typeof CeProgressSchema>;

export const PacingSchema = z.object({
  finishDaysBefore: z.number().int(),
  /** The day the person wants to be done by: the cycle end minus finishDaysBefore. */
  targetDate: IsoDateSchema,
  targetPassed: z.boolean(),
  monthsLeft: z.number(),
  /** Units a month from today to the target date, for the whole requirement. */
  unitsPerMonthNeeded: z.number(),
  /** Categories still below their minimum, and what they need a month. */
  categories: z.array(z.object({ id: z.string(), name: z.string(), stillNeeded: z.number(), perMonth: z.number() })),
  /** Units a month so far in the cycle; null in its first weeks, when a rate means nothing yet. */
  currentPacePerMonth: z.number().nullable(),
  /** Where the current pace leads by the target date. */
  projectedAtTarget: z.number().nullable(),
  onPace: z.boolean(),
});
export type Pacing = z.infer<typeof PacingSchema>;

export const ActivityViewSchema = z.object({
  id: z.string(),
  /** Position in the cycle's list, as numbered in the audit packet. */
  number: z.number().int(),
  date: IsoDateSchema,
  title: z.string(),
  provider: z.string(),
  units: z.number(),
  categoryId: z.string(),
  categoryName: z.string(),
  /** The kind of activity inside the category, where the rules cap kinds (Security+: live webinar). */
  activityTypeId: z.string().nullable(),
  activityTypeName: z.string().nullable(),
  counted: z.number(),
  notCounted: z.number(),
  /** Why some units do not count, e.g. "above the Giving Back to the Profession cap of 25". */
  notCountedReason: z.string().nullable(),
  credentials: z.array(z.object({ id: z.string(), acronym: z.string() })),
  evidence: z.array(z.object({ id: z.string(), fileName: z.string(), missing: z.boolean() })),
  notes: z.string(),
  /** The training entry this activity was also recorded as (one record, two uses). */
  linkedTraining: z.object({ id: z.string(), course: z.string(), differences: z.array(z.string()) }).nullable(),
});
export type ActivityView = z.infer<typeof ActivityViewSchema>;

export const RenewalViewSchema = z.object({
  credential: CredentialSchema,
  maintenance: MaintenanceSchema.nullable(),
  status: CredentialStatusSchema,
  /** One sentence on the status, e.g. "Cycle ends 14 Jan 2027; 12 PDUs to go". */
  statusText: z.string(),
  nextAction: z.string(),
  cycles: z.array(CycleSchema),
  /** The cycle shown (the open one unless another was asked for). */
  cycleIndex: z.number().int().nullable(),
  progress: CeProgressSchema.nullable(),
  pacing: PacingSchema.nullable(),
  activities: z.array(ActivityViewSchema),
  /** Activities linked to this credential that fall in none of its cycles (e.g. after a date change). */
  outsideCycles: z.number().int(),
  /** Whether the viewed cycle can be marked renewed now, and if not, why. */
  renewal: z.object({ allowed: z.boolean(), reason: z.string() }),
  /** The cycle's progress as bars against the requirement (the same the dashboard draws). */
  requirement: CeRequirementViewSchema.nullable(),
  /** Units earned before Certplan: asked for once; judgements wait while it is pending. */
  fairStart: FairStartSchema.nullable(),
  /** Whose rules apply: the catalog's snapshot, the person's own filled-in ones, or none recorded. */
  rulesSource: z.enum(['catalog', 'own', 'none']),
  /** The catalog's renewal rules leave something Unknown, so the person may fill them in. */
  canFillIn: z.boolean(),
  /** Other ways to renew the catalog states (retake the exam …); null: its notes do not say (Unknown). */
  otherRoutes: z.array(RenewalRouteSchema).nullable(),
});
export type RenewalView = z.infer<typeof RenewalViewSchema>;
