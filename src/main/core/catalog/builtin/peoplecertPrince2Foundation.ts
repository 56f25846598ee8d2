import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FACT,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertPrince2Foundation: BuiltinEntry = {
  id: 'peoplecert-prince2-7-foundation',
  revision: 1,
  body: 'PeopleCert',
  name: 'PRINCE2 7 Foundation',
  acronym: 'PRINCE2 F',
  level: 'foundation',
  url: null,
  summary:
    'The entry level of PRINCE2 7th edition (2023), open to anyone. It tests knowledge of the method’s seven principles, practices and processes, plus the people and sustainability themes added in this edition, in a one-hour closed-book exam.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    questions: 60,
    scoredQuestions: null,
    durationMinutes: 60,
    format: 'Multiple choice, closed book, no negative marking; 75 minutes for candidates with the non-native-English allowance',
    delivery: null,
    domains: [],
    passing: '36 of 60 marks (60%)',
    passMarkPercent: 60,
    performanceBands: [],
    fees: null,
    retakeFees: null,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('openexamprep-prince2-facts', 'https://open-exam-prep.com/study-guides/prince2/orientation-and-exam-strategy/current-exam-facts', 'Open Exam Prep: PRINCE2 current exam facts'),
    source('openexamprep-prince2-timing', 'https://open-exam-prep.com/study-guides/prince2/final-review-and-test-day/timed-practice-strategy', 'Open Exam Prep: PRINCE2 timed practice strategy'),
    source('knowledgetree-prince2', 'https://www.knowledgetreetraining.com/blog/prince2-exam-format', 'Knowledge Tree Training: PRINCE2 exam format'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['openexamprep-prince2-facts'], note: null },
    paths: { confidence: 'medium', sourceIds: ['openexamprep-prince2-facts'], note: null },
    'exam.size': { confidence: 'high', sourceIds: ['openexamprep-prince2-facts', 'openexamprep-prince2-timing', 'knowledgetree-prince2'], note: null },
    'exam.format': { confidence: 'high', sourceIds: ['openexamprep-prince2-facts', 'knowledgetree-prince2'], note: 'Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'No domain weights in the research; the syllabus spans 7 principles, 7 practices, 7 processes, people and sustainability.' },
    'exam.passing': { confidence: 'medium', sourceIds: ['openexamprep-prince2-facts', 'openexamprep-prince2-timing'], note: 'The 6th edition’s pass mark was lower (33 of 60, 55%).' },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: PEOPLECERT_MAINTENANCE_FACT,
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
