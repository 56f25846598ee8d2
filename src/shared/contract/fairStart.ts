import { z } from 'zod';
import { EarnedEntrySchema, EarnedPreviewSchema } from '../schemas/fairStart';
import { RecordIdSchema } from '../schemas/ids';
import { RenewalViewSchema } from '../schemas/renewal';
import { defineMethods } from './define';

const EarnedInputSchema = z.strictObject({ credentialId: RecordIdSchema, entry: EarnedEntrySchema });

export const fairStartMethods = defineMethods({
  'renewal:preview-earned': {
    input: EarnedInputSchema,
    output: EarnedPreviewSchema,
    summary: 'Check totals or a CCRS-style transcript of units already earned this cycle, line by line, before importing',
  },
  'renewal:import-earned': {
    input: EarnedInputSchema,
    output: RenewalViewSchema,
    summary: 'Import units already earned this cycle (all or nothing, only a clean set) and end the fair start',
  },
  'renewal:skip-earned': {
    input: z.strictObject({ credentialId: RecordIdSchema }),
    output: RenewalViewSchema,
    summary: 'Nothing to enter: start judging pace from what is logged',
  },
});
