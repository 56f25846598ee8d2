import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, MoP Foundation. */
export const peoplecertMopFoundation: BuiltinEntry = {
  id: 'peoplecert-mop-foundation',
  revision: 2,
  body: 'PeopleCert',
  name: 'MoP Foundation (Management of Portfolios)',
  acronym: 'MoP F',
  level: 'foundation',
  url: null,
  summary:
    'The entry level of Management of Portfolios: portfolio principles, practices and the definition and delivery cycles, in a short closed-book exam open to anyone. A prep site lists it as “PRINCE2 Portfolio Management Foundation”, a possible rebrand that is unconfirmed.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    outlines: [
      { id: 'current', name: 'current exam', effectiveFrom: null, effectiveUntil: null, questions: 50, scoredQuestions: null, durationMinutes: 40, breaks: null, format: 'Multiple choice, closed book', domains: [] },
    ],
    delivery: null,
    passing: '50%',
    passMarkPercent: 50,
    performanceBands: [],
    fees: null,
    retakeFees: null,
    retakes: PEOPLECERT_RETAKES,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('hrv-mop', 'https://www.hrv-swiss.consulting/01-peoplecertaxelos-mop/', 'HRV Swiss Consulting: PeopleCert/AXELOS MoP'),
    source('mastery-mop', 'https://masteryexamprep-com.pages.dev/exams/peoplecert/mop-foundation/', 'Mastery Exam Prep: MoP Foundation (possible rebrand)'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: fact('medium', ['hrv-mop'], null, 'A prep site calls it “MoP Foundation / PRINCE2 Portfolio Management Foundation” (mastery-mop); the rebrand is unconfirmed.'),
    paths: fact('medium', ['hrv-mop']),
    'outline:current': fact('medium', ['hrv-mop'], 'A third party. Syllabus weights: not found.'),
    'exam.passing': fact('medium', ['hrv-mop']),
    'exam.fees': fact('low', [], 'Not found.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
  },
};
