import { source, type BuiltinEntry } from '../builtinEntry';
import { COMPTIA_CE_FEES_FACT, COMPTIA_CE_SOURCES, comptiaCeMaintenance } from './comptiaShared';

export const comptiaSecurityPlus: BuiltinEntry = {
  id: 'comptia-security-plus',
  revision: 1,
  body: 'CompTIA',
  name: 'CompTIA Security+ (SY0-701)',
  acronym: 'Security+',
  level: 'intermediate',
  url: null,
  summary:
    'CompTIA’s security certification, in its SY0-701 version since November 2023. Nobody checks prerequisites before you book the exam, which mixes multiple-choice and performance-based questions. It lasts three years and is kept alive through CompTIA’s continuing education program.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    questions: 90,
    scoredQuestions: null,
    durationMinutes: 90,
    format: 'At most 90 questions: multiple choice plus performance-based questions (PBQs)',
    delivery: 'Pearson VUE test centre or online',
    domains: [
      { id: 'general-security-concepts', name: 'General Security Concepts', weight: 12 },
      { id: 'threats-vulnerabilities', name: 'Threats, Vulnerabilities and Mitigations', weight: 22 },
      { id: 'security-architecture', name: 'Security Architecture', weight: 18 },
      { id: 'security-operations', name: 'Security Operations', weight: 28 },
      { id: 'security-program-management', name: 'Security Program Management and Oversight', weight: 20 },
    ],
    passing: 'Scaled score of 750 on a 100–900 scale',
    passMarkPercent: null,
    performanceBands: [],
    fees: [{ label: 'Exam voucher', amount: 425, currency: 'USD' }],
    retakeFees: null,
  },
  application: null,
  maintenance: comptiaCeMaintenance(50),
  sources: [
    source('securitypluscertprep-overview', 'https://www.securitypluscertprep.com/articles/comptia-security-exam-overview-format-domains-cost-and-pass-rate', 'Security+ Cert Prep: exam overview, format, domains and cost', { pageDate: '2026-03-21' }),
    source('ctiaprep-format', 'https://ctiaprep.com/en/blog/comptia-security-plus-sy0-701-exam-format', 'CTIA Prep: Security+ SY0-701 exam format'),
    source('secuspark-format', 'https://www.secuspark.com/faq/what-is-the-security-plus-exam-format', 'SecuSpark: Security+ exam format'),
    ...COMPTIA_CE_SOURCES,
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['securitypluscertprep-overview', 'ctiaprep-format'], note: null },
    paths: { confidence: 'medium', sourceIds: [], note: 'The research notes no enforced prerequisite but did not verify CompTIA’s recommended experience level.' },
    'exam.size': { confidence: 'high', sourceIds: ['securitypluscertprep-overview', 'ctiaprep-format', 'secuspark-format'], note: '90 is the maximum number of questions.' },
    'exam.format': { confidence: 'high', sourceIds: ['securitypluscertprep-overview', 'ctiaprep-format', 'secuspark-format'], note: null },
    'exam.domains': { confidence: 'high', sourceIds: ['securitypluscertprep-overview', 'ctiaprep-format'], note: null },
    'exam.passing': { confidence: 'high', sourceIds: ['securitypluscertprep-overview', 'ctiaprep-format'], note: null },
    'exam.fees': { confidence: 'medium', sourceIds: ['securitypluscertprep-overview', 'ctiaprep-format'], note: 'Another page gives about US$392.' },
    maintenance: { confidence: 'high', sourceIds: ['globalknowledge-comptia-faq', 'comptia-earn-ceus', 'comptia-work-experience', 'comptia-stay-certified'], note: 'The removal of the training cap comes from an older CompTIA page (medium).' },
    'maintenance.fees': COMPTIA_CE_FEES_FACT,
  },
};
