import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FACT,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertMopPractitioner: BuiltinEntry = {
  id: 'peoplecert-mop-practitioner',
  revision: 1,
  body: 'PeopleCert',
  name: 'MoP Practitioner (Management of Portfolios)',
  acronym: 'MoP P',
  level: 'practitioner',
  url: null,
  summary:
    'Second level of Management of Portfolios, open once you hold MoP Foundation. The exam is objective testing on four questions, open book with only the MoP guide allowed; sources disagree on whether it lasts 2.5 or 3 hours.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After MoP Foundation',
      requirements: [
        { kind: 'credential', id: 'mop-foundation', anyOf: ['peoplecert-mop-foundation'], label: 'MoP Foundation passed' },
      ],
    },
  ],
  exam: {
    questions: 4,
    scoredQuestions: null,
    // 150 minutes per one provider, 180 per another; the research records 150.
    durationMinutes: 150,
    format: 'Objective testing: 4 questions worth 20 marks each (80 marks); open book (MoP guide only)',
    delivery: null,
    domains: [],
    passing: '40 of 80 marks (50%)',
    passMarkPercent: 50,
    performanceBands: [],
    fees: null,
    retakeFees: null,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('alctraining-mop', 'https://alctraining.com.au/mop-management-of-portfolios-practitioner-exams-and-stuff/', 'ALC Training: MoP Practitioner exams (2.5 hours)'),
    source('oak3-mop', 'http://oak3.be/course/mop-combi-foundation-en-practitioner', 'Oak3: MoP Foundation and Practitioner course (3 hours)'),
    source('hrv-mop', 'https://www.hrv-swiss.consulting/01-peoplecertaxelos-mop/', 'HRV Swiss Consulting: PeopleCert/AXELOS MoP'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['alctraining-mop', 'oak3-mop'], note: null },
    paths: { confidence: 'medium', sourceIds: ['hrv-mop', 'oak3-mop'], note: null },
    'exam.size': { confidence: 'low', sourceIds: ['alctraining-mop', 'oak3-mop'], note: 'Duration conflicts: 2.5 hours (150 min) on one provider’s page, 3 hours on another; 150 minutes is shown, as in the research summary.' },
    'exam.format': { confidence: 'medium', sourceIds: ['alctraining-mop', 'oak3-mop'], note: 'Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'medium', sourceIds: ['alctraining-mop', 'oak3-mop'], note: null },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: PEOPLECERT_MAINTENANCE_FACT,
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
