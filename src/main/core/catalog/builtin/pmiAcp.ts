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

export const pmiAcp: BuiltinEntry = {
  id: 'pmi-acp',
  revision: 1,
  body: 'PMI',
  name: 'PMI Agile Certified Practitioner',
  acronym: 'PMI-ACP',
  level: 'professional',
  url: null,
  summary:
    'PMI’s agile credential, revised with a new exam content outline in late 2024. You need a secondary degree, two years of agile project work in the last five years and 28 hours of agile training; the exam weighs mindset, leadership, product and delivery.',
  paths: [
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' },
        { kind: 'experience', id: 'agile-projects', months: 24, windowMonths: 60, area: 'agile projects', label: '24 months of agile project experience within the last 5 years' },
        { kind: 'training', id: 'agile-training', hours: 28, topic: 'agile training', label: '28 contact hours of agile training' },
      ],
    },
  ],
  exam: {
    questions: 120,
    scoredQuestions: null,
    durationMinutes: 180,
    format: 'Multiple choice, computer-based',
    delivery: null,
    domains: [
      { id: 'mindset', name: 'Mindset', weight: 28 },
      { id: 'leadership', name: 'Leadership', weight: 25 },
      { id: 'product', name: 'Product', weight: 19 },
      { id: 'delivery', name: 'Delivery', weight: 28 },
    ],
    passing: 'No pass mark published.',
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 435, currency: 'USD' },
      { label: 'Non-member', amount: 495, currency: 'USD' },
    ],
    retakeFees: null,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(30, { educationMin: 18, perAreaMin: 4, givingBackMax: 12, practitionerMax: 4 }, 'The cycle runs three years from the pass date. Unmet at the end: suspended for a year, then expired. Ways of Working PDUs on agile topics count here and toward PMP.'),
  sources: [
    source('pmtrainingschool-acp', 'https://www.pmtrainingschool.com/blog/pmi-acp-2025-guide-eligibility', 'PM Training School: PMI-ACP 2025 guide to eligibility'),
    source('acp-eco-copy', 'https://www.postjobfree.com/resume/aeandm/project-management-care-port-au-prince', 'Copy of the PMI-ACP exam content outline (October/November 2024)'),
    source('mypmta-acp', 'https://mypmta.com/pmi-acp-certification-requirements/', 'MyPMTA: PMI-ACP certification requirements'),
    source('certificationacademy-acp', 'https://certificationacademy.com/pmi-acp-faqs/', 'Certification Academy: PMI-ACP FAQs'),
    source('globalknowledge-acp-2018', 'https://www.globalknowledge.com/blog/2018/05/24/5-simple-steps-for-the-pmi-acp-agile-certified-professional-certification/', 'Global Knowledge: PMI-ACP steps (superseded pre-2024 rules)', { pageDate: '2018-05-24' }),
    source('ifvod-acp-renewal', 'https://ifvod.info/what-is-the-cost-of-the-pmi-acp-renewal-fee/', 'ifvod: PMI-ACP renewal fee'),
    PMI_APPLICATION_SOURCE,
    PMI_AUDIT_SOURCE,
    ...PMI_CCR_SOURCES,
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['acp-eco-copy', 'pmtrainingschool-acp'], note: null },
    paths: { confidence: 'medium', sourceIds: ['pmtrainingschool-acp'], note: 'One 2025 third-party guide. The training requirement rose from 21 to 28 hours; the older rule (2,000 h general plus 1,500 h agile experience, 21 h training) is superseded.' },
    'exam.size': { confidence: 'high', sourceIds: ['pmtrainingschool-acp', 'mypmta-acp', 'globalknowledge-acp-2018'], note: 'The scored/pretest split was not found.' },
    'exam.format': { confidence: 'low', sourceIds: [], note: 'Format taken from the research summary without a source of its own; delivery options not found.' },
    'exam.domains': { confidence: 'high', sourceIds: ['acp-eco-copy', 'pmtrainingschool-acp'], note: 'Exam content outline of October/November 2024.' },
    'exam.passing': { confidence: 'low', sourceIds: [], note: 'The research lists the pass mark as not published, without a source of its own.' },
    'exam.fees': { confidence: 'medium', sourceIds: ['mypmta-acp', 'certificationacademy-acp'], note: 'May be out of date.' },
    application: PMI_APPLICATION_FACT,
    maintenance: { confidence: 'high', sourceIds: ['projectvictor-pdus', 'pmi-olympia-ccr', 'gururo-status', 'prothoughts-multi'], note: 'The split across categories for the 30-PDU credentials comes from one third-party table (medium).' },
    'maintenance.fees': { confidence: 'medium', sourceIds: ['pm-ie-fees', 'ifvod-acp-renewal'], note: null },
  },
};
