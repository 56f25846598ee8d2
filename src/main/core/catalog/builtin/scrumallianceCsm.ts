import { source, type BuiltinEntry } from '../builtinEntry';

export const scrumallianceCsm: BuiltinEntry = {
  id: 'scrumalliance-csm',
  revision: 1,
  body: 'Scrum Alliance',
  name: 'Certified ScrumMaster',
  acronym: 'CSM',
  level: 'foundation',
  url: null,
  summary:
    'Scrum Alliance’s entry Scrum Master credential. You first attend a live course of about two days with a Certified Scrum Trainer, then take a short online test; two attempts within 90 days of the course are free. It must be renewed every two years with education units and a fee.',
  paths: [
    {
      id: 'csm-course',
      name: 'CSM course',
      requirements: [
        { kind: 'training', id: 'csm-course', hours: 16, topic: 'CSM course', label: 'Live CSM course with a Certified Scrum Trainer (at least 16 hours, usually two days)' },
      ],
    },
  ],
  exam: {
    questions: 50,
    scoredQuestions: null,
    durationMinutes: 60,
    format: 'Multiple choice',
    delivery: 'Online',
    domains: [],
    passing: '37 of 50 correct (74%)',
    passMarkPercent: 74,
    performanceBands: [],
    fees: null,
    retakeFees: [{ label: 'Each attempt after the two free ones', amount: 25, currency: 'USD' }],
  },
  // Two attempts are free within 90 days of the course, but more may be bought, so no cap is set.
  application: null,
  maintenance: {
    kind: 'continuing-education',
    cycleYears: 2,
    unitName: 'SEU',
    totalUnits: 20,
    unitStep: null,
    annualMinimum: null,
    groups: [
      {
        id: 'seu',
        name: 'Scrum Education Units',
        min: null,
        max: null,
        categories: [
          { id: 'seu', name: 'SEU activities', min: null, max: null, maxPerYear: null, sharing: 'none', alwaysCountsToward: [] },
        ],
      },
    ],
    suspensionMonths: null,
    carryOver: null,
    renewalFees: [{ label: 'Renewal every 2 years', amount: 100, currency: 'USD' }],
    notes: 'Rule in force since 4 February 2019. One SEU is roughly one hour of learning. Higher Scrum Alliance credentials ask more: Advanced CSM 30 SEUs and US$175, CSP 40 SEUs and US$250. Whether SEUs count toward several Scrum Alliance credentials was not researched.',
  },
  sources: [
    source('csmscrumguide-about', 'https://csmscrumguide.com/about', 'CSM Scrum Guide: about the CSM'),
    source('csmscrumguide-renewal', 'https://csmscrumguide.com/articles/csm-renewal-guide-20-seus-the-100-fee-and-your-2-year-timeline', 'CSM Scrum Guide: renewal, 20 SEUs, the US$100 fee and the two-year timeline'),
    source('cyberbahntas-csm', 'https://demo.cyberbahntas.com/certified-scrum-master-csm-certification', 'Cyberbahntas: CSM certification (quotes Scrum Alliance)'),
    source('zoctech-csm', 'https://zoctech.com/certified-scrum-master/', 'Zoctech: Certified ScrumMaster (14-hour online course)'),
    source('middleirth-csm', 'https://middleirth.com/blog/events/online-certified-scrummaster-11-12-march-2021/', 'Middleirth: online CSM course, March 2021'),
    source('effectiveagiledev-renewal', 'https://effectiveagiledev.com/ThoughtsandInsights/ScrumCertificationandRenewal/tabid/146/Default.aspx', 'Effective Agile Development: Scrum certification and renewal'),
    source('ecency-csm-renewal', 'https://asia.ecency.com/scrum/@ervin-lemark/certified-scrum-master-license-renewed', 'Ecency: CSM licence renewed'),
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['csmscrumguide-about', 'cyberbahntas-csm'], note: 'No scrumalliance.org page was read; third-party pages quote it.' },
    paths: { confidence: 'high', sourceIds: ['csmscrumguide-about', 'cyberbahntas-csm', 'zoctech-csm'], note: 'Some sources give 14 hours for live online courses.' },
    'exam.size': { confidence: 'high', sourceIds: ['csmscrumguide-about', 'middleirth-csm'], note: null },
    'exam.format': { confidence: 'high', sourceIds: ['csmscrumguide-about', 'middleirth-csm'], note: null },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'high', sourceIds: ['csmscrumguide-about', 'middleirth-csm'], note: null },
    'exam.fees': { confidence: 'high', sourceIds: ['effectiveagiledev-renewal', 'csmscrumguide-about'], note: 'Two attempts within 90 days of the course are free, then US$25 each. The course price was not researched.' },
    application: { confidence: 'high', sourceIds: ['csmscrumguide-about', 'effectiveagiledev-renewal'], note: 'Two free attempts within 90 days of the course; later attempts cost US$25, so no attempt limit is set.' },
    maintenance: { confidence: 'high', sourceIds: ['effectiveagiledev-renewal', 'csmscrumguide-renewal', 'ecency-csm-renewal'], note: null },
    'maintenance.fees': { confidence: 'high', sourceIds: ['csmscrumguide-renewal', 'effectiveagiledev-renewal'], note: null },
  },
};
