import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PMI_60_PDU_SPLIT, PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy } from './pmiShared';

const panelReview = { kind: 'check' as const, id: 'panel-review', label: 'Panel review of your program experience summaries passed' };

/** Every set's project months, which a PMP replaces (research notes §1.5: "or a PMP"). All experience counts within 15 years. */
const projectExperience = (months: number) => ({
  kind: 'experience' as const,
  id: 'project-management',
  months,
  windowMonths: 180,
  area: 'project management',
  label: `${months} months of project management experience within the last 15 years (or a PMP)`,
  substitutedBy: ['pmi-pmp'],
});

const programExperience = (months: number) => ({
  kind: 'experience' as const,
  id: 'program-management',
  months,
  windowMonths: 180,
  area: 'program management',
  label: `${months} months of program management experience within the last 15 years`,
});

/** Research notes §1.5. */
export const pmiPgmp: BuiltinEntry = {
  id: 'pmi-pgmp',
  revision: 2,
  body: 'PMI',
  name: 'Program Management Professional',
  acronym: 'PgMP',
  level: 'advanced',
  url: 'https://www.pmi.org/certifications/program-management-pgmp',
  summary:
    'PMI’s credential for program managers. You need years of project and of program management experience within the last 15 years; a PMP replaces the project part. You pay first, a panel of PgMP holders reviews your experience summaries, and only then may you book the exam.',
  paths: [
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Bachelor’s degree or higher (or global equivalent)' }, projectExperience(48), programExperience(48), panelReview],
    },
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary diploma (high school, associate’s or global equivalent)' }, projectExperience(48), programExperience(84), panelReview],
    },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Bachelor’s or postgraduate degree from a GAC-accredited programme' },
        projectExperience(36),
        programExperience(36),
        panelReview,
      ],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'eco-2024',
        name: 'exam content outline (March 2024)',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 170,
        scoredQuestions: 150,
        durationMinutes: 240,
        breaks: null,
        format: null,
        // Ids are kept from the older names (same five domains, same weights), so ratings and scores carry over.
        domains: [
          { id: 'strategic-program-management', name: 'Strategic Program Alignment', weight: 15 },
          { id: 'program-life-cycle', name: 'Program Life Cycle Management', weight: 44 },
          { id: 'benefits-management', name: 'Benefits Alignment', weight: 11 },
          { id: 'stakeholder-engagement', name: 'Stakeholder Engagement', weight: 16 },
          { id: 'governance', name: 'Governance', weight: 14 },
        ],
      },
    ],
    delivery: null,
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 800, currency: 'USD' },
      { label: 'Non-member', amount: 1000, currency: 'USD' },
    ],
    retakeFees: null,
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, PMI_60_PDU_SPLIT, 20, PMI_RENEWAL_NOTE),
  sources: [
    pmiPageCopy('pmi-a-pgmp', 'https://www.pmi.org/certifications/program-management-pgmp', 'PMI: Program Management Professional (PgMP)'),
    source('pgmp-o', 'http://www.pmi.org/certifications/types/program-management-pgmp', 'PMI: PgMP (older copy of the page)', { kind: 'official-old' }),
    source('knowledgehut-pgmp', 'https://www.knowledgehut.com/project-management/pgmp-certification-training', 'KnowledgeHut: PgMP certification training'),
    source('mastery-pgmp', 'https://masteryexamprep-com.pages.dev/exams/pmi/pgmp/overview', 'Mastery Exam Prep: PgMP overview (cites the March 2024 outline)'),
    source('pmicerti-pgmp-eco', 'http://pmicerti.com/?p=6348', 'pmicerti: text of the PgMP exam content outline'),
    ...PMI_COMMON_SOURCES,
  ],
  facts: {
    overview: fact('high', ['pmi-a-pgmp', 'pgmp-o']),
    paths: fact('high', ['pmi-a-pgmp'], 'All three sets, the 15-year window and the PMP replacing the project months are on PMI’s page (copy).'),
    'outline:eco-2024': fact(
      'high',
      ['pmi-a-pgmp', 'pgmp-o', 'knowledgehut-pgmp', 'mastery-pgmp', 'pmicerti-pgmp-eco'],
      '170 questions in 240 minutes on PMI’s pages; the 150 + 20 split from a third party. Breaks and item types: not found. The older domain names (Strategic Program Management, Benefits Management) come from the 2011 outline.',
      'The third domain is “Benefits Alignment” in the outline quotes but “Business Alignment” in the copy of PMI’s page.',
    ),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact('high', ['pmi-a-pgmp', 'pgmp-o'], 'Re-exam fee: not found. You pay before the panel review.'),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-pgmp'], { split: 'found', carryOver: 'at most 20 PDUs (osp-carryover, older)' }),
  },
};
