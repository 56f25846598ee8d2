import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, MoP Practitioner: the duration conflicts between sources. */
export const peoplecertMopPractitioner: BuiltinEntry = {
  id: 'peoplecert-mop-practitioner',
  revision: 2,
  body: 'PeopleCert',
  name: 'MoP Practitioner (Management of Portfolios)',
  acronym: 'MoP P',
  level: 'practitioner',
  url: null,
  summary:
    'The second level of Management of Portfolios: applying the guidance to an organisation’s portfolio in a scenario-based, open-book exam. It requires MoP Foundation. Sources disagree on the exam’s length.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After MoP Foundation',
      requirements: [{ kind: 'credential', id: 'mop-foundation', anyOf: ['peoplecert-mop-foundation'], label: 'MoP Foundation held' }],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'current',
        name: 'current exam',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 4,
        scoredQuestions: null,
        // Sources say 150 or 180 minutes; the longer is used so a planned mock exam is never too short.
        durationMinutes: 180,
        breaks: null,
        format: 'Four questions of 20 marks each (80 marks); open book',
        domains: [],
      },
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
    source('oak3-mop', 'http://oak3.be/course/mop-combi-foundation-en-practitioner', 'Oak3: MoP Foundation and Practitioner course'),
    source('alc-mop', 'https://alctraining.com.au/mop-management-of-portfolios-practitioner-exams-and-stuff/', 'ALC Training: MoP Practitioner exams'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: fact('medium', ['hrv-mop', 'alc-mop']),
    paths: fact('medium', ['hrv-mop', 'oak3-mop']),
    'outline:current': fact('low', ['alc-mop', 'oak3-mop'], 'Third parties only; Certplan plans mock exams with the longer figure.', 'Duration: 150 minutes (alc-mop) or 180 minutes (oak3-mop).'),
    'exam.passing': fact('medium', ['alc-mop']),
    'exam.fees': fact('low', [], 'Not found.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
  },
};
