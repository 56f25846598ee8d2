import { examOutlineInForce } from '../../../shared/examOutlines';
import type { Certification, FactRef } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';

/** Words for each fact in the catalog list ("Exam fee", "Carry-over"). */
const FACT_WORDS: Record<string, string> = {
  overview: 'Overview',
  paths: 'Prerequisites',
  'exam.outlines': 'Exam outline',
  'exam.size': 'Exam size',
  'exam.format': 'Item types',
  'exam.domains': 'Domain weights',
  'exam.passing': 'Pass mark',
  'exam.fees': 'Exam fee',
  'exam.retakes': 'Retake rules',
  application: 'Application',
  'application.audit': 'Audit',
  maintenance: 'Renewal rules',
  'maintenance.categories': 'Renewal categories',
  'maintenance.carryOver': 'Carry-over',
  'maintenance.records': 'Record keeping',
  'maintenance.fees': 'Renewal fee',
};

const wordsFor = (key: string): string => FACT_WORDS[key] ?? (key.startsWith('outline:') ? 'Exam outline' : key.startsWith('path:') ? 'Prerequisites' : key);

/**
 * What a person should notice before trusting an entry, from its rules (values left Unknown) and
 * its provenance (low-confidence facts, sources that disagree). The list shows these at a glance.
 */
export function factsAtAGlance(cert: Certification, today: IsoDate): { unknownFacts: string[]; lowConfidenceFacts: string[]; conflicts: number } {
  const unknown: string[] = [];
  const outline = examOutlineInForce(cert.exam.outlines, today);
  if (outline === null) unknown.push('Exam outline');
  else {
    if (outline.questions === null || outline.durationMinutes === null) unknown.push('Exam size');
    if (outline.domains.length === 0) unknown.push('Domain weights');
  }
  if (cert.exam.fees === null) unknown.push('Exam fee');
  const m = cert.maintenance;
  if (m.kind === 'unknown') unknown.push('Renewal rules');
  if (m.kind === 'continuing-education') {
    if (m.totalUnits === null) unknown.push('Renewal units');
    if (m.groups.length === 0) unknown.push('Renewal categories');
    if (m.carryOver === null || (m.carryOver.rule === 'last-year-excess' && m.carryOver.maxUnits === null)) unknown.push('Carry-over');
  }
  if ((m.kind === 'continuing-education' || m.kind === 'retake') && m.renewalFees === null) unknown.push('Renewal fee');
  const facts = Object.entries(cert.facts) as [FactRef, { confidence: string; conflict: string | null }][];
  const low = [...new Set(facts.filter(([, info]) => info.confidence === 'low').map(([key]) => wordsFor(key)))].filter((w) => !unknown.includes(w));
  return { unknownFacts: unknown, lowConfidenceFacts: cert.origin === 'builtin' ? low : [], conflicts: facts.filter(([, info]) => info.conflict !== null).length };
}
