import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, MSP 5th edition Practitioner: only 4th-edition exam data exist, so the exam is Unknown. */
export const peoplecertMsp5Practitioner: BuiltinEntry = {
  id: 'peoplecert-msp5-practitioner',
  revision: 2,
  body: 'PeopleCert',
  name: 'MSP 5th edition Practitioner (Managing Successful Programmes)',
  acronym: 'MSP P',
  level: 'practitioner',
  url: null,
  summary:
    'The second level of Managing Successful Programmes, 5th edition: applying the method to a programme scenario. It requires MSP 5 Foundation. The 5th-edition exam format was not found, so the exam shows as Unknown.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After MSP 5 Foundation',
      requirements: [{ kind: 'credential', id: 'msp5-foundation', anyOf: ['peoplecert-msp5-foundation'], label: 'MSP 5th edition Foundation held' }],
    },
  ],
  exam: { outlines: [], delivery: null, passing: null, passMarkPercent: null, performanceBands: [], fees: null, retakeFees: null, retakes: PEOPLECERT_RETAKES },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('ax-msp5', 'https://www.axelos.com/news/blogs/november-2020/why-you-should-take-the-fifth', 'AXELOS: why you should take the fifth (MSP 5th edition launch)', { kind: 'official', pageDate: '2020-11-20' }),
    source('compufix-msp', 'https://compufix-uk-ltd.com/product-page/msp-foundation-amp-amp-practitioner-course-with-official-e', 'Compufix: MSP Foundation and Practitioner course'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: fact('medium', ['ax-msp5', 'compufix-msp']),
    paths: fact('medium', ['compufix-msp']),
    'exam.outlines': fact('low', [], 'The 5th-edition exam format was not found; only 4th-edition data exist. Fill in the outline on your track if you know it.'),
    'exam.passing': fact('low', [], 'Not found.'),
    'exam.fees': fact('low', [], 'Not found.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
  },
};
