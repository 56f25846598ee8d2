import { z } from 'zod';
import { SlugSchema } from './certification';
import { IsoDateSchema, IsoInstantSchema } from './dates';
import { RecordIdSchema } from './ids';

/** Most evidence files one activity may carry (a certificate, a receipt, an agenda …). */
export const MAX_EVIDENCE_PER_ACTIVITY = 10;

/** What a person types to log (or edit) a continuing-education activity. */
export const CeActivityInputSchema = z.strictObject({
  date: IsoDateSchema,
  title: z.string().trim().min(1, 'Give the activity a title').max(200, 'At most 200 characters'),
  provider: z.string().trim().max(200, 'At most 200 characters').default(''),
  units: z
    .number({ error: 'Units must be a number' })
    .finite('Units must be a number')
    .positive('Units must be above zero')
    .max(1000, 'At most 1000 units for one activity'),
  /** A category id from the renewal rules, e.g. PMI's `power-skills`. */
  categoryId: SlugSchema,
  /** The kind of activity inside the category where the rules cap kinds (Security+: `live-webinar`). */
  activityTypeId: SlugSchema.nullable().default(null),
  /** The credentials the activity counts toward; defaults follow the body's sharing rules. */
  credentialIds: z
    .array(RecordIdSchema)
    .min(1, 'Choose at least one credential this activity counts toward')
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'Each credential only once'),
  evidenceIds: z
    .array(RecordIdSchema)
    .max(MAX_EVIDENCE_PER_ACTIVITY, `At most ${MAX_EVIDENCE_PER_ACTIVITY} files for one activity`)
    .refine((ids) => new Set(ids).size === ids.length, 'Each file only once')
    .default([]),
  notes: z.string().trim().max(2000, 'At most 2000 characters').default(''),
});
export type CeActivityInput = z.infer<typeof CeActivityInputSchema>;
export type CeActivityDraft = z.input<typeof CeActivityInputSchema>;

export const CeActivitySchema = z.object({
  id: z.string(),
  date: IsoDateSchema,
  title: z.string(),
  provider: z.string(),
  units: z.number(),
  categoryId: z.string(),
  activityTypeId: z.string().nullable(),
  credentialIds: z.array(z.string()),
  evidenceIds: z.array(z.string()),
  notes: z.string(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type CeActivity = z.infer<typeof CeActivitySchema>;

/** One credential the person could count an activity toward, and whether it does by default. */
export const SharingOptionSchema = z.object({
  credentialId: z.string(),
  acronym: z.string(),
  name: z.string(),
  /** False when the activity cannot count toward it (no such category, date outside its cycles). */
  eligible: z.boolean(),
  chosenByDefault: z.boolean(),
  /** The rules make it count here whatever the person chooses (PMI: Ways of Working → PMP). */
  required: z.boolean(),
  /** Why it is (not) chosen, in plain words. */
  note: z.string(),
});
export type SharingOption = z.infer<typeof SharingOptionSchema>;
