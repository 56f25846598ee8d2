import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from './dates';

/**
 * A certification as the catalog knows it: who awards it, what it takes to sit the exam
 * (prerequisite paths), the exam itself and how the credential is kept alive. Rules are plain
 * values so the engines (eligibility, planning, CE) can read them directly; where a value is
 * `null` the research did not find it and the app shows "unknown" instead of inventing one.
 * How sure we are of each fact lives beside the rules in `facts` (provenance), keyed by section.
 */

export const EDUCATION_LEVELS = [
  'none',
  'secondary',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

export const CERT_LEVELS = [
  'foundation',
  'associate',
  'intermediate',
  'practitioner',
  'professional',
  'specialist',
  'advanced',
  'expert',
] as const;
export const CertLevelSchema = z.enum(CERT_LEVELS);
export type CertLevel = z.infer<typeof CertLevelSchema>;

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Slug ids keep requirement/domain references stable across edits and catalog updates. */
export const SlugSchema = z
  .string()
  .min(1, 'Required')
  .max(80, 'At most 80 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and dashes');

const TextSchema = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label}: at most ${max} characters`);

const NonNegative = (label: string) =>
  z.number({ error: `${label} must be a number` }).finite().min(0, `${label} cannot be negative`);

const PositiveInt = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(1, `${label} must be at least 1`);

// ---------------------------------------------------------------------------------------------
// Prerequisites

export const EducationRequirementSchema = z.object({
  kind: z.literal('education'),
  id: SlugSchema,
  minLevel: EducationLevelSchema,
  /** PMI's shorter paths ask for a degree from a GAC-accredited programme. */
  gacAccredited: z.boolean().default(false),
  label: TextSchema('Label'),
});

export const ExperienceRequirementSchema = z.object({
  kind: z.literal('experience'),
  id: SlugSchema,
  months: PositiveInt('Months'),
  /** Only months inside the window ending today count; null means any time. */
  windowMonths: PositiveInt('Window').nullable(),
  /** What kind of work counts, e.g. "leading projects"; experience entries are tagged with it. */
  area: TextSchema('Area', 80),
  label: TextSchema('Label'),
  /** Catalog ids of credentials that, when held, satisfy this requirement instead. */
  substitutedBy: z.array(SlugSchema).default([]),
});

export const TrainingRequirementSchema = z.object({
  kind: z.literal('training'),
  id: SlugSchema,
  hours: NonNegative('Hours'),
  /** Which rule a training entry serves, e.g. "PM education". */
  topic: TextSchema('Topic', 80),
  label: TextSchema('Label'),
  substitutedBy: z.array(SlugSchema).default([]),
});

export const CredentialRequirementSchema = z.object({
  kind: z.literal('credential'),
  id: SlugSchema,
  /** Any one of these catalog ids satisfies the requirement. */
  anyOf: z.array(SlugSchema).min(1, 'Name at least one credential'),
  label: TextSchema('Label'),
});

/** Anything the engine cannot compute (membership, an employer letter): a tickable item. */
export const CheckRequirementSchema = z.object({
  kind: z.literal('check'),
  id: SlugSchema,
  label: TextSchema('Label'),
});

export const RequirementSchema = z.discriminatedUnion('kind', [
  EducationRequirementSchema,
  ExperienceRequirementSchema,
  TrainingRequirementSchema,
  CredentialRequirementSchema,
  CheckRequirementSchema,
]);
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementKind = Requirement['kind'];

/** One way to qualify; the certification is open to a person who meets every requirement of any path. */
export const PrerequisitePathSchema = z.object({
  id: SlugSchema,
  name: TextSchema('Path name', 120),
  requirements: z.array(RequirementSchema),
});
export type PrerequisitePath = z.infer<typeof PrerequisitePathSchema>;

// ---------------------------------------------------------------------------------------------
// Exam

export const FeeSchema = z.object({
  label: TextSchema('Fee label', 80),
  amount: NonNegative('Amount'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code like USD'),
});
export type Fee = z.infer<typeof FeeSchema>;

export const ExamDomainSchema = z.object({
  id: SlugSchema,
  name: TextSchema('Domain name', 120),
  /** Percent of the exam; all domains of an exam sum to 100. */
  weight: z
    .number({ error: 'Weight must be a number' })
    .finite()
    .min(0, 'Weight cannot be negative')
    .max(100, 'Weight cannot exceed 100'),
});
export type ExamDomain = z.infer<typeof ExamDomainSchema>;

export const ExamSchema = z.object({
  questions: PositiveInt('Questions').nullable(),
  scoredQuestions: PositiveInt('Scored questions').nullable(),
  durationMinutes: PositiveInt('Duration').nullable(),
  format: z.string().trim().max(400).nullable(),
  delivery: z.string().trim().max(200).nullable(),
  /** Empty means the weights are not known. */
  domains: z.array(ExamDomainSchema),
  passing: z.string().trim().max(300).nullable(),
  passMarkPercent: z.number().min(0).max(100).nullable(),
  /** Score-report bands from best to worst, e.g. PMI's Above Target … Needs Improvement. */
  performanceBands: z.array(TextSchema('Band', 60)),
  fees: z.array(FeeSchema).nullable(),
  retakeFees: z.array(FeeSchema).nullable(),
});
export type Exam = z.infer<typeof ExamSchema>;

/** What happens between approval and the exam (PMI: 90 days to answer an audit, 1 year, 3 tries). */
export const ApplicationRulesSchema = z.object({
  auditResponseDays: PositiveInt('Audit response days').nullable(),
  eligibilityMonths: PositiveInt('Eligibility period').nullable(),
  attemptsAllowed: PositiveInt('Attempts').nullable(),
});
export type ApplicationRules = z.infer<typeof ApplicationRulesSchema>;

// ---------------------------------------------------------------------------------------------
// Maintenance (renewal)

export const CE_SHARING = ['all-body-credentials', 'when-relevant', 'none'] as const;

/** A category activities are logged against, e.g. PMI "Power Skills". */
export const CeCategorySchema = z.object({
  id: SlugSchema,
  name: TextSchema('Category name', 120),
  min: NonNegative('Minimum').nullable(),
  max: NonNegative('Maximum').nullable(),
  maxPerYear: NonNegative('Yearly maximum').nullable(),
  /**
   * How one activity counts toward several credentials of the same body: PMI's Power Skills,
   * Business Acumen and Giving Back count toward all of them; Ways of Working only where relevant.
   */
  sharing: z.enum(CE_SHARING),
  /** Credentials this category always counts toward when held (PMI: Ways of Working → PMP). */
  alwaysCountsToward: z.array(SlugSchema).default([]),
});
export type CeCategory = z.infer<typeof CeCategorySchema>;

/** A group of categories with its own minimum or cap (PMI: Education ≥ 35, Giving Back ≤ 25). */
export const CeCategoryGroupSchema = z.object({
  id: SlugSchema,
  name: TextSchema('Group name', 120),
  min: NonNegative('Minimum').nullable(),
  max: NonNegative('Maximum').nullable(),
  categories: z.array(CeCategorySchema).min(1, 'A group needs at least one category'),
});
export type CeCategoryGroup = z.infer<typeof CeCategoryGroupSchema>;

export const MAINTENANCE_KINDS = ['continuing-education', 'retake', 'none', 'unknown'] as const;

export const MaintenanceSchema = z.object({
  /** continuing-education: earn units; retake: pass again; none: lifetime; unknown: not researched. */
  kind: z.enum(MAINTENANCE_KINDS),
  cycleYears: PositiveInt('Cycle length').nullable(),
  unitName: z.string().trim().max(40).nullable(),
  totalUnits: NonNegative('Total units').nullable(),
  /** Smallest claimable fraction (PMI: 0.25 PDU). */
  unitStep: z.number().positive('Unit step must be above zero').nullable(),
  /** Units needed in each year of the cycle (PeopleCert: 20 CPD points a year). */
  annualMinimum: NonNegative('Yearly minimum').nullable(),
  groups: z.array(CeCategoryGroupSchema),
  suspensionMonths: z.number().int().min(0, 'Suspension cannot be negative').nullable(),
  /** PMI: units above the total earned in the cycle's last year move to the next cycle. */
  carryOver: z.enum(['none', 'last-year-excess']).nullable(),
  renewalFees: z.array(FeeSchema).nullable(),
  notes: z.string().trim().max(1000).nullable(),
});
export type Maintenance = z.infer<typeof MaintenanceSchema>;

// ---------------------------------------------------------------------------------------------
// Provenance

export const SourceSchema = z.object({
  id: SlugSchema,
  url: z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }),
  title: TextSchema('Source title'),
  official: z.boolean(),
  /** The page's own date where it showed one. */
  pageDate: IsoDateSchema.nullable(),
  /** When the research read it. */
  checkedOn: IsoDateSchema,
});
export type Source = z.infer<typeof SourceSchema>;

/** Sections a provenance note can attach to. */
export const FACT_KEYS = [
  'overview',
  'paths',
  'exam.size',
  'exam.format',
  'exam.domains',
  'exam.passing',
  'exam.fees',
  'application',
  'maintenance',
  'maintenance.fees',
] as const;
export const FactKeySchema = z.enum(FACT_KEYS);
export type FactKey = z.infer<typeof FactKeySchema>;

export const FactInfoSchema = z.object({
  confidence: ConfidenceSchema,
  sourceIds: z.array(SlugSchema),
  note: z.string().max(600).nullable(),
});
export type FactInfo = z.infer<typeof FactInfoSchema>;

// ---------------------------------------------------------------------------------------------
// The certification

const certificationFields = {
  name: TextSchema('Name', 160),
  acronym: TextSchema('Acronym', 40),
  body: TextSchema('Certifying body', 80),
  level: CertLevelSchema,
  url: z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }).nullable(),
  summary: z.string().trim().max(1200),
  paths: z.array(PrerequisitePathSchema),
  exam: ExamSchema,
  application: ApplicationRulesSchema.nullable(),
  maintenance: MaintenanceSchema,
  sources: z.array(SourceSchema),
};

/** Cross-field rules shared by built-in entries and custom ones. */
function checkCertificationRules(
  cert: {
    paths: PrerequisitePath[];
    exam: Exam;
    maintenance: Maintenance;
    sources: Source[];
  },
  ctx: z.RefinementCtx,
): void {
  const domains = cert.exam.domains;
  if (domains.length > 0) {
    const total = domains.reduce((sum, d) => sum + d.weight, 0);
    // Weights are percentages people type; allow float noise, not a missing point.
    if (Math.abs(total - 100) > 0.01) {
      ctx.addIssue({
        code: 'custom',
        path: ['exam', 'domains'],
        message: `Domain weights must add up to 100 (now ${roundForMessage(total)})`,
      });
    }
    reportDuplicateIds(domains, ['exam', 'domains'], 'domain', ctx);
  }
  reportDuplicateIds(cert.paths, ['paths'], 'path', ctx);
  cert.paths.forEach((path, i) =>
    reportDuplicateIds(path.requirements, ['paths', i, 'requirements'], 'requirement', ctx),
  );
  const m = cert.maintenance;
  if (m.kind === 'continuing-education' && m.cycleYears === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['maintenance', 'cycleYears'],
      message: 'A continuing-education renewal needs a cycle length in years',
    });
  }
  m.groups.forEach((group, gi) => {
    if (group.min !== null && group.max !== null && group.min > group.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['maintenance', 'groups', gi, 'max'],
        message: 'Maximum cannot be below the minimum',
      });
    }
    group.categories.forEach((cat, ci) => {
      if (cat.min !== null && cat.max !== null && cat.min > cat.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['maintenance', 'groups', gi, 'categories', ci, 'max'],
          message: 'Maximum cannot be below the minimum',
        });
      }
    });
  });
  reportDuplicateIds(
    m.groups.flatMap((g) => g.categories),
    ['maintenance', 'groups'],
    'category',
    ctx,
  );
  reportDuplicateIds(cert.sources, ['sources'], 'source', ctx);
}

function reportDuplicateIds(
  items: ReadonlyArray<{ id: string }>,
  path: (string | number)[],
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path, message: `Two ${what}s share the id "${item.id}"` });
    }
    seen.add(item.id);
  }
}

function roundForMessage(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** What a person types to create or edit a custom certification. */
export const CertificationDraftSchema = z
  .object({
    ...certificationFields,
    /** The built-in entry this one was copied from, if any. */
    copiedFrom: SlugSchema.nullable().default(null),
  })
  .superRefine(checkCertificationRules);
export type CertificationDraft = z.infer<typeof CertificationDraftSchema>;
export type CertificationDraftInput = z.input<typeof CertificationDraftSchema>;

export const CertificationSchema = z
  .object({
    id: SlugSchema,
    origin: z.enum(['builtin', 'custom']),
    /** Bumped whenever the entry's rules change; tracks remember the revision they started with. */
    revision: z.number().int().min(1),
    ...certificationFields,
    copiedFrom: SlugSchema.nullable(),
    facts: z.partialRecord(FactKeySchema, FactInfoSchema),
    updatedAt: IsoInstantSchema,
  })
  .superRefine(checkCertificationRules);
export type Certification = z.infer<typeof CertificationSchema>;

/** Certifications shown side by side as a progression (CAPM → PMP → PgMP → PfMP). */
export const LadderSchema = z.object({
  id: SlugSchema,
  name: TextSchema('Ladder name', 120),
  steps: z.array(SlugSchema).min(2),
});
export type Ladder = z.infer<typeof LadderSchema>;
