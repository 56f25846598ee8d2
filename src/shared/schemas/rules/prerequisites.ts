import { z } from 'zod';
import { NonNegative, PositiveInt, SlugSchema, TextSchema } from './fields';

/**
 * Prerequisite paths: alternatives, each a set of requirements a person must all meet. A held
 * credential may stand in for experience or training (`substitutedBy`), a credential requirement
 * may name a kind of certification instead of a list (`anyTagged`: "a third-party agile
 * certification"), and a GAC-accredited degree's coursework may stand in for training hours.
 */

export const EDUCATION_LEVELS = ['none', 'secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

export const EducationRequirementSchema = z.strictObject({
  kind: z.literal('education'),
  id: SlugSchema,
  minLevel: EducationLevelSchema,
  /** PMI's shorter paths ask for a degree from a GAC-accredited programme. */
  gacAccredited: z.boolean().default(false),
  label: TextSchema('Label'),
});

export const ExperienceRequirementSchema = z.strictObject({
  kind: z.literal('experience'),
  id: SlugSchema,
  months: PositiveInt('Months'),
  /** Only months inside the window ending today count; null means any time. Each requirement has its own. */
  windowMonths: PositiveInt('Window').nullable(),
  /** What kind of work counts, e.g. "leading projects"; experience entries are tagged with it. */
  area: TextSchema('Area', 80),
  label: TextSchema('Label'),
  /** Catalog ids of credentials that, when held in good standing, satisfy this requirement instead. */
  substitutedBy: z.array(SlugSchema).default([]),
});

export const TrainingRequirementSchema = z.strictObject({
  kind: z.literal('training'),
  id: SlugSchema,
  /** Where sources disagree this is the higher figure, so "met" never rests on the weaker claim. */
  hours: NonNegative('Hours'),
  /** Which rule a training entry serves, e.g. "PM education". */
  topic: TextSchema('Topic', 80),
  label: TextSchema('Label'),
  substitutedBy: z.array(SlugSchema).default([]),
  /** PMP Set C: "GAC core project management course work is pre-approved" for the hours. */
  coveredByGacCoursework: z.boolean().default(false),
  /** The lower figure another source gives (PMI-ACP: 21 against 28); shown as a conflict. */
  conflictingHours: NonNegative('Conflicting hours').nullable().default(null),
});

export const CredentialRequirementSchema = z.strictObject({
  kind: z.literal('credential'),
  id: SlugSchema,
  /** Any one of these catalog ids satisfies the requirement. */
  anyOf: z.array(SlugSchema).default([]),
  /** Or any held certification whose catalog entry carries this tag (e.g. `agile`). */
  anyTagged: SlugSchema.nullable().default(null),
  /**
   * Where the body's own list was not found, the person may declare they hold an accepted one
   * the catalog does not know; this is the sentence they tick. Null: only catalog credentials count.
   */
  orTickLabel: TextSchema('Tick label').nullable().default(null),
  label: TextSchema('Label'),
});

/** Anything the engine cannot compute (membership, an employer letter): a tickable item. */
export const CheckRequirementSchema = z.strictObject({
  kind: z.literal('check'),
  id: SlugSchema,
  label: TextSchema('Label'),
});

export type EducationRequirement = z.infer<typeof EducationRequirementSchema>;
export type ExperienceRequirement = z.infer<typeof ExperienceRequirementSchema>;
export type TrainingRequirement = z.infer<typeof TrainingRequirementSchema>;
export type CredentialRequirement = z.infer<typeof CredentialRequirementSchema>;

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
export const PrerequisitePathSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema('Path name', 120),
  requirements: z.array(RequirementSchema),
});
export type PrerequisitePath = z.infer<typeof PrerequisitePathSchema>;
