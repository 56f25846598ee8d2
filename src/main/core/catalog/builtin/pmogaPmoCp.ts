import { fact, source, type BuiltinEntry } from '../builtinEntry';

/** Research notes §8. */
export const pmogaPmoCp: BuiltinEntry = {
  id: 'pmoga-pmo-cp',
  revision: 2,
  body: 'PMO Global Alliance',
  name: 'PMO Certified Practitioner',
  acronym: 'PMO-CP',
  level: 'practitioner',
  url: 'https://www.pmoga.world/certification',
  summary:
    'PMO Global Alliance’s PMO credential, grounded in its PMO Value Ring method. PMI says its PMI-PMOCP builds on the PMO-CP. Whether new PMO-CP exams are still sold was not found; the exam data describe the older online exam taken after a recorded course. The sister PMO-CC is not offered.',
  paths: [
    {
      id: 'recorded-course',
      name: 'Recorded course',
      requirements: [{ kind: 'check', id: 'value-ring-course', label: 'Recorded PMO Value Ring course completed (the exam is taken afterwards)' }],
    },
  ],
  exam: {
    outlines: [
      { id: 'legacy', name: 'legacy exam (about 2020)', effectiveFrom: null, effectiveUntil: null, questions: 40, scoredQuestions: null, durationMinutes: 60, breaks: null, format: 'Multiple choice', domains: [] },
    ],
    delivery: 'Online proctored',
    passing: '75%',
    passMarkPercent: 75,
    performanceBands: [],
    fees: null,
    retakeFees: null,
  },
  application: null,
  maintenance: {
    kind: 'unknown',
    cycleYears: null,
    unitName: null,
    totalUnits: null,
    unitStep: null,
    groups: [],
    suspensionMonths: null,
    carryOver: null,
    renewalFees: null,
    notes: 'Renewal rules were not found officially. A 2025 forum post says holders were offered a free move to PMI-PMOCP and keep PMO-CP with no renewal required (unconfirmed). Renewal deadlines for PMO-CC holders are suspended pending a review.',
  },
  sources: [
    source('pmoga-certification', 'https://www.pmoga.world/certification', 'PMO Global Alliance: certification (about 2024)', { kind: 'official' }),
    source('eventbrite-pmo-cp', 'https://www.eventbrite.com.br/e/pmo-cp-certified-practitioner-certification-asynchronous-registration-90937128399', 'Eventbrite: PMO-CP asynchronous registration (about 2020)'),
    source('newspatrolling-launch', 'https://newspatrolling.com/project-management-institute-pmi-unveils-new-iso-accredited-certification-for-project-management-office-pmo-professionals', 'News Patrolling: PMI launches a PMO certification (press release)', { pageDate: '2025-02-06' }),
  ],
  facts: {
    overview: fact('medium', ['pmoga-certification', 'newspatrolling-launch'], null, 'PMOGA’s page of about 2024 still offered registration; a 2025 forum post says holders were moved to PMI-PMOCP. Whether the exam is still sold was not found.'),
    paths: fact('low', ['eventbrite-pmo-cp'], 'From an event listing of about 2020.'),
    'outline:legacy': fact('low', ['eventbrite-pmo-cp'], 'Older data (about 2020).'),
    'exam.passing': fact('low', ['eventbrite-pmo-cp'], 'Older data (about 2020).'),
    'exam.fees': fact('low', [], 'Not found.'),
    maintenance: fact('low', ['pmoga-certification'], 'Renewal rules: not found officially.'),
  },
};
