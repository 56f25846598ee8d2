import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, MSP 5th edition Foundation. */
export const peoplecertMsp5Foundation: BuiltinEntry = {
  id: 'peoplecert-msp5-foundation',
  revision: 2,
  body: 'PeopleCert',
  name: 'MSP 5th edition Foundation (Managing Successful Programmes)',
  acronym: 'MSP F',
  level: 'foundation',
  url: null,
  summary:
    'The entry level of Managing Successful Programmes, 5th edition (launched 26 October 2020): programme principles, themes and processes, open to anyone. Part of the same suite as PRINCE2 and renewed the same way.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    outlines: [
      { id: 'msp-5', name: 'MSP 5th edition exam', effectiveFrom: null, effectiveUntil: null, questions: 60, scoredQuestions: null, durationMinutes: 60, breaks: null, format: 'Multiple choice', domains: [] },
    ],
    delivery: null,
    passing: '60%',
    passMarkPercent: 60,
    performanceBands: [],
    fees: null,
    retakeFees: null,
    retakes: PEOPLECERT_RETAKES,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('ax-msp5', 'https://www.axelos.com/news/blogs/november-2020/why-you-should-take-the-fifth', 'AXELOS: why you should take the fifth (MSP 5th edition launch)', { kind: 'official', pageDate: '2020-11-20' }),
    source('compufix-msp', 'https://compufix-uk-ltd.com/product-page/msp-foundation-amp-amp-practitioner-course-with-official-e', 'Compufix: MSP Foundation and Practitioner course'),
    source('testpreptraining-msp', 'https://testpreptraining.com/tutorial/msp-foundation', 'Testprep Training: MSP Foundation'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: fact('high', ['ax-msp5']),
    paths: fact('medium', ['compufix-msp']),
    'outline:msp-5': fact('low', ['testpreptraining-msp'], 'A single third-party source. Syllabus weights: not found.'),
    'exam.passing': fact('low', ['testpreptraining-msp'], 'A single third-party source.'),
    'exam.fees': fact('low', [], 'Not found.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
  },
};
