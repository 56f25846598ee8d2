import { z } from 'zod';
import { CeActivitySchema } from '../schemas/ce';
import { SlugSchema } from '../schemas/certification';
import { RecordIdSchema } from '../schemas/ids';
import { TrainingEntrySchema } from '../schemas/records';
import { defineMethods } from './define';

const UnitsSchema = z.number({ error: 'Must be a number' }).finite('Must be a number').positive('Must be above zero').max(1000, 'At most 1000');

/** One record, two uses: a course that is both training (prerequisites) and a CE activity (renewal). */
export const linkedRecordMethods = defineMethods({
  'training:log-as-ce': {
    input: z.strictObject({
      trainingId: RecordIdSchema,
      /** The credential it is logged from; the sharing rules add the others it counts toward. */
      credentialId: RecordIdSchema,
      categoryId: SlugSchema,
      /** Defaults to the course's hours (one PDU an hour). */
      units: UnitsSchema.optional(),
    }),
    output: CeActivitySchema,
    summary: 'Log a training entry also as a CE activity, linked to it (date, title, provider, evidence copied)',
  },
  'ce:record-as-training': {
    input: z.strictObject({
      activityId: RecordIdSchema,
      /** The training rule it serves, e.g. "PM education". */
      topic: z.string().trim().min(1, 'Say which rule the course serves').max(80, 'At most 80 characters'),
      provider: z.string().trim().max(160, 'At most 160 characters').optional(),
      /** Defaults to the activity's units. */
      hours: z.number({ error: 'Must be a number' }).finite('Must be a number').min(0, 'Cannot be negative').max(10_000, 'At most 10000').optional(),
    }),
    output: TrainingEntrySchema,
    summary: 'Record a CE activity also as training, linked to it',
  },
  'training:sync-linked': {
    input: z.strictObject({ trainingId: RecordIdSchema }),
    output: CeActivitySchema,
    summary: 'Copy a training entry’s date, course, provider and hours onto its linked CE activity',
  },
  'ce:sync-linked': {
    input: z.strictObject({ activityId: RecordIdSchema }),
    output: TrainingEntrySchema,
    summary: 'Copy a CE activity’s date, title, provider and units onto its linked training entry',
  },
});
