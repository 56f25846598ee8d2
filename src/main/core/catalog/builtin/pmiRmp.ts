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

export const pmiRmp: BuiltinEntry = {
  id: 'pmi-rmp',
  revision: 1,
  body: 'PMI',
  name: 'PMI Risk Management Professional',
  acronym: 'PMI-RMP',
  level: 'specialist',
  url: null,
  summary:
    'PMI’s specialist credential for project risk management. Candidates with a four-year degree need less risk experience and fewer hours of risk education than those with a secondary degree; the experience must fall within the last five years.',
  paths: [
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' },
        { kind: 'experience', id: 'risk-management', months: 36, windowMonths: 60, area: 'project risk management', label: '36 months of project risk management experience within the last 5 years' },
        { kind: 'training', id: 'risk-education', hours: 40, topic: 'risk education', label: '40 contact hours of risk management education' },
      ],
    },
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Four-year degree (bachelor’s or global equivalent)' },
        { kind: 'experience', id: 'risk-management', months: 24, windowMonths: 60, area: 'project risk management', label: '24 months of project risk management experience within the last 5 years' },
        { kind: 'training', id: 'risk-education', hours: 30, topic: 'risk education', label: '30 contact hours of risk management education' },
      ],
    },
  ],
  exam: {
    questions: 115,
    scoredQuestions: null,
    durationMinutes: 150,
    format: 'Multiple choice',
    delivery: null,
    domains: [
      { id: 'risk-strategy', name: 'Risk Strategy and Planning', weight: 20 },
      { id: 'stakeholder-engagement', name: 'Stakeholder Engagement', weight: 25 },
      { id: 'risk-process-facilitation', name: 'Risk Process Facilitation', weight: 27 },
      { id: 'risk-monitoring', name: 'Risk Monitoring and Reporting', weight: 16 },
      { id: 'specialized-risk-tasks', name: 'Perform Specialized Risk Tasks', weight: 12 },
    ],
    passing: 'Pass mark not disclosed.',
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 520, currency: 'USD' },
      { label: 'Non-member', amount: 670, currency: 'USD' },
    ],
    retakeFees: null,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(30, { educationMin: 18, perAreaMin: 4, givingBackMax: 12, practitionerMax: 4 }, 'The cycle runs three years from the pass date. Unmet at the end: suspended for a year, then expired. Ways of Working PDUs on risk topics count here and toward PMP.'),
  sources: [
    source('invensis-rmp', 'https://www.invensislearning.com/info/pmi-rmp-eligibility', 'Invensis Learning: PMI-RMP eligibility'),
    source('careertrend-rmp', 'https://careertrend.com/certification-pmi-risk-management-professional-pmirmp-26719.html', 'CareerTrend: PMI-RMP certification (older, hour-based)'),
    source('c3rt-rmp', 'https://c3rt.pages.dev/exams/pmi-rmp', 'c3rt: PMI-RMP exam'),
    source('certcompanion-rmp', 'https://certcompanion.com/exams/pmi-rmp', 'CertCompanion: PMI-RMP exam'),
    source('pmi-uny-faq', 'http://www.pmi-uny.org/pmi_uny_pmp_faq.html', 'PMI Upstate New York chapter: certification FAQ (older)'),
    PMI_APPLICATION_SOURCE,
    PMI_AUDIT_SOURCE,
    ...PMI_CCR_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['invensis-rmp', 'c3rt-rmp'], note: 'Third-party pages only; no official PMI page was read.' },
    paths: { confidence: 'medium', sourceIds: ['invensis-rmp', 'careertrend-rmp', 'c3rt-rmp'], note: 'The months come from one page; the 40 and 30 contact hours are only partly confirmed (an older page states experience in hours: 4,500 and 3,000).' },
    'exam.size': { confidence: 'medium', sourceIds: ['c3rt-rmp', 'certcompanion-rmp'], note: null },
    'exam.format': { confidence: 'low', sourceIds: [], note: 'Format taken from the research summary without a source of its own; delivery options not found.' },
    'exam.domains': { confidence: 'low', sourceIds: ['c3rt-rmp'], note: 'Possibly the weights of the outline before the 2024 update; the current weights were not verified.' },
    'exam.passing': { confidence: 'medium', sourceIds: ['c3rt-rmp', 'certcompanion-rmp'], note: null },
    'exam.fees': { confidence: 'medium', sourceIds: ['c3rt-rmp', 'pmi-uny-faq'], note: 'Partly from an older page; may be out of date.' },
    application: PMI_APPLICATION_FACT,
    maintenance: { confidence: 'high', sourceIds: ['projectvictor-pdus', 'pmi-olympia-ccr', 'gururo-status', 'prothoughts-multi'], note: 'The split across categories for the 30-PDU credentials comes from one third-party table (medium).' },
    'maintenance.fees': { confidence: 'medium', sourceIds: ['pm-ie-fees'], note: null },
  },
};
