import { fact, source, type BuiltinEntry } from '../builtinEntry';
import { PMI_30_PDU_SPLIT, PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy, pmiPageCopyB } from './pmiShared';

const degree = { kind: 'education' as const, id: 'degree', minLevel: 'secondary' as const, label: 'High school or secondary diploma, or higher' };

/** The sources disagree (21 or 28 hours); Certplan asks for the higher and shows the conflict. */
const training = {
  kind: 'training' as const,
  id: 'agile-training',
  hours: 28,
  conflictingHours: 21,
  topic: 'agile training',
  label: 'Agile training from PMI’s exam prep course or an Authorized Training Partner (28 hours; some copies of PMI’s page say 21)',
};

const agileMonths = (months: number, windowMonths: number | null) => ({
  kind: 'experience' as const,
  id: 'agile-projects',
  months,
  windowMonths,
  area: 'agile projects',
  label: windowMonths ? `${months} months of agile experience within the last ${windowMonths / 12} years` : `${months} months of agile experience (no time window stated)`,
});

/** Research notes §1.7: four routes since 8 November 2024; meet one of them. */
export const pmiAcp: BuiltinEntry = {
  id: 'pmi-acp',
  revision: 2,
  body: 'PMI',
  name: 'PMI Agile Certified Practitioner',
  acronym: 'PMI-ACP',
  level: 'professional',
  url: 'https://www.pmi.org/certifications/agile-acp',
  summary:
    'PMI’s agile credential. Besides a secondary diploma and agile training, you meet one of four routes: two years of agile work within five years; a GAC-accredited degree and one year; a third-party agile certification and one year; or simply holding a PMP. The exam weighs mindset, leadership, product and delivery.',
  paths: [
    { id: 'secondary-degree', name: 'Two years of agile experience', requirements: [degree, agileMonths(24, 60), training] },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree and one year',
      requirements: [{ kind: 'education', id: 'gac-degree', minLevel: 'bachelor', gacAccredited: true, label: 'A degree from a GAC-accredited programme' }, agileMonths(12, null), training],
    },
    {
      id: 'agile-certification',
      name: 'Agile certification and one year',
      requirements: [
        degree,
        {
          kind: 'credential',
          id: 'agile-certification',
          anyTagged: 'agile',
          orTickLabel: 'I hold another third-party agile certification that PMI accepts',
          label: 'A third-party agile certification (PMI’s list of accepted ones was not found)',
        },
        agileMonths(12, null),
        training,
      ],
    },
    {
      id: 'pmp-holder',
      name: 'PMP holder',
      requirements: [degree, { kind: 'credential', id: 'pmp', anyOf: ['pmi-pmp'], label: 'A PMP certification (no agile months needed)' }, training],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'eco-2024',
        name: 'exam content outline (November 2024)',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 120,
        scoredQuestions: null,
        durationMinutes: 180,
        breaks: 'One 10-minute break, included in the 180 minutes',
        format: null,
        domains: [
          { id: 'mindset', name: 'Mindset', weight: 28 },
          { id: 'leadership', name: 'Leadership', weight: 25 },
          { id: 'product', name: 'Product', weight: 19 },
          { id: 'delivery', name: 'Delivery', weight: 28 },
        ],
      },
    ],
    delivery: null,
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 435, currency: 'USD' },
      { label: 'Non-member', amount: 495, currency: 'USD' },
    ],
    retakeFees: null,
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(30, PMI_30_PDU_SPLIT, null, `${PMI_RENEWAL_NOTE} Ways of Working PDUs on agile topics count here and toward PMP.`),
  sources: [
    pmiPageCopy('pmi-a-acp', 'https://www.pmi.org/certifications/agile-acp', 'PMI: Agile Certified Practitioner (PMI-ACP)'),
    pmiPageCopyB('pmi-b-acp', 'https://www.pmi.org/certifications/agile-management-acp', 'PMI: PMI-ACP, second copy'),
    source('acpexam-2026', 'https://acpexam.com/blog/pmi-acp-prerequisites-2026-eligibility-requirements-explained', 'ACP Exam: PMI-ACP prerequisites 2026'),
    ...PMI_COMMON_SOURCES,
  ],
  facts: {
    overview: fact('high', ['pmi-a-acp']),
    paths: fact(
      'high',
      ['pmi-a-acp', 'pmi-b-acp', 'acpexam-2026'],
      'The four routes are on PMI’s page (copy) and took effect on 8 November 2024 (third party). Which third-party agile certifications PMI accepts was not found: Certplan counts a held credential the catalog tags as agile (CSM, PSM I) and lets you tick another. The old 2,000 h + 1,500 h + 21 h rule is superseded.',
      'Training hours: PMI’s page copies say 21 hours (pmi-a-acp) and 28 hours (pmi-b-acp, which says 21 further down); third parties say 28 (acpexam-2026). Certplan asks for 28 and says when 21 would be enough.',
    ),
    'outline:eco-2024': fact('high', ['pmi-a-acp', 'pmi-b-acp'], 'Size, time with its break, and weights are on PMI’s page (copy). The scored/pretest split and item types: not found.'),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact('high', ['pmi-a-acp', 'pmi-b-acp'], 'Re-exam fee: not found.'),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-acp'], { split: 'found', carryOver: 'not found (an older PMI-ACP handbook has a chapter on transferring PDUs, but its text was not stored)' }),
  },
};
