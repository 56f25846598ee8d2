import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertP3oPractitioner: BuiltinEntry = {
  id: 'peoplecert-p3o-practitioner',
  revision: 1,
  body: 'PeopleCert',
  name: 'P3O Practitioner',
  acronym: 'P3O P',
  level: 'practitioner',
  url: null,
  summary:
    'The second P3O level, open once you hold P3O Foundation. Its exam is objective testing on four questions, open book with only the P3O guide allowed. Exam data are for the 2013 edition.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After P3O Foundation',
      requirements: [
        { kind: 'credential', id: 'p3o-foundation', anyOf: ['peoplecert-p3o-foundation'], label: 'P3O Foundation passed' },
      ],
    },
  ],
  exam: {
    questions: 4,
    scoredQuestions: null,
    durationMinutes: 150,
    format: 'Objective testing: 4 questions worth 20 marks each (80 marks); open book (P3O guide only)',
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
    source('p3o-officialsite', 'http://www.p3o-officialsite.com/Qualifications', 'P3O official site: qualifications (AXELOS scheme page, 2013 edition)'),
    source('pmolearning-p3o', 'https://www.pmolearning.co.uk/pmolearning-blog/pmo/what-is-the-difference-between-p3o-foundation-and-practitioner/', 'PMO Learning: P3O Foundation versus Practitioner'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['p3o-officialsite', 'pmolearning-p3o'], note: null },
    paths: { confidence: 'high', sourceIds: ['p3o-officialsite', 'pmolearning-p3o'], note: null },
    'exam.size': { confidence: 'high', sourceIds: ['p3o-officialsite'], note: '2013 edition; may differ today.' },
    'exam.format': { confidence: 'high', sourceIds: ['p3o-officialsite'], note: '2013 edition. Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'high', sourceIds: ['p3o-officialsite'], note: '2013 edition.' },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: { confidence: 'medium', sourceIds: ['spoce-2023', 'sapience-cpd', 'axelos-maintaining'], note: 'The research rates the three-year rule as medium for P3O. CPD categories were not named, so all points go into one category.' },
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
