import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy } from './pmiShared';

/** Research notes §1.3. */
export const pmiPmocp: BuiltinEntry = {
  id: 'pmi-pmocp',
  revision: 2,
  body: 'PMI',
  name: 'PMI Project Management Office Certified Professional',
  acronym: 'PMI-PMOCP',
  level: 'professional',
  url: 'https://www.pmi.org/certifications/pmo-certified-professional-pmi-pmocp',
  summary:
    'PMI’s credential for people who set up, run or improve a project management office, launched on 4 February 2025 as the successor to PMO Global Alliance’s PMO-CP. You need a secondary degree, three years of project work within eight years (a PMP in good standing replaces them) and 10 hours of PMO education. It is renewed with 30 PDUs every three years.',
  paths: [
    {
      id: 'standard',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, GED or global equivalent)' },
        {
          kind: 'experience',
          id: 'project-related-work',
          months: 36,
          windowMonths: 96,
          area: 'project-related work',
          label: '36 months of project-related experience within the last 8 years (or a PMP in good standing)',
          substitutedBy: ['pmi-pmp'],
        },
        { kind: 'training', id: 'pmo-education', hours: 10, topic: 'PMO education', label: '10 hours of PMO education' },
      ],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'eco-2025',
        name: 'exam content outline (January 2025)',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 120,
        scoredQuestions: 100,
        durationMinutes: 165,
        breaks: 'One optional 10-minute break after question 60',
        format: null,
        domains: [
          { id: 'organizational-development', name: 'Organizational Development and Alignment', weight: 16 },
          { id: 'pmo-strategic-elements', name: 'PMO Strategic Elements', weight: 18 },
          { id: 'pmo-design', name: 'PMO Design and Structuring', weight: 18 },
          { id: 'pmo-operation', name: 'PMO Operation and Performance', weight: 15 },
          { id: 'pmo-enhancement', name: 'PMO Enhancement and Effectiveness', weight: 18 },
          { id: 'people', name: 'People', weight: 15 },
        ],
      },
    ],
    delivery: 'Pearson VUE test centre or online',
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 520, currency: 'USD' },
      { label: 'Non-member', amount: 700, currency: 'USD' },
    ],
    retakeFees: null,
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(30, null, null, `${PMI_RENEWAL_NOTE} PMI’s split of the 30 PDUs across categories and its carry-over maximum for PMI-PMOCP were not found: fill them in on your credential if you know them.`),
  sources: [
    source('pmocp-o', 'https://www.pmi.org/certifications/pmo-certified-professional-pmi-pmocp', 'PMI: PMO Certified Professional (PMI-PMOCP)', { kind: 'official' }),
    pmiPageCopy('pmi-a-pmocp', 'https://www.pmi.org/certifications/pmo-certified-professional-pmi-pmocp', 'PMI: PMO Certified Professional (PMI-PMOCP)'),
    source('mastery-pmocp', 'https://masteryexamprep-com.pages.dev/exams/pmi/pmocp/overview', 'Mastery Exam Prep: PMI-PMOCP overview (cites the January 2025 exam content outline)'),
    source('newspatrolling-launch', 'https://newspatrolling.com/project-management-institute-pmi-unveils-new-iso-accredited-certification-for-project-management-office-pmo-professionals', 'News Patrolling: PMI launches a PMO certification (press release)', { pageDate: '2025-02-06' }),
    ...PMI_COMMON_SOURCES,
  ],
  facts: {
    overview: fact('high', ['pmocp-o', 'newspatrolling-launch']),
    paths: fact('high', ['pmocp-o', 'pmi-a-pmocp'], 'Degree and 10 hours on PMI’s page; the 3 years or a PMP in good standing, within 8 years, on PMI’s page as copied (the 8-year window is not in the excerpt of PMI’s own page that was read).'),
    'outline:eco-2025': fact('high', ['pmi-a-pmocp', 'mastery-pmocp'], '120 questions, 165 minutes, delivery and the weights are on PMI’s page (copy); the 100 + 20 split and the optional break come from a prep site citing the outline. Item types: not found.'),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact('high', ['pmi-a-pmocp'], 'Re-exam fee: not found.'),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-pmocp'], { split: 'not-found', carryOver: 'not found' }),
  },
};
