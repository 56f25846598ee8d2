import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FACT,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertMsp5Foundation: BuiltinEntry = {
  id: 'peoplecert-msp5-foundation',
  revision: 1,
  body: 'PeopleCert',
  name: 'MSP 5th edition Foundation (Managing Successful Programmes)',
  acronym: 'MSP F',
  level: 'foundation',
  url: null,
  summary:
    'Entry level of Managing Successful Programmes, 5th edition, which came out on 26 October 2020 with a redesigned two-level scheme (Foundation and Practitioner). No prerequisites. The exam details rest on a single third-party page.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    questions: 60,
    scoredQuestions: null,
    durationMinutes: 60,
    format: 'Multiple choice, closed book',
    delivery: null,
    domains: [],
    passing: '60%',
    passMarkPercent: 60,
    performanceBands: [],
    fees: null,
    retakeFees: null,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('axelos-msp5', 'https://www.axelos.com/news/blogs/november-2020/why-you-should-take-the-fifth', 'AXELOS blog: why you should take the fifth (MSP 5th edition)', { official: true, pageDate: '2020-11-20' }),
    source('testpreptraining-msp', 'https://testpreptraining.com/tutorial/msp-foundation', 'Testprep Training: MSP Foundation'),
    source('compufix-msp', 'https://compufix-uk-ltd.com/product-page/msp-foundation-amp-amp-practitioner-course-with-official-e', 'Compufix UK: MSP Foundation and Practitioner course'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['axelos-msp5'], note: null },
    paths: { confidence: 'medium', sourceIds: ['compufix-msp'], note: null },
    'exam.size': { confidence: 'low', sourceIds: ['testpreptraining-msp'], note: 'A single third-party page.' },
    'exam.format': { confidence: 'low', sourceIds: ['testpreptraining-msp'], note: 'A single third-party page. Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'low', sourceIds: ['testpreptraining-msp'], note: 'A single third-party page.' },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: PEOPLECERT_MAINTENANCE_FACT,
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
