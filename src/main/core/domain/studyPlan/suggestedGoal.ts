import type { CertLevel, ExamOutline } from '../../../../shared/schemas/certification';

/**
 * A starting point for the study goal, labelled as a suggestion: hours typical for the exam's
 * level (a PMP-like professional exam about 120 h, a foundation exam about 30 h), scaled by the
 * size of the exam outline in force on the exam date against a typical exam of that level (between
 * 0.75× and 1.25×), to the nearest 10 h (5 h below 50 h). The person changes it to what they need.
 */
const TYPICAL: Record<CertLevel, { hours: number; questions: number }> = {
  foundation: { hours: 30, questions: 60 },
  associate: { hours: 50, questions: 150 },
  intermediate: { hours: 60, questions: 80 },
  practitioner: { hours: 60, questions: 70 },
  professional: { hours: 120, questions: 180 },
  specialist: { hours: 80, questions: 120 },
  advanced: { hours: 100, questions: 170 },
  expert: { hours: 150, questions: 170 },
};

export function suggestGoal(level: CertLevel, exam: Pick<ExamOutline, 'questions'>): { minutes: number; explanation: string } {
  const typical = TYPICAL[level];
  const factor = exam.questions !== null ? Math.min(1.25, Math.max(0.75, exam.questions / typical.questions)) : 1;
  const raw = typical.hours * factor;
  const step = raw < 50 ? 5 : 10;
  const hours = Math.max(5, Math.round(raw / step) * step);
  const size = exam.questions !== null ? ` and its size (${exam.questions} questions against about ${typical.questions} for that level)` : '';
  return {
    minutes: hours * 60,
    explanation: `Suggested, based on the exam’s level (${level}: about ${typical.hours} h)${size}. Change it to what you need.`,
  };
}
