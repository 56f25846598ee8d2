import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FACT,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertMopFoundation: BuiltinEntry = {
  id: 'peoplecert-mop-foundation',
  revision: 1,
  body: 'PeopleCert',
  name: 'MoP Foundation (Management of Portfolios)',
  acronym: 'MoP F',
  level: 'foundation',
  url: null,
  summary:
    'Entry level of Management of Portfolios, open to anyone, with a short closed-book multiple-choice exam. One prep site lists it alongside a “PRINCE2 Portfolio Management Foundation” name; that possible rebrand is unconfirmed.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    questions: 50,
    scoredQuestions: null,
    durationMinutes: 40,
    format: 'Multiple choice, closed book',
    delivery: null,
    domains: [],
    passing: '25 of 50 marks (50%)',
    passMarkPercent: 50,
    performanceBands: [],
    fees: null,
    retakeFees: null,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('hrv-mop', 'https://www.hrv-swiss.consulting/01-peoplecertaxelos-mop/', 'HRV Swiss Consulting: PeopleCert/AXELOS MoP'),
    source('oak3-mop', 'http://oak3.be/course/mop-combi-foundation-en-practitioner', 'Oak3: MoP Foundation and Practitioner course'),
    source('mastery-mop', 'https://masteryexamprep-com.pages.dev/exams/peoplecert/mop-foundation/', 'Mastery Exam Prep: MoP Foundation'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['hrv-mop', 'oak3-mop', 'mastery-mop'], note: 'The possible rebrand as PRINCE2 Portfolio Management is low confidence (one prep site).' },
    paths: { confidence: 'medium', sourceIds: ['hrv-mop', 'oak3-mop'], note: null },
    'exam.size': { confidence: 'medium', sourceIds: ['hrv-mop', 'oak3-mop'], note: null },
    'exam.format': { confidence: 'medium', sourceIds: ['hrv-mop', 'oak3-mop'], note: 'Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'medium', sourceIds: ['hrv-mop', 'oak3-mop'], note: null },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: PEOPLECERT_MAINTENANCE_FACT,
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
