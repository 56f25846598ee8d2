import { z } from 'zod';
import {
  AreaOptionSchema,
  ExperienceAddSchema,
  ExperienceEntrySchema,
  ExperienceUpdateSchema,
  ProfileSchema,
  ProfileUpdateSchema,
  TopicOptionSchema,
  TrainingAddSchema,
  TrainingEntrySchema,
  TrainingUpdateSchema,
} from '../schemas/records';
import { TimelineSchema } from '../schemas/eligibility';
import { defineMethods } from './define';
import { IdInputSchema } from '../schemas/ids';
import { RemovedSchema } from '../schemas/undo';

/** The person's own records, shared by every track: profile, experience, training. */
export const recordMethods = defineMethods({
  'profile:get': {
    input: z.strictObject({}),
    output: ProfileSchema,
    summary: 'The person’s education profile',
  },
  'profile:update': {
    input: ProfileUpdateSchema,
    output: ProfileSchema,
    summary: 'Set the highest education level and whether the degree is GAC-accredited',
  },
  'experience:list': {
    input: z.strictObject({}),
    output: z.object({ entries: z.array(ExperienceEntrySchema), areaOptions: z.array(AreaOptionSchema) }),
    summary: 'Experience entries, newest first, with the areas the open tracks read',
  },
  'experience:add': {
    input: ExperienceAddSchema,
    output: ExperienceEntrySchema,
    summary: 'Log an experience entry (months, ongoing or closed, with the areas it counts as)',
  },
  'experience:update': {
    input: ExperienceUpdateSchema,
    output: ExperienceEntrySchema,
    summary: 'Replace an experience entry',
  },
  'experience:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Delete an experience entry',
  },
  'experience:get-timeline': {
    input: z.strictObject({
      trackId: z.string().min(1).max(120).nullable().default(null),
      requirementId: z.string().min(1).max(80).nullable().default(null),
    }),
    output: TimelineSchema,
    summary: 'Entries across months with overlaps, and the months that count for one track’s window',
  },
  'training:list': {
    input: z.strictObject({}),
    output: z.object({ entries: z.array(TrainingEntrySchema), topicOptions: z.array(TopicOptionSchema) }),
    summary: 'Training entries, newest first, with the topics the open tracks read',
  },
  'training:add': {
    input: TrainingAddSchema,
    output: TrainingEntrySchema,
    summary: 'Log a course with its hours, completion date, topic and optional evidence file',
  },
  'training:update': {
    input: TrainingUpdateSchema,
    output: TrainingEntrySchema,
    summary: 'Replace a training entry',
  },
  'training:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Delete a training entry (its evidence file stays in the store)',
  },
});
