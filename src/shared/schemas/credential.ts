import { z } from 'zod';
import { SlugSchema } from './certification';
import { IsoDateSchema, IsoInstantSchema } from './dates';

/** A credential the person holds: entered by hand, or earned by passing a tracked exam. */
export const CredentialSchema = z.object({
  id: z.string(),
  /** The catalog entry it is an instance of; null for one the catalog does not list. */
  certificationId: z.string().nullable(),
  /** The track it was earned through, if any. */
  trackId: z.string().nullable(),
  name: z.string(),
  acronym: z.string(),
  body: z.string(),
  credentialNumber: z.string().nullable(),
  earnedOn: IsoDateSchema,
  origin: z.enum(['manual', 'track']),
  notes: z.string(),
  /** Whether renewal rules were captured with it (false for credentials outside the catalog). */
  hasRenewalRules: z.boolean(),
  /** The person filled in renewal rules for it where the catalog's are unknown; those are used. */
  hasOwnRenewalRules: z.boolean(),
  /** Revision of the catalog rules it follows (null outside the catalog). */
  rulesRevision: z.number().int().nullable(),
  /** The catalog holds newer rules than the ones it follows, and the person has not chosen to keep theirs. */
  newerRulesAvailable: z.boolean(),
  /** The catalog has newer rules and the person chose to keep the ones it follows. */
  keptOlderRules: z.boolean(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type Credential = z.infer<typeof CredentialSchema>;

const CredentialNumberSchema = z.string().trim().max(80, 'At most 80 characters');
const NotesSchema = z.string().trim().max(2000, 'At most 2000 characters');

export const CredentialAddSchema = z
  .strictObject({
    /** A catalog entry; its name and renewal rules are copied onto the credential. */
    certificationId: SlugSchema.nullable().default(null),
    /** Required when the credential is not in the catalog. */
    name: z.string().trim().max(160, 'At most 160 characters').default(''),
    acronym: z.string().trim().max(40, 'At most 40 characters').default(''),
    body: z.string().trim().max(80, 'At most 80 characters').default(''),
    credentialNumber: CredentialNumberSchema.nullable().default(null),
    earnedOn: IsoDateSchema,
    notes: NotesSchema.default(''),
  })
  .superRefine((input, ctx) => {
    if (input.certificationId === null && input.name === '') {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Name the credential or pick it from the catalog' });
    }
  });
export type CredentialAddInput = z.input<typeof CredentialAddSchema>;

export const CredentialUpdateSchema = z.strictObject({
  id: z.string().min(1, 'Required'),
  patch: z.strictObject({
    credentialNumber: CredentialNumberSchema.nullable().optional(),
    earnedOn: IsoDateSchema.optional(),
    notes: NotesSchema.optional(),
  }),
});
