import { source, type BuiltinEntry } from '../builtinEntry';
import {
  PMI_APPLICATION,
  PMI_APPLICATION_FACT,
  PMI_APPLICATION_SOURCE,
  PMI_AUDIT_SOURCE,
  PMI_BANDS,
  PMI_CCR_SOURCES,
  pmiMaintenance,
} from './pmiShared';

/** Every path asks for eight years of professional business experience in the last 15 years. */
const businessExperience = {
  kind: 'experience' as const,
  id: 'professional-business',
  months: 96,
  windowMonths: 180,
  area: 'professional business',
  label: '96 months of professional business experience within the last 15 years',
};

const panelReview = {
  kind: 'check' as const,
  id: 'panel-review',
  label: 'Panel review of your experience summaries passed',
};

/** The research states no time window for the portfolio months, so none is applied. */
function portfolioExperience(months: number) {
  return {
    kind: 'experience' as const,
    id: 'portfolio-management',
    months,
    windowMonths: null,
    area: 'portfolio management',
    label: `${months} months of portfolio management experience`,
  };
}

export const pmiPfmp: BuiltinEntry = {
  id: 'pmi-pfmp',
  revision: 1,
  body: 'PMI',
  name: 'Portfolio Management Professional',
  acronym: 'PfMP',
  level: 'advanced',
  url: 'https://www.pmi.org/shop/tc/p-/digital-product/portfolio-management-professional-(pfmp)-exam/6700050',
  summary:
    'PMI’s credential for portfolio managers, the last rung after CAPM, PMP and PgMP. Besides eight years of business experience you need several years of portfolio work, which a panel reviews before you may sit the exam.',
  paths: [
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' },
        businessExperience,
        portfolioExperience(84),
        panelReview,
      ],
    },
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Four-year degree (bachelor’s or global equivalent)' },
        businessExperience,
        portfolioExperience(48),
        panelReview,
      ],
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
    questions: 170,
    scoredQuestions: 150,
    durationMinutes: 240,
    format: 'Multiple choice; 20 of the 170 questions are unscored pretest items',
    delivery: null,
    // No domain weights were found: left empty rather than guessed.
    domains: [],
    passing: 'No pass mark published.',
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
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, { educationMin: 35, perAreaMin: 8, givingBackMax: 25, practitionerMax: 8 }, 'Same PDU rules as PMP, with PDUs expected in portfolio management topics. The cycle runs three years from the pass date. Unmet at the end: suspended for a year, then expired.'),
  sources: [
    source('pmi-pfmp-shop', 'https://www.pmi.org/shop/tc/p-/digital-product/portfolio-management-professional-(pfmp)-exam/6700050', 'PMI store: Portfolio Management Professional (PfMP) exam', { official: true }),
    source('coachpro-pfmp', 'https://coachproconsulting.com/pfmp-eligibility', 'CoachPro Consulting: PfMP eligibility (GAC path)'),
    source('reviewnprep-pfmp', 'https://reviewnprep.com/certificate-details/portfolio-management-professional-pfmp', 'ReviewNPrep: PfMP certificate details (fees)'),
    source('testpreptraining-pfmp', 'https://www.testpreptraining.com/tutorial/pfmp-faq-portfolio-management-professional/', 'Testprep Training: PfMP FAQ'),
    PMI_APPLICATION_SOURCE,
    PMI_AUDIT_SOURCE,
    ...PMI_CCR_SOURCES,
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['pmi-pfmp-shop'], note: null },
    paths: { confidence: 'high', sourceIds: ['pmi-pfmp-shop', 'coachpro-pfmp'], note: 'The GAC-accredited path rests on one third-party page (medium). The research gives the 15-year window for the business experience only, so no window is applied to the portfolio months.' },
    'exam.size': { confidence: 'high', sourceIds: ['pmi-pfmp-shop', 'testpreptraining-pfmp'], note: null },
    'exam.format': { confidence: 'high', sourceIds: ['pmi-pfmp-shop'], note: 'Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Domain weights unknown: none were found in the research.' },
    'exam.passing': { confidence: 'low', sourceIds: [], note: 'The research lists the pass mark as not published, without a source of its own.' },
    'exam.fees': { confidence: 'medium', sourceIds: ['reviewnprep-pfmp', 'testpreptraining-pfmp'], note: 'Third-party figures, including the re-exam fees.' },
    application: PMI_APPLICATION_FACT,
    maintenance: { confidence: 'high', sourceIds: ['pmi-pfmp-shop', 'projectvictor-pdus', 'pmi-olympia-ccr', 'gururo-status'], note: 'The 60 PDUs are on PMI’s page; the split across categories comes from a third-party table (medium).' },
    'maintenance.fees': { confidence: 'medium', sourceIds: ['pm-ie-fees'], note: null },
  },
};
