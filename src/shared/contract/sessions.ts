import { z } from 'zod';
import {
  RunningTimerSchema,
  SessionAddInputSchema,
  SessionListSchema,
  SessionUpdateInputSchema,
  StudySessionSchema,
  TimerStartInputSchema,
} from '../schemas/studySession';
import { defineMethods } from './define';
import { IdInputSchema, RecordIdSchema } from '../schemas/ids';
import { RemovedSchema } from '../schemas/undo';
import { PageInputFields } from '../schemas/pages';

const TrackInput = z.strictObject({ trackId: RecordIdSchema });

export const sessionMethods = defineMethods({
  'sessions:list': {
    input: z.strictObject({ trackId: RecordIdSchema, ...PageInputFields }),
    output: SessionListSchema,
    summary: 'Study sessions of a track, newest first, and the running timer if any; with `limit`/`before`, one page and where the next starts',
  },
  'sessions:add': {
    input: SessionAddInputSchema,
    output: StudySessionSchema,
    summary: 'Enter a study session by hand',
  },
  'sessions:update': {
    input: SessionUpdateInputSchema,
    output: StudySessionSchema,
    summary: 'Change a study session’s date, minutes, domain, plan item or notes',
  },
  'sessions:remove': {
    input: IdInputSchema,
    output: RemovedSchema,
    summary: 'Delete a study session',
  },
  'sessions:start-timer': {
    input: TimerStartInputSchema,
    output: RunningTimerSchema,
    summary: 'Start the study timer (stored, so it survives closing the app)',
  },
  'sessions:stop-timer': {
    input: TrackInput,
    output: StudySessionSchema,
    summary: 'Stop the running timer and record the session it measured',
  },
  'sessions:discard-timer': {
    input: TrackInput,
    output: z.object({ trackId: z.string() }),
    summary: 'Throw away the running timer without recording a session',
  },
});
