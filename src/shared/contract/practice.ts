import { z } from 'zod';
import {
  CsvBytesSchema,
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

/** The file as bytes (csvBase64, preferred: the encoding is detected) or as already-decoded text. */
const CSV_FILE = { csvText: CsvTextSchema.optional(), csvBase64: CsvBytesSchema.optional() };
const oneFile = (input: { csvText?: string | undefined; csvBase64?: string | undefined }) => (input.csvText === undefined) !== (input.csvBase64 === undefined);
const ONE_FILE = { message: 'Send the file once: as csvBase64 (its bytes) or as csvText', path: ['csvBase64'] };

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
    input: z.strictObject({ trackId: RecordIdSchema, ...CSV_FILE, mapping: CsvMappingSchema.nullable().default(null), dateOrder: CsvDateOrderChoiceSchema.default('auto') }).refine(oneFile, ONE_FILE),
    output: CsvPreviewSchema,
    summary: 'Read a CSV of practice results: its columns, a suggested mapping and every row checked',
  },
  'practice:import': {
    input: z.strictObject({
      trackId: RecordIdSchema,
      ...CSV_FILE,
      mapping: CsvMappingSchema,
      dateOrder: CsvDateOrderChoiceSchema.default('auto'),
      /** false: refuse the whole file when any row has a problem; true: import only the good rows. */
      skipInvalid: z.boolean().default(false),
    }).refine(oneFile, ONE_FILE),
    output: z.object({ imported: z.number().int(), skippedLines: z.array(z.number().int()) }),
    summary: 'Import the CSV’s rows in one transaction: all of them or none',
  },
});
