import { fact, type BuiltinEntry } from '../builtinEntry';
import { PMI_30_PDU_SPLIT, PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy } from './pmiShared';

const riskMonths = (months: number) => ({
  kind: 'experience' as const,
  id: 'project-risk-management',
  months,
  windowMonths: 60,
  area: 'project risk management',
  label: `${months} months of project risk management experience within the last 5 years`,
});

const riskEducation = (hours: number) => ({ kind: 'training' as const, id: 'risk-education', hours, topic: 'risk management education', label: `${hours} contact hours of project risk management education` });

/** Research notes §1.8. */
export const pmiRmp: BuiltinEntry = {
  id: 'pmi-rmp',
  revision: 2,
  body: 'PMI',
  name: 'PMI Risk Management Professional',
  acronym: 'PMI-RMP',
  level: 'specialist',
  url: 'https://www.pmi.org/certifications/risk-management-rmp',
  summary:
    'PMI’s credential for people who identify, assess and handle project risk. You need months of risk management work within the last five years and risk management education; a four-year or GAC-accredited degree shortens both. The exam is offered in English, Arabic and Simplified Chinese.',
  paths: [
    { id: 'four-year-degree', name: 'Four-year degree', requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Bachelor’s degree or higher (or global equivalent)' }, riskMonths(24), riskEducation(30)] },
    { id: 'secondary-degree', name: 'Secondary degree', requirements: [{ kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary diploma (high school, associate’s or global equivalent)' }, riskMonths(36), riskEducation(40)] },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Bachelor’s degree or higher from a GAC-accredited programme' }, riskMonths(12), riskEducation(30)],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'current',
        name: 'current exam content outline',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 115,
        scoredQuestions: null,
        durationMinutes: 150,
        breaks: null,
        format: null,
        domains: [
          { id: 'risk-strategy', name: 'Risk Strategy and Planning', weight: 22 },
          { id: 'risk-identification', name: 'Risk Identification', weight: 23 },
          { id: 'risk-analysis', name: 'Risk Analysis', weight: 23 },
          { id: 'risk-response', name: 'Risk Response', weight: 13 },
          { id: 'monitor-close-risk', name: 'Monitor and Close Risk', weight: 19 },
        ],
      },
    ],
    delivery: 'In English, Arabic and Simplified Chinese',
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 520, currency: 'USD' },
      { label: 'Non-member', amount: 670, currency: 'USD' },
    ],
    retakeFees: null,
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(30, PMI_30_PDU_SPLIT, 10, PMI_RENEWAL_NOTE),
  sources: [pmiPageCopy('pmi-a-rmp', 'https://www.pmi.org/certifications/risk-management-rmp', 'PMI: Risk Management Professional (PMI-RMP)'), ...PMI_COMMON_SOURCES],
  facts: {
    overview: fact('high', ['pmi-a-rmp']),
    paths: fact('high', ['pmi-a-rmp']),
    'outline:current': fact('high', ['pmi-a-rmp'], 'These weights replace the older set (20/25/27/16/12). Scored/pretest split, breaks and item types: not found.'),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact('high', ['pmi-a-rmp'], 'Re-exam fee: not found.'),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-rmp'], { split: 'found', carryOver: 'at most 10 PDUs (osp-carryover, a single older source)' }),
  },
};
