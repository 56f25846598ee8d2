import { fact, type BuiltinEntry } from '../builtinEntry';
import { PMI_30_PDU_SPLIT, PMI_APPLICATION, PMI_APPLICATION_FACTS, PMI_BANDS, PMI_COMMON_SOURCES, PMI_RENEWAL_NOTE, PMI_RETAKES, pmiMaintenance, pmiMaintenanceFacts, pmiPageCopy } from './pmiShared';

const schedulingMonths = (months: number) => ({
  kind: 'experience' as const,
  id: 'project-scheduling',
  months,
  windowMonths: 60,
  area: 'project scheduling',
  label: `${months} months of project scheduling experience within the last 5 years`,
});

const schedulingEducation = (hours: number) => ({ kind: 'training' as const, id: 'scheduling-education', hours, topic: 'scheduling education', label: `${hours} contact hours of project scheduling education` });

/** Research notes §1.9. */
export const pmiSp: BuiltinEntry = {
  id: 'pmi-sp',
  revision: 2,
  body: 'PMI',
  name: 'PMI Scheduling Professional',
  acronym: 'PMI-SP',
  level: 'specialist',
  url: 'https://www.pmi.org/certifications/scheduling-sp',
  summary:
    'PMI’s credential for project schedulers: months of scheduling work within the last five years plus scheduling education, fewer of both with a four-year or GAC-accredited degree. The English-only exam is taken at a Pearson VUE test centre.',
  paths: [
    { id: 'four-year-degree', name: 'Four-year degree', requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Four-year degree (bachelor’s or global equivalent)' }, schedulingMonths(24), schedulingEducation(30)] },
    { id: 'secondary-degree', name: 'Secondary degree', requirements: [{ kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' }, schedulingMonths(40), schedulingEducation(40)] },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Bachelor’s or postgraduate degree from a GAC-accredited programme' }, schedulingMonths(12), schedulingEducation(30)],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'current',
        name: 'current exam content outline',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 170,
        scoredQuestions: 150,
        durationMinutes: 210,
        breaks: null,
        format: null,
        domains: [
          { id: 'schedule-strategy', name: 'Schedule Strategy', weight: 14 },
          { id: 'schedule-planning', name: 'Schedule Planning and Development', weight: 31 },
          { id: 'schedule-monitoring', name: 'Schedule Monitoring and Controlling', weight: 35 },
          { id: 'schedule-closeout', name: 'Schedule Closeout', weight: 6 },
          { id: 'stakeholder-communications', name: 'Stakeholder Communications Management', weight: 14 },
        ],
      },
    ],
    delivery: 'Pearson VUE test centre (no online option on PMI’s page); English only',
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
  sources: [pmiPageCopy('pmi-a-sp', 'https://www.pmi.org/certifications/scheduling-sp', 'PMI: Scheduling Professional (PMI-SP)'), ...PMI_COMMON_SOURCES],
  facts: {
    overview: fact('high', ['pmi-a-sp']),
    paths: fact('high', ['pmi-a-sp'], 'Set A asks for 40 months (the older notes had 36).'),
    'outline:current': fact('high', ['pmi-a-sp'], 'Size, split, time and weights are on PMI’s page (copy). Breaks and item types: not found.'),
    'exam.passing': fact('low', [], 'No pass mark was found.'),
    'exam.fees': fact('high', ['pmi-a-sp'], 'Re-exam fee: not found.'),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-sp'], { split: 'found', carryOver: 'at most 10 PDUs (osp-carryover, a single older source)' }),
  },
};
