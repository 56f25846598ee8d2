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

const panelReview = {
  kind: 'check' as const,
  id: 'panel-review',
  label: 'Panel review of your experience summaries passed',
};

/** Both paths ask for the same 48 months of project work; a PMP reportedly covers it. */
const projectExperience = {
  kind: 'experience' as const,
  id: 'project-management',
  months: 48,
  windowMonths: 180,
  area: 'project management',
  label: '48 months of project management experience within the last 15 years',
  substitutedBy: ['pmi-pmp'],
};

export const pmiPgmp: BuiltinEntry = {
  id: 'pmi-pgmp',
  revision: 1,
  body: 'PMI',
  name: 'Program Management Professional',
  acronym: 'PgMP',
  level: 'advanced',
  url: null,
  summary:
    'PMI’s credential for program managers. You need years of both project and program management experience; a panel first reviews written summaries of your program work, and only then may you sit the multiple-choice exam.',
  paths: [
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Four-year degree (bachelor’s or global equivalent)' },
        projectExperience,
        { kind: 'experience', id: 'program-management', months: 48, windowMonths: 180, area: 'program management', label: '48 months of program management experience within the last 15 years' },
        panelReview,
      ],
    },
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' },
        projectExperience,
        { kind: 'experience', id: 'program-management', months: 84, windowMonths: 180, area: 'program management', label: '84 months of program management experience within the last 15 years' },
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
    domains: [
      { id: 'strategic-program-management', name: 'Strategic Program Management', weight: 15 },
      { id: 'program-life-cycle', name: 'Program Life Cycle', weight: 44 },
      { id: 'benefits-management', name: 'Benefits Management', weight: 11 },
      { id: 'stakeholder-engagement', name: 'Stakeholder Engagement', weight: 16 },
      { id: 'governance', name: 'Governance', weight: 14 },
    ],
    passing: 'No pass mark published.',
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 800, currency: 'USD' },
      { label: 'Non-member', amount: 1000, currency: 'USD' },
    ],
    retakeFees: null,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, { educationMin: 35, perAreaMin: 8, givingBackMax: 25, practitionerMax: 8 }, 'Same PDU rules as PMP. The cycle runs three years from the pass date (for older holders, from the multi-rater assessment). Unmet at the end: suspended for a year, then expired.'),
  sources: [
    source('knowledgehut-pgmp', 'https://www.knowledgehut.com/project-management/pgmp-certification-training', 'KnowledgeHut: PgMP certification training (eligibility, evaluation, exam)'),
    source('skillendorse-pgmp', 'https://skillendorse.com/courses/program-management-professional-pmi-pgmp/', 'SkillEndorse: PgMP course page (eligibility, window, domains)'),
    source('edumorpho-pgmp', 'https://edumorpho.com/Program%20Management%20Professional%20(PGMP).html', 'EduMorpho: PgMP (older hour-based eligibility)'),
    source('epodunk-pgmp', 'https://epodunkgurupenrith.pages.dev/217836.html', 'PgMP eligibility page (15-year window)'),
    source('cpc-pgmp', 'https://projectmanagement.cpc-ag.de/program-management/program-management-certification-possibilities/?lang=en', 'CPC: program management certification options'),
    source('pmbody-pgmp', 'http://www.pmbody.com/pgmp-exam-format/', 'PM Body: PgMP exam format'),
    source('processnews-pgmp', 'http://processnews.blogspot.com/p/pmi-program-management-professional-pgmp.html', 'Process News: PgMP overview (domains, fees)'),
    source('bostonmc-pgmp', 'https://bostonmc.com/pgmp-certification-exam-requirements', 'Boston Management Consulting: PgMP exam requirements'),
    PMI_APPLICATION_SOURCE,
    PMI_AUDIT_SOURCE,
    ...PMI_CCR_SOURCES,
  ],
  facts: {
    overview: { confidence: 'high', sourceIds: ['knowledgehut-pgmp', 'cpc-pgmp'], note: 'No official PMI page was read for this credential.' },
    paths: { confidence: 'high', sourceIds: ['knowledgehut-pgmp', 'skillendorse-pgmp', 'edumorpho-pgmp', 'epodunk-pgmp', 'cpc-pgmp'], note: 'The 15-year window is medium confidence. That a PMP covers the project-experience part rests on one third-party page (low confidence). The older 360° multi-rater step no longer appears on current pages.' },
    'exam.size': { confidence: 'high', sourceIds: ['knowledgehut-pgmp', 'pmbody-pgmp'], note: null },
    'exam.format': { confidence: 'high', sourceIds: ['knowledgehut-pgmp', 'pmbody-pgmp'], note: 'Delivery options not found in the research.' },
    'exam.domains': { confidence: 'medium', sourceIds: ['skillendorse-pgmp', 'processnews-pgmp'], note: 'Weights from third-party pages only.' },
    'exam.passing': { confidence: 'low', sourceIds: [], note: 'The research lists the pass mark as not published, without a source of its own.' },
    'exam.fees': { confidence: 'medium', sourceIds: ['processnews-pgmp', 'bostonmc-pgmp'], note: 'Third-party figures; much higher 2009 fees (US$1,500 / US$1,800) are superseded.' },
    application: PMI_APPLICATION_FACT,
    maintenance: { confidence: 'high', sourceIds: ['projectvictor-pdus', 'pmi-olympia-ccr', 'pmi-manitoba-pdus', 'gururo-status', 'knowledgehut-pgmp'], note: 'The PgMP row of the PDU table is medium confidence; carry-over rests on one third-party page (medium).' },
    'maintenance.fees': { confidence: 'medium', sourceIds: ['pm-ie-fees'], note: null },
  },
};
