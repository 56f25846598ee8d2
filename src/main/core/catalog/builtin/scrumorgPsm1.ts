import { fact, source, type BuiltinEntry } from '../builtinEntry';

/** Research notes §6. */
export const scrumorgPsm1: BuiltinEntry = {
  id: 'scrumorg-psm-1',
  revision: 2,
  body: 'Scrum.org',
  name: 'Professional Scrum Master I',
  acronym: 'PSM I',
  level: 'foundation',
  url: 'https://www.scrum.org/professional-scrum-master-i-certification',
  summary:
    'Scrum.org’s first-level Scrum Master assessment, taken online with a high pass mark. No course is required, though Scrum.org highly recommends its classes. Every attempt costs the full fee, and a free Credly badge comes with a pass. Third parties say it never expires.',
  tags: ['agile'],
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    outlines: [
      { id: 'psm-1', name: 'PSM I assessment', effectiveFrom: null, effectiveUntil: null, questions: 80, scoredQuestions: null, durationMinutes: 60, breaks: null, format: 'Multiple choice, multiple answer and true/false', domains: [] },
    ],
    delivery: 'Online',
    passing: '85%',
    passMarkPercent: 85,
    performanceBands: [],
    fees: [{ label: 'Per attempt', amount: 200, currency: 'USD' }],
    retakeFees: [{ label: 'Per attempt', amount: 200, currency: 'USD' }],
    retakes: { waits: [], waitAfterPassDays: null, freeAttempts: null, notes: 'Every attempt costs the full fee; an assessment password does not expire until used.' },
  },
  application: null,
  maintenance: {
    kind: 'none',
    cycleYears: null,
    unitName: null,
    totalUnits: null,
    unitStep: null,
    groups: [],
    suspensionMonths: null,
    carryOver: null,
    renewalFees: null,
    notes: 'Held for life with no renewal and no fee, according to third parties; Scrum.org’s own page does not say so.',
  },
  sources: [
    source('scrumorg-psm1', 'https://www.scrum.org/professional-scrum-master-i-certification', 'Scrum.org: Professional Scrum Master I certification', { kind: 'official' }),
    source('globalexamatlas-psm1', 'https://globalexamatlas.com/en/exams/project-management/psm-1/', 'Global Exam Atlas: PSM I'),
    source('getmycert-psm1', 'https://www.getmycert.com/certifications/psm-i/', 'GetMyCert: PSM I'),
  ],
  facts: {
    overview: fact('high', ['scrumorg-psm1']),
    paths: fact('high', ['scrumorg-psm1']),
    'outline:psm-1': fact('high', ['scrumorg-psm1']),
    'exam.passing': fact('high', ['scrumorg-psm1']),
    'exam.fees': fact('high', ['scrumorg-psm1']),
    'exam.retakes': fact('high', ['scrumorg-psm1']),
    maintenance: fact('medium', ['globalexamatlas-psm1', 'getmycert-psm1'], 'Lifetime validity is stated by third parties only; the official page does not say it.'),
  },
};
