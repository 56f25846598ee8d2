import { z } from 'zod';
import { RulesUpdatePreviewSchema, SetOwnOutlineInputSchema } from '../schemas/rulesUpdate';
import { TrackSchema, TrackSummarySchema } from '../schemas/track';
import { defineMethods } from './define';
import { IdInputSchema } from '../schemas/ids';
import { RemovedSchema } from '../schemas/undo';

export const trackMethods = defineMethods({
  'tracks:list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(TrackSummarySchema),
    summary: 'The person’s tracks, newest first',
  },
  'tracks:get': {
    input: IdInputSchema,
    output: TrackSchema,
    summary: 'One track with its rules snapshot and status history',
  },
  'tracks:create': {
    input: z.strictObject({ certificationId: z.string().min(1, 'Required') }),
    output: TrackSchema,
    summary: 'Start tracking a certification (status exploring), keeping a snapshot of its rules',
  },
  'tracks:set-archived': {
    input: z.strictObject({ id: z.string().min(1), archived: z.boolean() }),
    output: TrackSchema,
    summary: 'Archive or restore a track',
  },
  'tracks:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Remove a track and everything recorded under it',
  },
  'tracks:adopt-latest-rules': {
    input: IdInputSchema,
    output: TrackSchema,
    summary: 'Replace the track’s snapshot with the catalog’s current rules (recorded in its history)',
  },
  'tracks:preview-rules-update': {
    input: IdInputSchema,
    output: RulesUpdatePreviewSchema,
    summary: 'What newer catalog rules would change for a track, field by field, and which derived figures move',
  },
  'tracks:keep-current-rules': {
    input: IdInputSchema,
    output: RulesUpdatePreviewSchema,
    summary: 'Keep the rules a track follows and quiet the notice about the catalog’s newer revision',
  },
  'tracks:set-own-outline': {
    input: SetOwnOutlineInputSchema,
    output: TrackSchema,
    summary: 'Fill in the exam outline for a track where the catalog’s is unknown (stored with the track only)',
  },
  'tracks:clear-own-outline': {
    input: IdInputSchema,
    output: TrackSchema,
    summary: 'Remove the exam outline a person filled in; the catalog’s applies again',
  },
});
