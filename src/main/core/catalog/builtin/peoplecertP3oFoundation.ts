import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PEOPLECERT_MAINTENANCE, PEOPLECERT_MAINTENANCE_FACTS, PEOPLECERT_RENEWAL_SOURCES, PEOPLECERT_RETAKES } from './peoplecertShared';

/** Research notes §2.2, P3O Foundation (exam data from the 2013 scheme). */
export const peoplecertP3oFoundation: BuiltinEntry = {
  id: 'peoplecert-p3o-foundation',
  revision: 2,
  body: 'PeopleCert',
  name: 'P3O Foundation (Portfolio, Programme and Project Offices)',
  acronym: 'P3O F',
  level: 'foundation',
  url: null,
  summary:
    'The PeopleCert qualification closest to PMO work, entry level and open to anyone: office models, their functions, services and roles, and the tools that support them. The exam figures are from the 2013 scheme; like the rest of its suite it follows the three-year renewal rule.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    outlines: [
      {
        id: 'scheme-2013',
        name: '2013 exam scheme',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 75,
        scoredQuestions: 70,
        durationMinutes: 60,
        breaks: null,
        format: 'Multiple choice, closed book; 5 of the 75 questions are unscored trial items',
        domains: [],
      },
    ],
    delivery: null,
    passing: '35 of 70 scored questions (50%)',
    passMarkPercent: 50,
    performanceBands: [],
    fees: [{ label: 'Exam', amount: 245, currency: 'GBP' }],
    retakeFees: null,
    retakes: PEOPLECERT_RETAKES,
  },
  application: null,
  maintenance: PEOPLECERT_MAINTENANCE,
  sources: [
    source('p3o-officialsite', 'http://www.p3o-officialsite.com/Qualifications', 'P3O official site: qualifications (2013 scheme)', { kind: 'official-old' }),
    source('testpreptraining-p3o', 'https://www.testpreptraining.com/tutorial/p3o-foundation/', 'Testprep Training: P3O Foundation'),
    source('pmolearning-p3o', 'https://www.pmolearning.co.uk/pmolearning-blog/pmo/what-is-the-difference-between-p3o-foundation-and-practitioner/', 'PMO Learning: P3O Foundation versus Practitioner'),
    source('openexamprep-p3o', 'https://open-exam-prep.com/practice/p3o-foundation', 'Open Exam Prep: P3O Foundation practice (claims lifetime validity)'),
    ...PEOPLECERT_RENEWAL_SOURCES,
  ],
  facts: {
    overview: fact('medium', ['pmolearning-p3o', 'p3o-officialsite']),
    paths: fact('medium', ['pmolearning-p3o']),
    'outline:scheme-2013': fact('medium', ['p3o-officialsite'], 'Official, but from the 2013 scheme; today’s exam may differ. Syllabus weights: not found.'),
    'exam.passing': fact('medium', ['p3o-officialsite']),
    'exam.fees': fact('low', ['testpreptraining-p3o'], 'One weak third-party figure.'),
    ...PEOPLECERT_MAINTENANCE_FACTS,
    maintenance: fact(
      'high',
      ['ax-hub', 'ax-cpd'],
      'AXELOS lists P3O among the certifications under the three-year rule.',
      'A prep site calls P3O Foundation “lifetime” (openexamprep-p3o); AXELOS’s own list wins.',
    ),
  },
};
