import { z } from 'zod';
import { CeActivityInputSchema, CeActivitySchema, SharingOptionSchema } from '../schemas/ce';
import { SlugSchema } from '../schemas/certification';
import { IsoDateSchema } from '../schemas/dates';
import { defineMethods } from './define';
import { IdInputSchema, RecordIdSchema } from '../schemas/ids';
import { RemovedSchema } from '../schemas/undo';

export const ceMethods = defineMethods({
  'ce:log': {
    input: CeActivityInputSchema,
    output: CeActivitySchema,
    summary: 'Log a continuing-education activity with its evidence and the credentials it counts toward',
  },
  'ce:update': {
    input: z.strictObject({ id: RecordIdSchema, activity: CeActivityInputSchema }),
    output: CeActivitySchema,
    summary: 'Replace an activity’s details, evidence and credentials',
  },
  'ce:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Delete an activity (its evidence files stay in the store)',
  },
  'ce:preview-sharing': {
    input: z.strictObject({
      /** The credential the person is logging from; chosen unless it cannot take the activity. */
      credentialId: RecordIdSchema,
      categoryId: SlugSchema,
      date: IsoDateSchema,
    }),
    output: z.array(SharingOptionSchema),
    summary: 'Which held credentials an activity could count toward, and the defaults the sharing rules give',
  },
});
