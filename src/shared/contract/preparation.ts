import { z } from 'zod';
import { BreakInputSchema, MoveItemInputSchema, PrepSetupInputSchema, PreparationViewSchema } from '../schemas/preparation';
import { ProgressSchema, ReadinessSchema } from '../schemas/readiness';
import { defineMethods } from './define';
import { RecordIdSchema } from '../schemas/ids';

const TrackInput = z.strictObject({ trackId: RecordIdSchema });

export const preparationMethods = defineMethods({
  'prep:get': {
    input: TrackInput,
    output: PreparationViewSchema,
    summary: 'The track’s preparation settings and its plan as of today (re-planned when the day has changed)',
  },
  'prep:setup': {
    input: PrepSetupInputSchema,
    output: PreparationViewSchema,
    summary: 'Set up or change preparation (exam date, goal, availability, ratings) and re-plan from today',
  },
  'prep:add-break': {
    input: BreakInputSchema,
    output: PreparationViewSchema,
    summary: 'Add a blackout day or a pause (e.g. a holiday week) and re-plan around it',
  },
  'prep:remove-break': {
    input: TrackInput.extend({ breakId: RecordIdSchema }),
    output: PreparationViewSchema,
    summary: 'Remove a blackout day or pause and re-plan',
  },
  'prep:replan': {
    input: TrackInput,
    output: PreparationViewSchema,
    summary: 'Recompute the plan from today; the past is kept as it was',
  },
  'prep:move-item': {
    input: MoveItemInputSchema,
    output: PreparationViewSchema,
    summary: 'Move a planned session to another day before the exam; the plan keeps it there and re-plans the rest',
  },
  'holidays:list-countries': {
    input: z.strictObject({}),
    output: z.array(z.object({ code: z.string(), name: z.string() })),
    summary: 'The countries whose public holidays a study plan can skip',
  },
  'prep:get-progress': {
    input: TrackInput,
    output: ProgressSchema,
    summary: 'Hours planned and done per week, time per domain against its weight, practice score trend',
  },
  'readiness:get': {
    input: TrackInput,
    output: ReadinessSchema,
    summary: 'A domain-weighted readiness estimate from recent practice results, with its uncertainty',
  },
});
