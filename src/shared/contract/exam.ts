import { z } from 'zod';
import { AttemptInputSchema, AttemptRecordedSchema, ExamBookInputSchema, ExamViewSchema } from '../schemas/exam';
import { defineMethods } from './define';
import { RecordIdSchema } from '../schemas/ids';

export const examMethods = defineMethods({
  'exam:get': {
    input: z.strictObject({ trackId: RecordIdSchema }),
    output: ExamViewSchema,
    summary: 'The exam date, attempts so far and whether a result can be recorded',
  },
  'exam:book': {
    input: ExamBookInputSchema,
    output: ExamViewSchema,
    summary: 'Set the exam date (target or booked); booking moves the track to scheduled',
  },
  'exam:record-attempt': {
    input: AttemptInputSchema,
    output: AttemptRecordedSchema,
    summary: 'Record an exam attempt; a pass moves the track to passed and records the credential',
  },
});
