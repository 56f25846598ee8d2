import { z } from 'zod';
import {
  CsvDateOrderChoiceSchema,
  CsvMappingSchema,
  CsvPreviewSchema,
  CsvTextSchema,
  PracticeResultInputSchema,
  PracticeResultSchema,
} from '../schemas/practice';
import { defineMethods } from './define';
import { IdInputSchema, RecordIdSchema } from '../schemas/ids';
import { RemovedSchema } from '../schemas/undo';

export const practiceMethods = defineMethods({
  'practice:list': {
    input: z.strictObject({ trackId: RecordIdSchema }),
    output: z.array(PracticeResultSchema),
    summary: 'Practice-exam results of a track, newest first',
  },
  'practice:add': {
    input: PracticeResultInputSchema.extend({ trackId: RecordIdSchema }),
    output: PracticeResultSchema,
    summary: 'Record one practice-exam result (date, source, total and per-domain scores)',
  },
  'practice:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Delete a practice-exam result',
  },
  'practice:preview-import': {
    input: z.strictObject({
      trackId: RecordIdSchema,
      csvText: CsvTextSchema,
      mapping: CsvMappingSchema.nullable().default(null),
      /** How to read numeric dates such as 11/10/2026; `auto` finds it from the file when it can. */
      dateOrder: CsvDateOrderChoiceSchema.default('auto'),
    }),
    output: CsvPreviewSchema,
    summary: 'Read a CSV of practice results: its columns, a suggested mapping and every row checked',
  },
  'practice:import': {
    input: z.strictObject({
      trackId: RecordIdSchema,
      csvText: CsvTextSchema,
      mapping: CsvMappingSchema,
      dateOrder: CsvDateOrderChoiceSchema.default('auto'),
      /** false: refuse the whole file when any row has a problem; true: import only the good rows. */
      skipInvalid: z.boolean().default(false),
    }),
    output: z.object({ imported: z.number().int(), skippedLines: z.array(z.number().int()) }),
    summary: 'Import the CSV’s rows in one transaction: all of them or none',
  },
});
