import { fact, source, type BuiltinEntry } from '../builtinEntry';

/** Research notes §5. */
export const scrumallianceCsm: BuiltinEntry = {
  id: 'scrumalliance-csm',
  revision: 2,
  body: 'Scrum Alliance',
  name: 'Certified ScrumMaster',
  acronym: 'CSM',
  level: 'foundation',
  url: 'https://support.scrumalliance.org/hc/en-us/articles/208753776-What-can-I-expect-from-the-Certified-ScrumMaster-CSM-test-How-many-questions-are-there-and-what-is-the-passing-score',
  summary:
    'Scrum Alliance’s entry Scrum Master credential: a 16-hour course with a Certified Scrum Trainer, then a short online test (two attempts free within 90 days). It is renewed every two years with 20 Scrum Education Units and a fee; a new Scrum Alliance course renews it too.',
  tags: ['agile'],
  paths: [
    {
      id: 'csm-course',
      name: 'CSM course',
      requirements: [{ kind: 'training', id: 'csm-course', hours: 16, topic: 'CSM course', label: '16-hour CSM course with a Certified Scrum Trainer, before the test' }],
    },
  ],
  exam: {
    outlines: [
      { id: 'csm-test', name: 'CSM test', effectiveFrom: null, effectiveUntil: null, questions: 50, scoredQuestions: null, durationMinutes: 60, breaks: 'Cannot be paused', format: 'Multiple choice', domains: [] },
    ],
    delivery: 'Online, not proctored',
    passing: '37 of 50 correct (74%)',
    passMarkPercent: 74,
    performanceBands: [],
    fees: null,
    retakeFees: [{ label: 'Each attempt after two failures or after day 90', amount: 25, currency: 'USD' }],
    retakes: {
      waits: [],
      waitAfterPassDays: null,
      freeAttempts: { count: 2, withinDays: 90 },
      notes: 'The first two attempts are free within 90 days of the welcome email; after two failures, or for any attempt after day 90 (a first one included), each costs US$25 until you pass.',
    },
  },
  application: null,
  maintenance: {
    kind: 'continuing-education',
    cycleYears: 2,
    unitName: 'SEU',
    totalUnits: 20,
    unitStep: null,
    maxUnitsPerDay: 8,
    groups: [{ id: 'seu', name: 'Scrum Education Units', min: null, max: null, categories: [{ id: 'seu', name: 'SEU activities (1 hour = 1 SEU)', min: null, max: null, maxPerYear: null, sharing: 'none' }] }],
    suspensionMonths: null,
    // An SEU used for a renewal cannot be used again.
    carryOver: { rule: 'none' },
    renewalFees: [{ label: 'Renewal every 2 years', amount: 100, currency: 'USD' }],
    // §5 "Alternative renewal" [O: SA-REN, SA-CSP].
    otherRoutes: [{ kind: 'new-course', description: 'Attend a new Scrum Alliance certification course: it renews your existing certifications', condition: null }],
    notes:
      'One hour is one SEU, at most 8 SEUs for one day of activity, with no per-category limit; an SEU cannot be reused once used for a renewal. Advanced level: 30 SEUs and US$175; Professional: 40 SEUs and US$250. With several certifications you pay the fee of the highest and add “add-on” SEUs for the highest certification in each other track (20 Professional, 15 Advanced, 10 Foundational): CSP-SM + CSP-PO + CSD = 70 SEUs for US$250. Renewing a higher level renews the lower ones in the same track, and attending a new Scrum Alliance certification course renews your certifications. Rule in force since 4 February 2019.',
  },
  sources: [
    source('sa-test', 'https://support.scrumalliance.org/hc/en-us/articles/208753776-What-can-I-expect-from-the-Certified-ScrumMaster-CSM-test-How-many-questions-are-there-and-what-is-the-passing-score', 'Scrum Alliance support: what to expect from the CSM test', { kind: 'official' }),
    source('sa-req', 'https://certification.scrumalliance.org/renewal-requirements', 'Scrum Alliance: renewal requirements', { kind: 'official' }),
    source('sa-ren', 'https://support.scrumalliance.org/hc/en-us/articles/360015777971-How-do-I-renew-my-certification', 'Scrum Alliance support: how do I renew my certification (two stored versions)', { kind: 'official' }),
    source('sa-seu', 'https://www.scrumalliance.org/certifications/scrum-educational-units', 'Scrum Alliance: Scrum Educational Units', { kind: 'official' }),
    source('sa-csp', 'https://www.scrumalliance.org/get-certified/renewing-certifications/renewing-other-certifications', 'Scrum Alliance: renewing other certifications', { kind: 'official' }),
    source('artisanagility-seu', 'https://artisanagility.com/blog/scrum-education-units-seus-becoming-real-in-february-2019', 'Artisan Agility: SEUs becoming real in February 2019'),
  ],
  facts: {
    overview: fact('high', ['sa-test', 'sa-req']),
    paths: fact('high', ['sa-test'], 'The course price was not found.'),
    'outline:csm-test': fact('high', ['sa-test']),
    'exam.passing': fact('high', ['sa-test']),
    'exam.fees': fact('high', ['sa-test'], 'The test is included in the course; its price was not found.'),
    'exam.retakes': fact('high', ['sa-test']),
    maintenance: fact(
      'high',
      ['sa-req', 'sa-ren', 'sa-seu', 'sa-csp', 'artisanagility-seu'],
      'Scrum Alliance’s own pages. That PDUs can count as SEUs was reported from a page whose address could not be found again, so it is not relied on.',
      'Activity window: one stored version says SEUs must be earned within the two years before expiry, a later one within two and a half years (sa-ren).',
    ),
    'maintenance.categories': fact('high', ['sa-seu', 'sa-ren'], 'At most 8 SEUs per day; no per-category limit.'),
    'maintenance.carryOver': fact('medium', ['sa-seu'], 'An SEU cannot be reused once used for a renewal, so nothing carries over.'),
    'maintenance.fees': fact('high', ['sa-req']),
  },
};
