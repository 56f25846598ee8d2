import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertP3oFoundation: BuiltinEntry = {
  id: 'peoplecert-p3o-foundation',
  revision: 1,
  body: 'PeopleCert',
  name: 'P3O Foundation (Portfolio, Programme and Project Offices)',
  acronym: 'P3O F',
  level: 'foundation',
  url: null,
  summary:
    'The PeopleCert qualification closest to PMO work, entry level and open to anyone. It covers P3O office models (centralised, hub-and-spoke, federated, virtual and others), their functions, services and roles, the identify–define–deliver–close lifecycle, and supporting tools and techniques. Exam data are for the 2013 edition.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    questions: 75,
    scoredQuestions: 70,
    durationMinutes: 60,
    format: 'Multiple choice, closed book; 5 of the 75 questions are unscored trial items',
    delivery: null,
    domains: [],
    passing: '35 of 70 scored questions (50%)',
    passMarkPercent: 50,
    performanceBands: [],
    fees: [{ label: 'Exam', amount: 245, currency: 'GBP' }],
    retakeFees: null,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('p3o-officialsite', 'http://www.p3o-officialsite.com/Qualifications', 'P3O official site: qualifications (AXELOS scheme page, 2013 edition)'),
    source('testpreptraining-p3o', 'https://www.testpreptraining.com/tutorial/p3o-foundation/', 'Testprep Training: P3O Foundation'),
    source('pmolearning-p3o', 'https://www.pmolearning.co.uk/pmolearning-blog/pmo/what-is-the-difference-between-p3o-foundation-and-practitioner/', 'PMO Learning: P3O Foundation versus Practitioner'),
    source('mastery-p3o', 'https://masteryexamprep-com.pages.dev/exams/peoplecert/p3o-foundation/quick-review/', 'Mastery Exam Prep: P3O Foundation quick review'),
    source('openexamprep-p3o', 'https://open-exam-prep.com/practice/p3o-foundation', 'Open Exam Prep: P3O Foundation practice (claims lifetime validity)'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['mastery-p3o', 'pmolearning-p3o'], note: null },
    paths: { confidence: 'medium', sourceIds: ['pmolearning-p3o'], note: null },
    'exam.size': { confidence: 'high', sourceIds: ['p3o-officialsite', 'testpreptraining-p3o'], note: '2013 edition; may differ today.' },
    'exam.format': { confidence: 'high', sourceIds: ['p3o-officialsite', 'testpreptraining-p3o'], note: '2013 edition. Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'high', sourceIds: ['p3o-officialsite', 'testpreptraining-p3o'], note: '2013 edition.' },
    'exam.fees': { confidence: 'low', sourceIds: ['testpreptraining-p3o'], note: 'One third-party page.' },
    maintenance: {
      confidence: 'low',
      sourceIds: ['spoce-2023', 'sapience-cpd', 'openexamprep-p3o'],
      note: 'Sources conflict: a prep site calls P3O Foundation lifetime, while a 2023 provider notice applies the three-year rule at Foundation or Practitioner level, whichever is higher. The three-year rule is shown.',
    },
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
