import { z } from 'zod';
import { IsoDateSchema } from '../schemas/dates';
import { RenewalViewSchema } from '../schemas/renewal';
import { defineMethods } from './define';
import { RecordIdSchema } from '../schemas/ids';

/** A file the core built for the person to save (audit packet, calendar). */
export const ExportedFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

export const renewalMethods = defineMethods({
  'renewal:get': {
    input: z.strictObject({
      credentialId: RecordIdSchema,
      /** A past cycle to look at; the open cycle when left out. */
      cycleIndex: z.number().int().min(0).optional(),
    }),
    output: RenewalViewSchema,
    summary: 'A credential’s cycles, CE progress after minimums and caps, pacing, activities and status',
  },
  'renewal:record': {
    input: z.strictObject({
      credentialId: RecordIdSchema,
      submittedOn: IsoDateSchema,
      approvedOn: IsoDateSchema.nullable().default(null),
      feePaid: z.boolean().default(false),
    }),
    output: RenewalViewSchema,
    summary: 'Mark the open cycle’s renewal submitted, and approved with the fee paid (which starts the next cycle)',
  },
  'renewal:undo': {
    input: z.strictObject({ credentialId: RecordIdSchema }),
    output: RenewalViewSchema,
    summary: 'Remove the latest renewal record (the cycle it started goes with it)',
  },
  'renewal:set-pace-target': {
    input: z.strictObject({
      credentialId: RecordIdSchema,
      finishDaysBefore: z
        .number({ error: 'Days must be a number' })
        .int('Days must be a whole number')
        .min(0, 'Days cannot be negative')
        .max(365, 'At most 365 days'),
    }),
    output: RenewalViewSchema,
    summary: 'How many days before the cycle end the person wants to be done (pacing aims there)',
  },
  'renewal:export-audit-packet': {
    input: z.strictObject({ credentialId: RecordIdSchema, cycleIndex: z.number().int().min(0) }),
    output: ExportedFileSchema,
    summary: 'One zip for a cycle: summary (HTML and CSV) and the evidence files, named to match',
  },
});
