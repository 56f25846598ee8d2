import { z } from 'zod';
import { EDUCATION_LEVELS, EducationLevelSchema } from './certification';
import { IsoDateSchema, IsoInstantSchema, IsoMonthSchema } from './dates';
import { RecordIdSchema } from './ids';

/**
 * The person's own records that prerequisites read: the education profile, experience entries
 * and training entries. Inputs are strict (a typo'd field is an error); rules that need the
 * clock (nothing in the future) are checked by the core.
 */

const requiredText = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label}: at most ${max} characters`);

// ---------------------------------------------------------------------------------------------
// Profile

export const ProfileSchema = z.object({
  /** Highest education completed; null until the person says. */
  educationLevel: EducationLevelSchema.nullable(),
  /** The degree comes from a GAC-accredited programme (PMI's shorter paths ask for it). */
  gacAccredited: z.boolean(),
  updatedAt: IsoInstantSchema.nullable(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ProfileUpdateSchema = z
  .strictObject({
    educationLevel: EducationLevelSchema.nullable(),
    gacAccredited: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const level = input.educationLevel === null ? -1 : EDUCATION_LEVELS.indexOf(input.educationLevel);
    if (input.gacAccredited && level < EDUCATION_LEVELS.indexOf('bachelor')) {
      ctx.addIssue({
        code: 'custom',
        path: ['gacAccredited'],
        message: 'Only a bachelor’s degree or higher can come from a GAC-accredited programme',
      });
    }
  });
export type ProfileUpdateInput = z.input<typeof ProfileUpdateSchema>;

// ---------------------------------------------------------------------------------------------
// Experience

/** A kind of work an entry counts as, matched (ignoring case) against a requirement's `area`. */
export const AreaTagSchema = requiredText('Area', 80);

const experienceFields = {
  organisation: requiredText('Organisation', 160),
  /** The project or the role's title. */
  title: requiredText('Project or role title', 160),
  /** What the person did in it, e.g. "project manager". */
  role: z.string().trim().max(160, 'Role: at most 160 characters').default(''),
  startMonth: IsoMonthSchema,
  /** Null while the work goes on: it then counts up to the current month. */
  endMonth: IsoMonthSchema.nullable(),
  hours: z
    .number({ error: 'Hours must be a number' })
    .finite()
    .min(0, 'Hours cannot be negative')
    .max(100_000, 'Hours: at most 100000')
    .nullable()
    .default(null),
  description: z.string().trim().max(4000, 'Description: at most 4000 characters').default(''),
  areas: z.array(AreaTagSchema).max(20, 'At most 20 areas').default([]),
};

function endNotBeforeStart(input: { startMonth: string; endMonth: string | null }, ctx: z.RefinementCtx): void {
  // YYYY-MM strings order like the months they name.
  if (input.endMonth !== null && input.endMonth < input.startMonth) {
    ctx.addIssue({ code: 'custom', path: ['endMonth'], message: 'The end month cannot be before the start month' });
  }
}

export const ExperienceAddSchema = z.strictObject(experienceFields).superRefine(endNotBeforeStart);
export type ExperienceAddInput = z.input<typeof ExperienceAddSchema>;
export type ExperienceFields = z.output<typeof ExperienceAddSchema>;

export const ExperienceUpdateSchema = z
  .strictObject({ id: RecordIdSchema, ...experienceFields })
  .superRefine(endNotBeforeStart);

export const ExperienceEntrySchema = z.object({
  id: z.string(),
  organisation: z.string(),
  title: z.string(),
  role: z.string(),
  startMonth: IsoMonthSchema,
  endMonth: IsoMonthSchema.nullable(),
  hours: z.number().nullable(),
  description: z.string(),
  areas: z.array(z.string()),
  /** Whole months the entry covers today (an ongoing one up to the current month). */
  monthsCovered: z.number().int().min(0),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type ExperienceEntry = z.infer<typeof ExperienceEntrySchema>;

/** An area the experience form offers as a checkbox. */
export const AreaOptionSchema = z.object({
  area: z.string(),
  /** Acronyms of the open tracks whose rules read this area (empty: only used on entries). */
  tracks: z.array(z.string()),
});
export type AreaOption = z.infer<typeof AreaOptionSchema>;

// ---------------------------------------------------------------------------------------------
// Training

const trainingFields = {
  course: requiredText('Course', 160),
  provider: requiredText('Provider', 160),
  hours: z
    .number({ error: 'Hours must be a number' })
    .finite()
    .min(0, 'Hours cannot be negative')
    .max(10_000, 'Hours: at most 10000'),
  completedOn: IsoDateSchema,
  /** Which rule it serves, e.g. "PM education"; matched (ignoring case) against a requirement's topic. */
  topic: requiredText('Topic', 80),
  evidenceId: z.string().min(1).max(120).nullable().default(null),
};

export const TrainingAddSchema = z.strictObject(trainingFields);
export type TrainingAddInput = z.input<typeof TrainingAddSchema>;
export type TrainingFields = z.output<typeof TrainingAddSchema>;

export const TrainingUpdateSchema = z.strictObject({ id: RecordIdSchema, ...trainingFields });

export const TrainingEntrySchema = z.object({
  id: z.string(),
  course: z.string(),
  provider: z.string(),
  hours: z.number(),
  completedOn: IsoDateSchema,
  topic: z.string(),
  evidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
  /** The CE activity this course was also logged as, and which shared fields now differ. */
  linkedActivity: z.object({ id: z.string(), title: z.string(), differences: z.array(z.string()) }).nullable(),
});
export type TrainingEntry = z.infer<typeof TrainingEntrySchema>;

export const TopicOptionSchema = z.object({ topic: z.string(), tracks: z.array(z.string()) });
export type TopicOption = z.infer<typeof TopicOptionSchema>;
