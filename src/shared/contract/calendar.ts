import { z } from 'zod';
import { ExportedFileSchema } from './renewal';
import { defineMethods } from './define';
import { RecordIdSchema } from '../schemas/ids';

export const calendarMethods = defineMethods({
  'calendar:export': {
    input: z.strictObject({
      /** One track's dates (with its credential's), or every date Certplan knows when null. */
      trackId: RecordIdSchema.nullable().default(null),
    }),
    output: ExportedFileSchema.extend({ eventCount: z.number().int() }),
    summary: 'An .ics calendar of exam dates, planned study sessions and every deadline',
  },
});
