import { source, type BuiltinEntry } from '../builtinEntry';
import { PMI_APPLICATION, PMI_AUDIT_SOURCE, PMI_BANDS, PMI_CCR_SOURCES, pmiMaintenance } from './pmiShared';

const training = {
  kind: 'training' as const,
  id: 'pm-education',
  hours: 35,
  topic: 'PM education',
  label: '35 contact hours of project management education',
  // Holding a CAPM stands in for the 35 hours.
  substitutedBy: ['pmi-capm'],
};

export const pmiPmp: BuiltinEntry = {
  id: 'pmi-pmp',
  revision: 1,
  body: 'PMI',
  name: 'Project Management Professional',
  acronym: 'PMP',
  level: 'professional',
  url: 'https://www.pmi.org/certifications/project-management-pmp',
  summary:
    'PMI’s flagship credential for people who lead projects, predictive, agile or hybrid. You qualify through education plus months of unique (non-overlapping) project leadership in the last eight years and 35 hours of training.',
  paths: [
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Four-year degree (bachelor’s or global equivalent)' },
        { kind: 'experience', id: 'leading-projects', months: 36, windowMonths: 96, area: 'leading projects', label: '36 months leading projects within the last 8 years' },
        training,
      ],
    },
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' },
        { kind: 'experience', id: 'leading-projects', months: 60, windowMonths: 96, area: 'leading projects', label: '60 months leading projects within the last 8 years' },
        training,
      ],
    },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Bachelor’s or postgraduate degree from a GAC-accredited programme' },
        { kind: 'experience', id: 'leading-projects', months: 24, windowMonths: 96, area: 'leading projects', label: '24 months leading projects within the last 8 years' },
        training,
      ],
    },
  ],
  exam: {
    questions: 185,
    scoredQuestions: 175,
    durationMinutes: 240,
    format: 'Multiple choice, multiple response, matching, hotspot and limited fill-in items',
    delivery: 'Pearson VUE test centre or online proctored',
    domains: [
      { id: 'people', name: 'People', weight: 33 },
      { id: 'process', name: 'Process', weight: 41 },
      { id: 'business-environment', name: 'Business Environment', weight: 26 },
    ],
    passing: 'No published pass percentage: pass or fail is set psychometrically, with a performance band per domain.',
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [{ label: 'PMI member', amount: 405, currency: 'USD' }],
    retakeFees: [
      { label: 'PMI member', amount: 275, currency: 'USD' },
      { label: 'Non-member', amount: 375, currency: 'USD' },
    ],
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, { educationMin: 35, perAreaMin: 8, givingBackMax: 25, practitionerMax: 8 }, 'The cycle starts on the day you pass and ends three years later. Unmet at the end: suspended for a year; still unmet: expired, and you apply and sit the exam again.'),
  sources: [
    source('prepcast-requirements', 'https://www.project-management-prepcast.com/kunena/pmp-exam-discussion/13987-can-anyone-clear-the-air-on-pmp-requirements', 'PM PrepCast forum: PMP requirements explained'),
    source('pmexperto-requirements', 'https://www.pmexperto.com/pmp-certification-requirements/', 'PMExperto: PMP certification requirements'),
    source('greentech-gac', 'https://www.greentech-consulting.com/blogs/pmi-eligibility-guide', 'Greentech Consulting: PMI eligibility guide (GAC path)'),
    source('pmi-hk-exam', 'https://www.pmi.org.hk/pmp-exam-taking/', 'PMI Hong Kong chapter: taking the PMP exam'),
    source('pmproad-2026', 'https://pmproad.com/blog/pmp-exam-domains-2026-explained-study-plan-weights-preparation-strategy/', 'PM Road: PMP 2026 exam domains and weights'),
    source('pmtraining-2026', 'https://www.pmtraining.com/about/pmp-exam-update-july-2026', 'PM Training: PMP exam update July 2026', { pageDate: '2026-04-16' }),
    source('pmp2026-guide', 'https://dustinober1.github.io/PMP-2026/guide/01-introduction/understanding-exam.html', 'PMP 2026 study guide: understanding the exam'),
    source('beginpm-format', 'https://beginpm.com/asking/what-is-the-format-of-the-pmp-exam', 'BeginPM: format of the PMP exam'),
    source('visualfoodie-fees', 'https://visualfoodie.com/pmp-certification-exam-fee-structure', 'Visual Foodie: PMP exam fee structure'),
    source('visualfoodie-retake', 'https://visualfoodie.com/pmp-certification-exam-fee-rules-explained', 'Visual Foodie: PMP re-exam fees and attempts'),
    PMI_AUDIT_SOURCE,
    ...PMI_CCR_SOURCES,
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['prepcast-requirements', 'pmexperto-requirements'], note: null },
    paths: { confidence: 'high', sourceIds: ['prepcast-requirements', 'pmexperto-requirements', 'greentech-gac'], note: 'The GAC-accredited path rests on one third-party page (medium confidence).' },
    'exam.size': { confidence: 'low', sourceIds: ['pmp2026-guide'], note: 'From 9 July 2026 third-party pages report about 185 questions in 240 minutes; not confirmed against PMI. Until 8 July 2026 the exam had 180 questions in 230 minutes.' },
    'exam.format': { confidence: 'high', sourceIds: ['pmi-hk-exam'], note: null },
    'exam.domains': { confidence: 'high', sourceIds: ['pmproad-2026', 'pmtraining-2026'], note: 'Weights of the exam content outline in force from 9 July 2026 (before: People 42, Process 50, Business Environment 8).' },
    'exam.passing': { confidence: 'medium', sourceIds: ['beginpm-format'], note: null },
    'exam.fees': { confidence: 'low', sourceIds: ['visualfoodie-fees', 'visualfoodie-retake'], note: 'The member fee of US$405 is consistent across sources; the non-member fee conflicts (US$555, 575 or 675) and is left out. A fee rise was reported for August 2026.' },
    application: { confidence: 'medium', sourceIds: ['visualfoodie-retake', 'pmpjourney-audit'], note: 'Audit: 90 days to send documents; up to 3 attempts within a one-year eligibility period.' },
    maintenance: { confidence: 'high', sourceIds: ['projectvictor-pdus', 'pmi-olympia-ccr', 'pmi-manitoba-pdus', 'prothoughts-pdu-faq', 'gururo-status'], note: 'Carry-over of last-year PDUs rests on one third-party page (medium).' },
    'maintenance.fees': { confidence: 'medium', sourceIds: ['pm-ie-fees'], note: null },
  },
};
