import type { ExamSchema, FactInfoInput, MaintenanceInput } from '../../../../shared/schemas/certification';
import type { z } from 'zod';
import { fact, source } from '../builtinEntry';

/**
 * AIPMO's IPMO series (research notes §7): Foundation → Practitioner → Expert. The notes found the
 * ladder and the course model, but no exam format, fee, retake or renewal rule for any level.
 */
export const AIPMO_SOURCES = {
  ipmoF: source('aipmo-ipmo-f', 'http://aipmo.org/certifications/core-certifications/pmo-foundation-aipmo-certification-ipmo-f/', 'AIPMO: PMO Foundation certification (IPMO-F)', { kind: 'official' }),
  ipmoP: source('aipmo-ipmo-p', 'https://www.aipmo.org/aipmo-practitioner-certification-ipmo-p/', 'AIPMO: Practitioner certification (IPMO-P)', { kind: 'official' }),
  ace: source('aipmo-ace', 'https://aipmo.org/ace-training-program/', 'AIPMO: ACE training programme (five-day courses)', { kind: 'official' }),
  pmolearning: source('pmolearning-lifecycle', 'https://www.pmolearning.co.uk/pmolearning-blog/aipmo/pmo-lifecycle-framework/', 'PMO Learning (AIPMO training partner): PMO Lifecycle Framework'),
};

export const AIPMO_UNKNOWN_EXAM: z.input<typeof ExamSchema> = {
  outlines: [],
  delivery: null,
  passing: null,
  passMarkPercent: null,
  performanceBands: [],
  fees: null,
  retakeFees: null,
  retakes: null,
};

export const AIPMO_UNKNOWN_MAINTENANCE: MaintenanceInput = {
  kind: 'unknown',
  cycleYears: null,
  unitName: null,
  totalUnits: null,
  unitStep: null,
  groups: [],
  suspensionMonths: null,
  carryOver: null,
  renewalFees: null,
  notes: 'Whether and how AIPMO certifications are renewed was not found. If you hold one, you can fill in its renewal rules yourself.',
};

/** Provenance for the facts the notes could not fill, shared by the three levels. */
export const AIPMO_UNKNOWN_FACTS: Record<string, FactInfoInput> = {
  'exam.outlines': fact('low', [], 'Exam format: not found. You can fill in the outline on your track.'),
  'exam.passing': fact('low', [], 'Not found.'),
  'exam.fees': fact('low', [], 'Not found.'),
  'exam.retakes': fact('low', [], 'Not found.'),
  maintenance: fact('low', [], 'Renewal rules: not found.'),
};
