import { z } from 'zod';
import { ExportedFileSchema } from './renewal';
import { defineMethods } from './define';
import { RecordIdSchema } from '../schemas/ids';

export const calendarMethods = defineMethods({
  'calendar:export': {
    input: z
      .strictObject({
        /** One track's dates (with its credential's)… */
        trackId: RecordIdSchema.nullable().default(null),
        /** …or one credential's; every date Certplan knows when both are null. */
        credentialId: RecordIdSchema.nullable().default(null),
      })
      .refine((input) => input.trackId === null || input.credentialId === null, {
        path: ['credentialId'],
        message: 'Choose a track or a credential, not both',
      }),
    output: ExportedFileSchema.extend({ eventCount: z.number().int() }),
    summary: 'An .ics calendar of exam dates, planned study sessions and every deadline, with alarms',
  },
  'calendar:get-feed': {
    input: z.strictObject({}),
    output: z.object({
      enabled: z.boolean(),
      /** The file a calendar app can subscribe to, kept up to date while enabled. */
      path: z.string(),
      url: z.string(),
      updatedAt: z.string().nullable(),
      eventCount: z.number().int(),
    }),
    summary: 'Where the subscribed calendar file is and when it was last written',
  },
});
