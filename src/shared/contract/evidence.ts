import { z } from 'zod';
import { EvidenceAddSchema, EvidenceFileSchema } from '../schemas/evidence';
import { defineMethods } from './define';
import { IdInputSchema } from '../schemas/ids';
import { RemovedSchema } from '../schemas/undo';

export const evidenceMethods = defineMethods({
  'evidence:add': {
    input: EvidenceAddSchema,
    output: EvidenceFileSchema,
    summary: 'Copy a file into the evidence store (kept under its content hash)',
  },
  'evidence:list': {
    input: z.strictObject({}),
    output: z.array(EvidenceFileSchema.extend({ usedBy: z.array(z.string()) })),
    summary: 'Every stored evidence file and what it is attached to',
  },
  'evidence:get': {
    input: IdInputSchema,
    output: EvidenceFileSchema.extend({ contentBase64: z.string() }),
    summary: 'One evidence file with its content, to open or save',
  },
  'evidence:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Delete an evidence file that nothing refers to any more',
  },
});
