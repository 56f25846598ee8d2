import { fact, type BuiltinEntry } from '../builtinEntry';
import { PMI_60_PDU_SPLIT, PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy } from './pmiShared';

const baMonths = (months: number, windowMonths: number | null) => ({
  kind: 'experience' as const,
  id: 'business-analysis',
  months,
  windowMonths,
  area: 'business analysis',
  label: windowMonths ? `${months} months as a business analysis practitioner within the last 8 years` : `${months} months of unique business analysis experience (no time window stated)`,
});

const baTraining = { kind: 'training' as const, id: 'ba-education', hours: 35, topic: 'business analysis education', label: '35 contact hours of education in business analysis practices' };

/** Research notes §1.10: still offered, with the current three sets. */
export const pmiPba: BuiltinEntry = {
  id: 'pmi-pba',
  revision: 2,
  body: 'PMI',
  name: 'PMI Professional in Business Analysis',
  acronym: 'PMI-PBA',
  level: 'specialist',
  url: 'https://www.pmi.org/certifications/business-analysis-pba',
  summary:
    'PMI’s business analysis credential, still offered with an “Apply Now” button. You need months of business analysis practice (within eight years, except on the GAC-accredited route) and 35 hours of business analysis education; the 200-question exam gives analysis the most weight.',
  paths: [
    { id: 'four-year-degree', name: 'Four-year degree', requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Bachelor’s degree or higher (or global equivalent)' }, baMonths(36, 96), baTraining] },
    { id: 'secondary-degree', name: 'Secondary degree', requirements: [{ kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' }, baMonths(60, 96), baTraining] },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Bachelor’s or master’s degree from a GAC-accredited programme' }, baMonths(24, null), baTraining],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'current',
        name: 'current exam content outline',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 200,
        scoredQuestions: null,
        durationMinutes: 240,
        breaks: null,
        format: null,
        domains: [
          { id: 'needs-assessment', name: 'Needs Assessment', weight: 18 },
          { id: 'planning', name: 'Planning', weight: 22 },
          { id: 'analysis', name: 'Analysis', weight: 35 },
          { id: 'traceability-monitoring', name: 'Traceability and Monitoring', weight: 15 },
          { id: 'evaluation', name: 'Evaluation', weight: 10 },
        ],
      },
    ],
    delivery: null,
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 405, currency: 'USD' },
      { label: 'Non-member', amount: 555, currency: 'USD' },
    ],
    retakeFees: null,
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, PMI_60_PDU_SPLIT, null, PMI_RENEWAL_NOTE),
  sources: [pmiPageCopy('pmi-a-pba', 'https://www.pmi.org/certifications/business-analysis-pba', 'PMI: Professional in Business Analysis (PMI-PBA)'), ...PMI_COMMON_SOURCES],
  facts: {
    overview: fact('high', ['pmi-a-pba']),
    paths: fact('high', ['pmi-a-pba'], 'No general project experience is asked for in the current sets; the 7,500 h / 4,500 h + 2,000 h rule is from the old handbook. Set C states no time window.'),
    'outline:current': fact('high', ['pmi-a-pba'], 'Scored/pretest split, breaks and item types: not found.'),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact('high', ['pmi-a-pba'], 'Re-exam fee: not found.'),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-pba'], { split: 'found', carryOver: 'not found' }),
  },
};
