import { z } from 'zod';
import { SlugSchema } from '../schemas/certification';
import { ApplicationRecordSchema, ApplicationSchema, ExportedFileSchema, PACK_FORMATS } from '../schemas/application';
import { CheckStateSchema, EligibilitySchema } from '../schemas/eligibility';
import { defineMethods } from './define';
import { RecordIdSchema } from '../schemas/ids';

const TrackIdInput = z.strictObject({ trackId: RecordIdSchema });

/** Per track: where the person stands, the tickable checks, the application and its pack. */
export const prerequisiteMethods = defineMethods({
  'eligibility:get': {
    input: TrackIdInput,
    output: EligibilitySchema,
    summary: 'Walkthrough and result for a track: every path with have vs need, best path, projected date',
  },
  'checks:set': {
    input: z.strictObject({ trackId: RecordIdSchema, requirementId: SlugSchema, checked: z.boolean() }),
    output: CheckStateSchema,
    summary: 'Tick or untick a check requirement (membership, employer letter) for a track',
  },
  'applications:get': {
    input: TrackIdInput,
    output: ApplicationSchema,
    summary: 'A track’s application: status history, audit due date, eligibility period and attempts',
  },
  'applications:record': {
    input: ApplicationRecordSchema,
    output: ApplicationSchema,
    summary: 'Record an application step (drafting, submitted, under review, in audit, approved, rejected) with its date',
  },
  'applications:remove-event': {
    input: z.strictObject({ trackId: RecordIdSchema, eventId: z.number().int().min(1) }),
    output: ApplicationSchema,
    summary: 'Remove a step recorded by mistake',
  },
  'applications:export-pack': {
    input: z.strictObject({ trackId: RecordIdSchema, format: z.enum(PACK_FORMATS) }),
    output: ExportedFileSchema,
    summary: 'The application pack for a track: education, counted experience and training (HTML, CSV or PDF)',
  },
});
