import { source, type BuiltinEntry } from '../builtinEntry';

export const pmogaPmoCp: BuiltinEntry = {
  id: 'pmoga-pmo-cp',
  revision: 1,
  body: 'PMO Global Alliance',
  name: 'PMO Certified Practitioner',
  acronym: 'PMO-CP',
  level: 'practitioner',
  url: 'https://www.pmoga.world/certification',
  summary:
    'A legacy PMO credential from PMO Global Alliance, built on its PMO Value Ring method. PMI bought PMO Global Alliance in December 2023 and replaced this credential with PMI-PMOCP in 2025. The exam data below describe the older online exam taken after a recorded course. The sister PMO-CC credential is no longer offered.',
  paths: [
    {
      id: 'recorded-course',
      name: 'Recorded course',
      requirements: [
        { kind: 'check', id: 'value-ring-course', label: 'Recorded PMO Value Ring course completed (the exam is booked afterwards)' },
      ],
    },
  ],
  exam: {
    questions: 40,
    scoredQuestions: null,
    durationMinutes: 60,
    format: 'Multiple choice',
    delivery: 'Online proctored',
    domains: [],
    passing: '75% or more',
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
    annualMinimum: null,
    groups: [],
    suspensionMonths: null,
    carryOver: null,
    renewalFees: null,
    notes: 'Renewal rules for PMO-CP were not found in the research. For the related PMO-CC, renewal deadlines of existing holders are suspended.',
  },
  sources: [
    source('pmoga-certification', 'https://www.pmoga.world/certification', 'PMO Global Alliance: certification (about 2024)', { official: true }),
    source('eventbrite-pmo-cp', 'https://www.eventbrite.com.br/e/pmo-cp-certified-practitioner-certification-asynchronous-registration-90937128399', 'Eventbrite: PMO-CP asynchronous registration (about 2020)'),
    source('newspatrolling-launch', 'https://newspatrolling.com/project-management-institute-pmi-unveils-new-iso-accredited-certification-for-project-management-office-pmo-professionals', 'News Patrolling: PMI launches a PMO certification (press release)', { pageDate: '2025-02-06' }),
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['pmoga-certification', 'newspatrolling-launch'], note: 'Legacy credential, succeeded by PMI-PMOCP. PMO-CC is not offered after the acquisition; no trace of PMO-CL or PMO-CD was found.' },
    paths: { confidence: 'medium', sourceIds: ['eventbrite-pmo-cp'], note: 'From an event listing of about 2020; may be out of date.' },
    'exam.size': { confidence: 'medium', sourceIds: ['eventbrite-pmo-cp'], note: 'Older data (about 2020).' },
    'exam.format': { confidence: 'medium', sourceIds: ['eventbrite-pmo-cp'], note: 'Older data (about 2020).' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'medium', sourceIds: ['eventbrite-pmo-cp'], note: 'Older data (about 2020).' },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    maintenance: { confidence: 'low', sourceIds: ['pmoga-certification'], note: 'Renewal rules for PMO-CP not found in the research.' },
  },
};
