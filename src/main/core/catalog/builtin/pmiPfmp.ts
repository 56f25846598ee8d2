import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PMI_60_PDU_SPLIT, PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy } from './pmiShared';

/** Every set: eight years of business experience within 15 years (research notes §1.6). */
const businessExperience = {
  kind: 'experience' as const,
  id: 'professional-business',
  months: 96,
  windowMonths: 180,
  area: 'professional business',
  label: '96 months of professional business experience within the last 15 years',
};

/** The portfolio months have their own 15-year window. */
const portfolioExperience = (months: number) => ({
  kind: 'experience' as const,
  id: 'portfolio-management',
  months,
  windowMonths: 180,
  area: 'portfolio management',
  label: `${months} months of portfolio management experience within the last 15 years`,
});

const panelReview = { kind: 'check' as const, id: 'panel-review', label: 'Panel review of your portfolio experience summaries passed' };

/** Research notes §1.6. */
export const pmiPfmp: BuiltinEntry = {
  id: 'pmi-pfmp',
  revision: 2,
  body: 'PMI',
  name: 'Portfolio Management Professional',
  acronym: 'PfMP',
  level: 'advanced',
  url: 'https://www.pmi.org/shop/tc/p-/digital-product/portfolio-management-professional-(pfmp)-exam/6700050',
  summary:
    'PMI’s credential for portfolio managers, after CAPM, PMP and PgMP. Every route needs eight years of business experience within 15 years plus years of portfolio work in the same window; a panel reviews your summaries before you may sit the English-only exam.',
  paths: [
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Bachelor’s degree or higher (or global equivalent)' }, businessExperience, portfolioExperience(48), panelReview],
    },
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary diploma (high school, associate’s or global equivalent)' }, businessExperience, portfolioExperience(84), panelReview],
    },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Bachelor’s or master’s degree from a GAC-accredited programme' },
        businessExperience,
        portfolioExperience(36),
        panelReview,
      ],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'current',
        name: 'current exam content outline',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 170,
        scoredQuestions: 150,
        durationMinutes: 240,
        breaks: null,
        format: null,
        domains: [
          { id: 'strategic-alignment', name: 'Strategic Alignment', weight: 25 },
          { id: 'governance', name: 'Governance', weight: 20 },
          { id: 'portfolio-performance', name: 'Portfolio Performance', weight: 25 },
          { id: 'portfolio-risk-management', name: 'Portfolio Risk Management', weight: 15 },
          { id: 'communications-management', name: 'Communications Management', weight: 15 },
        ],
      },
    ],
    delivery: 'English only',
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 800, currency: 'USD' },
      { label: 'Non-member', amount: 1000, currency: 'USD' },
    ],
    retakeFees: [
      { label: 'PMI member', amount: 600, currency: 'USD' },
      { label: 'Non-member', amount: 800, currency: 'USD' },
    ],
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, PMI_60_PDU_SPLIT, null, `${PMI_RENEWAL_NOTE} PDUs are expected in portfolio management topics.`),
  sources: [
    source('pfmp-o', 'https://www.pmi.org/shop/tc/p-/digital-product/portfolio-management-professional-(pfmp)-exam/6700050', 'PMI store: Portfolio Management Professional (PfMP) exam', { kind: 'official' }),
    pmiPageCopy('pmi-a-pfmp', 'https://www.pmi.org/certifications/portfolio-management-pfmp', 'PMI: Portfolio Management Professional (PfMP)'),
    source('testpreptraining-pfmp', 'https://www.testpreptraining.com/tutorial/pfmp-faq-portfolio-management-professional/', 'Testprep Training: PfMP FAQ'),
    source('reviewnprep-pfmp', 'https://reviewnprep.com/certificate-details/portfolio-management-professional-pfmp', 'ReviewNPrep: PfMP certificate details'),
    source('coachpro-pfmp', 'https://coachproconsulting.com/pfmp-eligibility', 'CoachPro Consulting: PfMP eligibility'),
    ...PMI_COMMON_SOURCES,
  ],
  facts: {
    overview: fact('high', ['pfmp-o', 'pmi-a-pfmp']),
    paths: fact('high', ['pfmp-o', 'pmi-a-pfmp', 'coachpro-pfmp'], 'The 96 business months are on PMI’s store page; the sets and the portfolio months’ own 15-year window on PMI’s page (copy).'),
    'outline:current': fact('high', ['pfmp-o', 'pmi-a-pfmp', 'testpreptraining-pfmp'], 'Size, time, English only and weights are on PMI’s pages; the 150 + 20 split from a third party. Breaks and item types: not found.'),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact('medium', ['pmi-a-pfmp', 'reviewnprep-pfmp', 'testpreptraining-pfmp'], 'Exam fees on PMI’s page (copy); re-exam fees from third parties only.'),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pfmp-o'], { split: 'found', carryOver: 'not found' }),
  },
};
