import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, PRINCE2 7 Practitioner: the prerequisite lists differ between third parties. */
export const peoplecertPrince2Practitioner: BuiltinEntry = {
  id: 'peoplecert-prince2-7-practitioner',
  revision: 2,
  body: 'PeopleCert',
  name: 'PRINCE2 7 Practitioner',
  acronym: 'PRINCE2 P',
  level: 'practitioner',
  url: null,
  summary:
    'The second level of PRINCE2 7th edition: applying the method to a scenario in an open-book exam (the official manual only). PRINCE2 7 Foundation is the usual entry ticket; third parties list other accepted qualifications, but PeopleCert’s own list was not found.',
  paths: [
    {
      id: 'catalog-credential',
      name: 'PRINCE2 7 Foundation or a PMI credential',
      requirements: [
        {
          kind: 'credential',
          id: 'foundation-or-pmi',
          anyOf: ['peoplecert-prince2-7-foundation', 'pmi-pmp', 'pmi-capm'],
          label: 'PRINCE2 7 Foundation (or higher), PMP or CAPM held',
        },
      ],
    },
    {
      id: 'other-qualification',
      name: 'Other accepted qualification',
      requirements: [
        {
          kind: 'check',
          id: 'other-qualification',
          label: 'PRINCE2 6th edition Foundation or Practitioner, PRINCE2 Agile Foundation or Practitioner, IPMA Level A–D, APM PPQ or PMQ held (lists differ; one also names PMI-SP)',
        },
      ],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'prince2-7',
        name: 'PRINCE2 7th edition exam',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 56,
        scoredQuestions: null,
        durationMinutes: 150,
        breaks: null,
        format: 'Objective testing: 56 questions and sub-questions worth 70 marks; open book (the official PRINCE2 manual only)',
        domains: [],
      },
    ],
    delivery: null,
    passing: '42 of 70 marks (60%)',
    passMarkPercent: 60,
    performanceBands: [],
    fees: [
      { label: 'Exam (approximate)', amount: 445, currency: 'GBP' },
      { label: 'Exam (approximate)', amount: 565, currency: 'USD' },
    ],
    retakeFees: null,
    retakes: PEOPLECERT_RETAKES,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('hiraedu-prince2-p', 'https://hiraedu.com/exams/prince2-practitioner', 'HiraEdu: PRINCE2 Practitioner exam (quotes PeopleCert’s product page)'),
    source('crucialexams-prince2-p', 'https://crucialexams.com/posts/blog/what-score-do-you-need-to-pass-the-prince2-7-practitioner', 'Crucial Exams: score needed to pass PRINCE2 7 Practitioner'),
    source('itls-prince2-p', 'https://www.itls.at/certification/pr-p2p', 'ITLS: PRINCE2 Practitioner prerequisites'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: fact('medium', ['hiraedu-prince2-p', 'crucialexams-prince2-p']),
    paths: fact(
      'low',
      ['crucialexams-prince2-p', 'itls-prince2-p'],
      'Third-party lists only; PeopleCert’s own list was not found. Certplan checks the credentials both lists name and lets you tick the others.',
      'One list names PMI-SP and leaves out PRINCE2 Agile, IPMA Level D and PMQ (crucialexams); another adds those and leaves out PMI-SP (itls).',
    ),
    'outline:prince2-7': fact('medium', ['hiraedu-prince2-p'], 'Syllabus areas with weights: not found.'),
    'exam.passing': fact('medium', ['hiraedu-prince2-p']),
    'exam.fees': fact('low', ['olusholaoluyomi-prince2'], 'Approximate third-party figures; official fees were not found.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
  },
};
