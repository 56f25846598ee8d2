import type { ExamService } from '../services/examService';
import type { AreaHandlers } from './handlers';

export function examHandlers(exam: ExamService): AreaHandlers<'exam:get' | 'exam:book' | 'exam:record-attempt'> {
  return {
    'exam:get': ({ trackId }) => exam.view(trackId),
    'exam:book': (input) => exam.book(input),
    'exam:record-attempt': (input) => exam.recordAttempt(input),
  };
}
