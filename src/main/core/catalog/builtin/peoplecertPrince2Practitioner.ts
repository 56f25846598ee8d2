import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PEOPLECERT_MAINTENANCE,
  PEOPLECERT_MAINTENANCE_FACT,
  PEOPLECERT_MAINTENANCE_FEES_FACT,
  PEOPLECERT_RENEWAL_SOURCES,
} from './peoplecertShared';

export const peoplecertPrince2Practitioner: BuiltinEntry = {
  id: 'peoplecert-prince2-7-practitioner',
  revision: 1,
  body: 'PeopleCert',
  name: 'PRINCE2 7 Practitioner',
  acronym: 'PRINCE2 P',
  level: 'practitioner',
  url: null,
  summary:
    'The second level of PRINCE2 7th edition: applying the method to a single scenario in an open-book exam where only the official PRINCE2 manual is allowed. Besides PRINCE2 7 Foundation, several other project management qualifications are accepted as the entry ticket.',
  paths: [
    {
      id: 'catalog-credential',
      name: 'PRINCE2 7 Foundation or a PMI credential',
      requirements: [
        {
          kind: 'credential',
          id: 'foundation-or-pmi',
          anyOf: ['peoplecert-prince2-7-foundation', 'pmi-pmp', 'pmi-capm', 'pmi-sp'],
          label: 'PRINCE2 7 Foundation, PMP, CAPM or PMI-SP held',
        },
      ],
    },
    {
      id: 'other-qualification',
      name: 'Other accepted qualification',
      requirements: [
        { kind: 'check', id: 'other-qualification', label: 'PRINCE2 6th edition Foundation or Practitioner, IPMA Level A, B or C, or APM PPQ held' },
      ],
    },
  ],
  exam: {
    questions: 70,
    scoredQuestions: null,
    durationMinutes: 150,
    format: 'Objective testing on one scenario, 70 marks in all; open book (official PRINCE2 manual only)',
    delivery: null,
    domains: [],
    passing: '42 of 70 marks (60%)',
    passMarkPercent: 60,
    performanceBands: [],
    fees: null,
    retakeFees: null,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('hiraedu-prince2-p', 'https://hiraedu.com/exams/prince2-practitioner', 'HiraEdu: PRINCE2 Practitioner exam (cites PeopleCert)'),
    source('crucialexams-prince2-p', 'https://crucialexams.com/posts/blog/what-score-do-you-need-to-pass-the-prince2-7-practitioner', 'Crucial Exams: score needed to pass PRINCE2 7 Practitioner'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['hiraedu-prince2-p', 'crucialexams-prince2-p'], note: null },
    paths: { confidence: 'medium', sourceIds: ['crucialexams-prince2-p'], note: 'The list of accepted qualifications comes from one third-party page.' },
    'exam.size': { confidence: 'medium', sourceIds: ['hiraedu-prince2-p', 'crucialexams-prince2-p'], note: 'Counted as 70 marks; one page describes them as 56 questions, some with sub-questions.' },
    'exam.format': { confidence: 'medium', sourceIds: ['hiraedu-prince2-p', 'crucialexams-prince2-p'], note: 'Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'medium', sourceIds: ['hiraedu-prince2-p', 'crucialexams-prince2-p'], note: 'The 6th edition’s pass mark was lower (55%).' },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: PEOPLECERT_MAINTENANCE_FACT,
    'maintenance.fees': PEOPLECERT_MAINTENANCE_FEES_FACT,
  },
};
