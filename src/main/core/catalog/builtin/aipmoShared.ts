import type { Exam, FactInfo, Maintenance } from '../../../../shared/schemas/certification';
import { source } from '../builtinEntry';

/**
 * AIPMO (Association of International Project Management Officers) runs the IPMO series:
 * IPMO-F → IPMO-P → IPMO-E. The research found the ladder and the course model but no exam
 * format, fee or renewal rule for any level, so those stay unknown.
 */
export const AIPMO_SOURCES = {
  ipmoF: source('aipmo-ipmo-f', 'http://aipmo.org/certifications/core-certifications/pmo-foundation-aipmo-certification-ipmo-f/', 'AIPMO: PMO Foundation certification (IPMO-F)', { official: true }),
  ipmoP: source('aipmo-ipmo-p', 'https://www.aipmo.org/aipmo-practitioner-certification-ipmo-p/', 'AIPMO: Practitioner certification (IPMO-P)', { official: true }),
  ace: source('aipmo-ace', 'https://aipmo.org/ace-training-program/', 'AIPMO: ACE training programme (five-day courses, competency assessment)', { official: true }),
  pmolearning: source('pmolearning-lifecycle', 'https://www.pmolearning.co.uk/pmolearning-blog/aipmo/pmo-lifecycle-framework/', 'PMO Learning (AIPMO training partner): PMO Lifecycle Framework'),
};

/** Nothing about the assessment itself was found. */
export const AIPMO_UNKNOWN_EXAM: Exam = {
  questions: null,
  scoredQuestions: null,
  durationMinutes: null,
  format: null,
  delivery: null,
  domains: [],
  passing: null,
  passMarkPercent: null,
  performanceBands: [],
  fees: null,
  retakeFees: null,
};

export const AIPMO_UNKNOWN_MAINTENANCE: Maintenance = {
  kind: 'unknown',
  cycleYears: null,
  unitName: null,
  totalUnits: null,
  unitStep: null,
  annualMinimum: null,
  groups: [],
  suspensionMonths: null,
  carryOver: null,
  renewalFees: null,
  notes: 'Whether and how AIPMO certifications are renewed was not found in the research.',
};

const notFound: FactInfo = { confidence: 'low', sourceIds: [], note: 'Not found in the research.' };

/** Provenance for the sections the research could not fill, shared by the three levels. */
export const AIPMO_UNKNOWN_FACTS = {
  'exam.size': notFound,
  'exam.format': notFound,
  'exam.domains': notFound,
  'exam.passing': notFound,
  'exam.fees': notFound,
  application: notFound,
  maintenance: {
    confidence: 'low',
    sourceIds: [],
    note: 'Renewal rules not found in the research.',
  },
  'maintenance.fees': notFound,
} satisfies Record<string, FactInfo>;
