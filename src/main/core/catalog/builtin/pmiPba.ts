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

/**
 * The handbook states 2,000 hours; the research equates 7,500 h with about 60 months and 4,500 h
 * with about 36 (125 hours a month), which puts 2,000 h at about 16 months. No window is given.
 */
const generalProjects = {
  kind: 'experience' as const,
  id: 'general-projects',
  months: 16,
  windowMonths: null,
  area: 'general projects',
  label: '2,000 hours (about 16 months) of general project experience',
};

const baTraining = {
  kind: 'training' as const,
  id: 'ba-training',
  hours: 35,
  topic: 'BA training',
  label: '35 contact hours of business analysis training',
};

export const pmiPba: BuiltinEntry = {
  id: 'pmi-pba',
  revision: 1,
  body: 'PMI',
  name: 'PMI Professional in Business Analysis',
  acronym: 'PMI-PBA',
  level: 'specialist',
  url: null,
  summary:
    'PMI’s business analysis credential. Whether PMI still offers it, or has retired or renamed it, could not be confirmed. The rules shown are those of its older handbook: hours of business analysis work plus general project experience and 35 hours of training. The exam format, domains and fee are unknown.',
  paths: [
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary degree (high school diploma, associate’s or global equivalent)' },
        { kind: 'experience', id: 'business-analysis', months: 60, windowMonths: null, area: 'business analysis', label: '7,500 hours (about 60 months) of business analysis experience' },
        generalProjects,
        baTraining,
      ],
    },
    {
      id: 'bachelor-degree',
      name: 'Bachelor’s degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Bachelor’s degree or global equivalent' },
        { kind: 'experience', id: 'business-analysis', months: 36, windowMonths: null, area: 'business analysis', label: '4,500 hours (about 36 months) of business analysis experience' },
        generalProjects,
        baTraining,
      ],
    },
  ],
  exam: {
    questions: null,
    scoredQuestions: null,
    durationMinutes: null,
    format: null,
    delivery: null,
    domains: [],
    passing: null,
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: null,
    retakeFees: null,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, { educationMin: 35, perAreaMin: 8, givingBackMax: 25, practitionerMax: 8 }, 'Same PDU rules as PMP. Unmet at the end of the three years: suspended for a year, then expired. Whether the credential is still offered is unconfirmed.'),
  sources: [
    source('themagazinenews-pba', 'https://themagazinenews.com/pmi-pba-exam-policies-procedures-results/', 'The Magazine News: PMI-PBA exam policies and procedures (handbook era)'),
    source('institutei4-pba', 'https://institutei4.com/pmi-pba/pmi-pba-certification-process/', 'Institute i4: PMI-PBA certification process'),
    source('gururo-pdus', 'https://gururo.com/?p=40826', 'Gururo: PDU requirements'),
    source('wixlib-pba-handbook', 'https://wixlib.com/document/fbb9_pmi-professional-in-business-analysis.html', 'Wixlib: PMI-PBA handbook (table of contents only)'),
    PMI_APPLICATION_SOURCE,
    PMI_AUDIT_SOURCE,
    ...PMI_CCR_SOURCES,
  ],
  facts: {
    overview: { confidence: 'low', sourceIds: ['themagazinenews-pba', 'institutei4-pba'], note: 'Whether PMI still offers this credential, or has retired or renamed it, could not be verified.' },
    paths: { confidence: 'low', sourceIds: ['themagazinenews-pba'], note: 'Handbook-era rules stated in hours; the months are the research’s own conversion (7,500 h ≈ 60, 4,500 h ≈ 36) and 2,000 h ≈ 16 months follows the same ratio. No time window was found.' },
    'exam.size': { confidence: 'low', sourceIds: ['wixlib-pba-handbook'], note: 'Not found in the research: the handbook was found but not its exam blueprint.' },
    'exam.format': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.domains': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.passing': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    'exam.fees': { confidence: 'low', sourceIds: [], note: 'Not found in the research.' },
    application: PMI_APPLICATION_FACT,
    maintenance: { confidence: 'medium', sourceIds: ['institutei4-pba', 'gururo-pdus', 'projectvictor-pdus'], note: null },
    'maintenance.fees': { confidence: 'medium', sourceIds: ['pm-ie-fees'], note: null },
  },
};
