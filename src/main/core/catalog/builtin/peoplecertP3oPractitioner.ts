import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, P3O Practitioner (2013 scheme). */
export const peoplecertP3oPractitioner: BuiltinEntry = {
  id: 'peoplecert-p3o-practitioner',
  revision: 2,
  body: 'PeopleCert',
  name: 'P3O Practitioner (Portfolio, Programme and Project Offices)',
  acronym: 'P3O P',
  level: 'practitioner',
  url: null,
  summary:
    'The second P3O level: designing, setting up and running portfolio, programme and project offices in a scenario-based, open-book exam (the P3O guide only). It requires P3O Foundation; the exam figures are from the 2013 scheme.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After P3O Foundation',
      requirements: [{ kind: 'credential', id: 'p3o-foundation', anyOf: ['peoplecert-p3o-foundation'], label: 'P3O Foundation held' }],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'scheme-2013',
        name: '2013 exam scheme',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 4,
        scoredQuestions: null,
        durationMinutes: 150,
        breaks: null,
        format: 'Four scenario questions of 20 marks each (80 marks); open book, the P3O guide only',
        domains: [],
      },
    ],
    delivery: null,
    passing: '40 of 80 marks (50%)',
    passMarkPercent: 50,
    performanceBands: [],
    fees: null,
    retakeFees: null,
    retakes: PEOPLECERT_RETAKES,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [source('p3o-officialsite', 'http://www.p3o-officialsite.com/Qualifications', 'P3O official site: qualifications (2013 scheme)', { kind: 'official-old' }), ...PEOPLECERT_RENEWAL_SOURCES],
  facts: {
    overview: fact('medium', ['p3o-officialsite']),
    paths: fact('medium', ['p3o-officialsite'], 'Official, 2013 scheme.'),
    'outline:scheme-2013': fact('medium', ['p3o-officialsite'], 'Official, but from the 2013 scheme; today’s exam may differ.'),
    'exam.passing': fact('medium', ['p3o-officialsite']),
    'exam.fees': fact('low', [], 'Not found.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
  },
};
