import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PMI_15_PDU_SPLIT, PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy, pmiPageCopyB } from './pmiShared';

/** Research notes §1.4. */
export const pmiCapm: BuiltinEntry = {
  id: 'pmi-capm',
  revision: 2,
  body: 'PMI',
  name: 'Certified Associate in Project Management',
  acronym: 'CAPM',
  level: 'associate',
  url: 'https://www.pmi.org/certifications/certified-associate-capm',
  summary:
    'PMI’s entry-level credential: no project experience, only a secondary degree and 23 hours of project management education finished before the exam. The exam covers core concepts and predictive, agile and business-analysis approaches. A CAPM also stands in for the 35 hours of education PMP asks for.',
  paths: [
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, GED or global equivalent)' },
        { kind: 'training', id: 'pm-education', hours: 23, topic: 'PM education', label: '23 hours of project management education, completed before the exam' },
      ],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'eco-2023',
        name: 'exam content outline (2023)',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 150,
        scoredQuestions: 135,
        durationMinutes: 180,
        breaks: 'One 10-minute break after question 75',
        format: null,
        domains: [
          { id: 'fundamentals', name: 'Project Management Fundamentals and Core Concepts', weight: 36 },
          { id: 'predictive', name: 'Predictive, Plan-Based Methodologies', weight: 17 },
          { id: 'agile', name: 'Agile Frameworks/Methodologies', weight: 20 },
          { id: 'business-analysis', name: 'Business Analysis Frameworks', weight: 27 },
        ],
      },
    ],
    delivery: 'Pearson VUE test centre or online',
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 225, currency: 'USD' },
      { label: 'Non-member', amount: 300, currency: 'USD' },
    ],
    retakeFees: [
      { label: 'PMI member', amount: 150, currency: 'USD' },
      { label: 'Non-member', amount: 200, currency: 'USD' },
    ],
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(15, PMI_15_PDU_SPLIT, null, `${PMI_RENEWAL_NOTE} An old rule of renewing CAPM by sitting the exam again has been superseded by the 15 PDUs.`),
  sources: [
    pmiPageCopy('pmi-a-capm', 'https://www.pmi.org/certifications/certified-associate-capm', 'PMI: Certified Associate in Project Management (CAPM)'),
    pmiPageCopyB('pmi-b-capm', 'https://www.pmi.org/certifications/certified-associate-capm', 'PMI: CAPM, second copy'),
    source('pmi-in-fees', 'http://pmi.org.in/capm-site/fees.asp', 'PMI India service centre: CAPM fees (about 2010)', { kind: 'official-old' }),
    source('fliphtml5-capm', 'https://fliphtml5.com/eavun/oayw/CAPM_July_2023_Supplementary_Slides/4', 'CAPM July 2023 supplementary slides (break timing)', { pageDate: '2023-07-01' }),
    ...PMI_COMMON_SOURCES,
  ],
  facts: {
    overview: fact('high', ['pmi-a-capm']),
    paths: fact('high', ['pmi-a-capm']),
    'outline:eco-2023': fact('high', ['pmi-a-capm', 'fliphtml5-capm'], 'Size, split, time, delivery and weights are on PMI’s page (copy); the break after question 75 comes from July 2023 slides. Item types: not found.'),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact(
      'medium',
      ['pmi-b-capm', 'pmi-a-capm', 'pmi-in-fees'],
      'US$225 / 300 on PMI’s page (second copy). The re-exam fees come from PMI India’s page of about 2010, which also listed renewal by re-exam (superseded).',
      'PMI prices vary by region: one copy of the page shows ₹14,694 member / ₹19,530 non-member.',
    ),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-capm'], { split: 'found', carryOver: 'not found' }),
  },
};
