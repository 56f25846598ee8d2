import { z } from 'zod';
import { FeeSchema, NonNegative, OptionalTextSchema, Positive, PositiveInt, SlugSchema, TextSchema } from './fields';

/**
 * How a credential is kept alive, as data the CE engines apply: a cycle with a total, groups of
 * categories with minimums and caps, caps on one kind of activity inside a category (Security+:
 * live webinars ≤ 10), a minimum in every cycle year with a minimum from one category (PeopleCert:
 * 20 a year, 5 of them professional experience), bounds on one activity's units, a daily cap,
 * carry-over with a maximum (PMP: last-year excess, at most 20) and renewal shared by a suite.
 */

/**
 * How one activity counts toward several credentials: PMI's Power Skills, Business Acumen and
 * Giving Back count toward all of one body's credentials; Ways of Working only where relevant;
 * PeopleCert's CPD counts once for the whole product suite.
 */
export const CE_SHARING = ['all-body-credentials', 'suite', 'when-relevant', 'none'] as const;

/** One kind of activity inside a category with its own cap per cycle (Security+: live webinar ≤ 10). */
export const ActivityTypeSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema('Activity kind', 120),
  max: NonNegative('Maximum').nullable(),
});
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

/** A category activities are logged against, e.g. PMI "Power Skills". */
export const CeCategorySchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema('Category name', 120),
  min: NonNegative('Minimum').nullable(),
  max: NonNegative('Maximum').nullable(),
  maxPerYear: NonNegative('Yearly maximum').nullable(),
  sharing: z.enum(CE_SHARING),
  /** Credentials this category always counts toward when held (PMI: Ways of Working → PMP). */
  alwaysCountsToward: z.array(SlugSchema).default([]),
  /** Kinds of activity the person picks when logging; each may carry its own cap. */
  activityTypes: z.array(ActivityTypeSchema).default([]),
});
export type CeCategory = z.infer<typeof CeCategorySchema>;

/** A group of categories with its own minimum or cap (PMI: Education ≥ 35, Giving Back ≤ 25). */
export const CeCategoryGroupSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema('Group name', 120),
  min: NonNegative('Minimum').nullable(),
  max: NonNegative('Maximum').nullable(),
  categories: z.array(CeCategorySchema).min(1, 'A group needs at least one category'),
});
export type CeCategoryGroup = z.infer<typeof CeCategoryGroupSchema>;

/** Units needed in each year of the cycle, with minimums from named categories inside them. */
export const YearlyRuleSchema = z.strictObject({
  minimum: NonNegative('Yearly minimum'),
  categoryMinimums: z.array(z.strictObject({ categoryId: SlugSchema, minimum: NonNegative('Minimum') })).default([]),
});
export type YearlyRule = z.infer<typeof YearlyRuleSchema>;

/** Units one activity may claim (PeopleCert: 0.5 to 15 points). */
export const ActivityUnitBoundsSchema = z.strictObject({
  min: Positive('Smallest claim').nullable(),
  max: Positive('Largest claim').nullable(),
  /** refuse: the activity cannot be logged; count-up-to-max: the rest does not count. */
  aboveMax: z.enum(['refuse', 'count-up-to-max']),
});
export type ActivityUnitBounds = z.infer<typeof ActivityUnitBoundsSchema>;

/** `no-limit` is what Certplan assumed before it knew PMI's caps; null means the body's maximum is unknown. */
export const CarryOverMaxSchema = z.union([NonNegative('Carry-over maximum'), z.literal('no-limit')]).nullable();

export const CarryOverSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('none') }),
  /** PMI: units above the total earned in the cycle's last year move to the next cycle, up to a maximum. */
  z.strictObject({ rule: z.literal('last-year-excess'), maxUnits: CarryOverMaxSchema }),
]);
export type CarryOver = z.infer<typeof CarryOverSchema>;

/** Credentials of one suite share a renew-by date (PeopleCert: PRINCE2, MSP, MoP, P3O …). */
export const SuiteSchema = z.strictObject({ id: SlugSchema, name: TextSchema('Suite name', 120) });
export type Suite = z.infer<typeof SuiteSchema>;

/**
 * A way to keep the credential other than earning units, as the body states it: retake the exam
 * (PeopleCert: the same exam before the renew-by date), pass another exam of the suite, a
 * higher-level certification (CompTIA, AWS), a new course (Scrum Alliance), one qualifying
 * activity, or a shorter "maintain" step (AWS: one more year).
 */
export const RENEWAL_ROUTE_KINDS = ['retake-exam', 'another-exam-in-suite', 'higher-certification', 'new-course', 'single-activity', 'maintain'] as const;
export const RenewalRouteSchema = z.strictObject({
  kind: z.enum(RENEWAL_ROUTE_KINDS),
  /** What to do, in the body's terms: "Retake the same exam before the renew-by date". */
  description: TextSchema('Route', 300),
  /** Who may use it, or what it needs: "Only while the certification is still active". */
  condition: OptionalTextSchema(300).default(null),
});
export type RenewalRoute = z.infer<typeof RenewalRouteSchema>;
export type RenewalRouteKind = RenewalRoute['kind'];

export const MAINTENANCE_KINDS = ['continuing-education', 'retake', 'none', 'unknown'] as const;

export const MaintenanceSchema = z.strictObject({
  /** continuing-education: earn units; retake: pass again; none: lifetime; unknown: not researched. */
  kind: z.enum(MAINTENANCE_KINDS),
  cycleYears: PositiveInt('Cycle length').nullable(),
  unitName: OptionalTextSchema(40),
  totalUnits: NonNegative('Total units').nullable(),
  /** Smallest claimable fraction (PMI: 0.25 PDU). */
  unitStep: Positive('Unit step').nullable(),
  activityUnits: ActivityUnitBoundsSchema.nullable().default(null),
  perYear: YearlyRuleSchema.nullable().default(null),
  /** Units one day of activity may count (Scrum Alliance: 8 SEUs). */
  maxUnitsPerDay: Positive('Daily maximum').nullable().default(null),
  groups: z.array(CeCategoryGroupSchema),
  suspensionMonths: z.number().int('Suspension must be a whole number of months').min(0, 'Suspension cannot be negative').nullable(),
  /** null: not known. */
  carryOver: CarryOverSchema.nullable(),
  suite: SuiteSchema.nullable().default(null),
  /** How long to keep evidence after the cycle ends (PMI: at least 18 months). */
  recordKeepingMonths: z.number().int().min(0).nullable().default(null),
  renewalFees: z.array(FeeSchema).nullable(),
  /** Other ways to renew the notes state; [] the notes say there is none; null: the notes do not say (Unknown). */
  otherRoutes: z.array(RenewalRouteSchema).nullable().default(null),
  notes: OptionalTextSchema(1500),
});
export type Maintenance = z.infer<typeof MaintenanceSchema>;
export type MaintenanceInput = z.input<typeof MaintenanceSchema>;
