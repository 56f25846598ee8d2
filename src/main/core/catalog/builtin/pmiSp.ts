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

function schedulingExperience(months: number) {
  return {
    kind: 'experience' as const,
    id: 'project-scheduling',
    months,
    windowMonths: 60,
    area: 'project scheduling',
    label: `${months} months of project scheduling experience within the last 5 years`,
  };
}

function schedulingEducation(hours: number) {
  return {
    kind: 'training' as const,
    id: 'scheduling-education',
    hours,
    topic: 'scheduling education',
    label: `${hours} contact hours of project scheduling education`,
  };
}

export const pmiSp: BuiltinEntry = {
  id: 'pmi-sp',
  revision: 1,
  body: 'PMI',
  name: 'PMI Scheduling Professional',
  acronym: 'PMI-SP',
  level: 'specialist',
  url: null,
  summary:
    'PMI’s specialist credential for project schedulers. Three routes differ by degree: the more formal the degree, the fewer months of recent scheduling work and hours of scheduling education you need.',
  paths: [
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' },
        schedulingExperience(36),
        schedulingEducation(40),
      ],
    },
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Four-year degree (bachelor’s or global equivalent)' },
        schedulingExperience(24),
        schedulingEducation(30),
      ],
    },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Degree from a GAC-accredited programme' },
        schedulingExperience(12),
        schedulingEducation(30),
      ],
    },
  ],
  exam: {
    questions: 170,
    scoredQuestions: 150,
    durationMinutes: 210,
    format: 'Multiple choice; 20 of the 170 questions are unscored pretest items',
    delivery: null,
    domains: [
      { id: 'schedule-strategy', name: 'Schedule Strategy', weight: 14 },
      { id: 'schedule-planning', name: 'Schedule Planning and Development', weight: 31 },
      { id: 'schedule-monitoring', name: 'Schedule Monitoring and Controlling', weight: 35 },
      { id: 'schedule-closeout', name: 'Schedule Closeout', weight: 6 },
      { id: 'stakeholder-communications', name: 'Stakeholder Communications Management', weight: 14 },
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
  maintenance: pmiMaintenance(30, { educationMin: 18, perAreaMin: 4, givingBackMax: 12, practitionerMax: 4 }, 'The cycle runs three years from the pass date. Unmet at the end: suspended for a year, then expired. Ways of Working PDUs on scheduling topics count here and toward PMP.'),
  sources: [
    source('1worldinfosec-sp', 'https://1worldinfosec.com/book/pmi-certifications/pmi-scheduling-professional/pmi-scheduling-professional-pmi-sp-exam-preparation-virtual-live-online-training-with-pmi-sp-course-content', '1WorldInfoSec: PMI-SP exam preparation course'),
    source('wikibin-sp', 'http://wikibin.org/articles/pmi-scheduling-professional.html', 'Wikibin: PMI Scheduling Professional'),
    source('businessday-sp', 'https://www.businessday.in/where-can-i-get-the-pmi-acp-exam-dates/', 'BusinessDay: PMI exam dates (PMI-SP outline, older)'),
    source('pmi-uny-faq', 'http://www.pmi-uny.org/pmi_uny_pmp_faq.html', 'PMI Upstate New York chapter: certification FAQ (older)'),
    PMI_APPLICATION_SOURCE,
    PMI_AUDIT_SOURCE,
    ...PMI_CCR_SOURCES,
  ],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['1worldinfosec-sp'], note: 'Third-party pages only; no official PMI page was read.' },
    paths: { confidence: 'medium', sourceIds: ['1worldinfosec-sp'], note: 'All three routes come from one third-party page.' },
    'exam.size': { confidence: 'medium', sourceIds: ['1worldinfosec-sp', 'wikibin-sp', 'businessday-sp'], note: null },
    'exam.format': { confidence: 'medium', sourceIds: ['1worldinfosec-sp', 'wikibin-sp'], note: 'Delivery options not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: ['businessday-sp'], note: 'From an older outline; the current exam content outline was not found.' },
    'exam.passing': { confidence: 'low', sourceIds: [], note: 'The research lists the pass mark as not disclosed, without a source of its own.' },
    'exam.fees': { confidence: 'low', sourceIds: ['pmi-uny-faq'], note: 'From an older chapter page; may be out of date.' },
    application: PMI_APPLICATION_FACT,
    maintenance: { confidence: 'high', sourceIds: ['projectvictor-pdus', 'pmi-olympia-ccr', 'gururo-status', 'prothoughts-multi'], note: 'The split across categories for the 30-PDU credentials comes from one third-party table (medium).' },
    'maintenance.fees': { confidence: 'medium', sourceIds: ['pm-ie-fees'], note: null },
  },
};
