import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, PRINCE2 7 Foundation. */
export const peoplecertPrince2Foundation: BuiltinEntry = {
  id: 'peoplecert-prince2-7-foundation',
  revision: 2,
  body: 'PeopleCert',
  name: 'PRINCE2 7 Foundation',
  acronym: 'PRINCE2 F',
  level: 'foundation',
  url: null,
  summary:
    'The entry level of PRINCE2 7th edition (September 2023): the principles, practices and processes of the method, in a closed-book multiple-choice exam open to anyone. Like every PeopleCert certification of its suite it lasts three years and is renewed with CPD points, a new exam or a retake.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    outlines: [
      {
        id: 'prince2-7',
        name: 'PRINCE2 7th edition exam',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 60,
        scoredQuestions: null,
        durationMinutes: 60,
        breaks: null,
        format: 'Multiple choice, closed book, no negative marking; 75 minutes with the extra time for a non-native language',
        domains: [],
      },
    ],
    delivery: null,
    passing: '36 of 60 (60%)',
    passMarkPercent: 60,
    performanceBands: [],
    fees: [
      { label: 'Exam (approximate)', amount: 295, currency: 'GBP' },
      { label: 'Exam (approximate)', amount: 395, currency: 'USD' },
    ],
    retakeFees: null,
    retakes: PEOPLECERT_RETAKES,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('hiraedu-prince2-f', 'https://hiraedu.com/exams/prince2-foundation', 'HiraEdu: PRINCE2 Foundation exam (quotes PeopleCert’s product page)'),
    source('openexamprep-prince2', 'https://open-exam-prep.com/study-guides/prince2/orientation-and-exam-strategy/current-exam-facts', 'Open Exam Prep: PRINCE2 current exam facts'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: fact('medium', ['openexamprep-prince2', 'olusholaoluyomi-prince2', 'ax-hub']),
    paths: fact('medium', ['openexamprep-prince2']),
    'outline:prince2-7': fact('medium', ['hiraedu-prince2-f', 'openexamprep-prince2'], 'Third parties quoting PeopleCert. Syllabus areas with weights: not found.'),
    'exam.passing': fact('medium', ['hiraedu-prince2-f', 'openexamprep-prince2']),
    'exam.fees': fact('low', ['olusholaoluyomi-prince2'], 'Approximate third-party figures; official fees were not found.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
  },
};
