import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FACT,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertMsp5Practitioner: BuiltinEntry = {
  id: 'peoplecert-msp5-practitioner',
  revision: 1,
  body: 'PeopleCert',
  name: 'MSP 5th edition Practitioner',
  acronym: 'MSP P',
  level: 'practitioner',
  url: null,
  summary:
    'Second level of Managing Successful Programmes, 5th edition, open once you hold the 5th-edition Foundation. The format of the 5th-edition Practitioner exam was not found, so the exam section is left unknown.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After MSP Foundation',
      requirements: [
        { kind: 'credential', id: 'msp5-foundation', anyOf: ['peoplecert-msp5-foundation'], label: 'MSP 5th edition Foundation certificate held' },
      ],
    },
  ],
  exam: {
    questions: null,
    scoredQuestions: null,
    durationMinutes: null,
    format: null,
    delivery: null,
    domains: [],
    passing: null,
    passMarkPercent: null,
    performanceBands: [],
    fees: null,
    retakeFees: null,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('axelos-msp5', 'https://www.axelos.com/news/blogs/november-2020/why-you-should-take-the-fifth', 'AXELOS blog: why you should take the fifth (MSP 5th edition)', { official: true, pageDate: '2020-11-20' }),
    source('compufix-msp', 'https://compufix-uk-ltd.com/product-page/msp-foundation-amp-amp-practitioner-course-with-official-e', 'Compufix UK: MSP Foundation and Practitioner course'),
    source('ilx-msp4', 'https://www.ilxgroup.com/eur/training/msp/qualifications-and-training', 'ILX Group: MSP qualifications (4th edition)'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['axelos-msp5'], note: null },
    paths: { confidence: 'medium', sourceIds: ['compufix-msp'], note: null },
    'exam.size': { confidence: 'low', sourceIds: ['ilx-msp4'], note: 'Not found for the 5th edition. The 4th-edition exam had 8 questions worth 80 marks in 150 minutes, open book, pass 50%; not used here.' },
    'exam.format': { confidence: 'low', sourceIds: [], note: 'Not found in the research for the 5th edition.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'low', sourceIds: [], note: 'Not found in the research for the 5th edition.' },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: PEOPLECERT_MAINTENANCE_FACT,
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
