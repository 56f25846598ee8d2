import { describeOutlineSize, formatFees } from '../../../../shared/rulesWording';
import type { Exam, ExamOutline, RetakePolicy } from '../../../../shared/schemas/certification';
import type { IsoDate } from '../../../../shared/schemas/dates';
import { formatDayForPeople } from '../calendarDays';
import { compareDomainWeights, describeOutlineDates, describeWeightChanges, examOutlineInForce } from '../../../../shared/examOutlines';
import { ChangeList, type RuleChange } from './changeList';

const outlineLabel = (o: ExamOutline) => `${o.name}${describeOutlineDates(o, formatDayForPeople) ? ` (${describeOutlineDates(o, formatDayForPeople)})` : ''}`;

/**
 * The exam as it changes for this person: the outline in force on their date (exam, target or
 * today) compared field by field, the set of outlines if it changed, then fees and retake rules.
 */
export function examChanges(acronym: string, before: Exam, after: Exam, on: IsoDate): RuleChange[] {
  const list = new ChangeList('exam');
  const listed = (exam: Exam) => exam.outlines.map(outlineLabel).join('; ');
  if (listed(before) !== listed(after)) {
    list.add(after.outlines.length > 1 ? `The exam now changes on a date: ${listed(after)}` : `Exam outline: ${listed(before) || 'Unknown'} → ${listed(after) || 'Unknown'}`);
  }
  const a = examOutlineInForce(before.outlines, on);
  const b = examOutlineInForce(after.outlines, on);
  const prefix = `${acronym} exam on ${formatDayForPeople(on)}`;
  if (a && b) {
    list.count(prefix, a.questions, b.questions, 'questions');
    list.count(prefix, a.scoredQuestions, b.scoredQuestions, 'scored questions');
    list.count(prefix, a.durationMinutes, b.durationMinutes, 'minutes');
    list.value(`${prefix}: breaks`, a.breaks, b.breaks);
    list.value(`${prefix}: item types`, a.format, b.format);
    const weights = compareDomainWeights(a.domains, b.domains);
    if (weights.length > 0) list.add(`${prefix}: ${describeWeightChanges(weights)}`);
  } else if (a || b) {
    list.add(`${prefix}: ${a ? describeOutlineSize(a) ?? a.name : 'Unknown'} → ${b ? describeOutlineSize(b) ?? b.name : 'Unknown'}`);
  }
  list.value('Delivery', before.delivery, after.delivery);
  list.value('Passing', before.passing, after.passing);
  list.value('Pass mark', before.passMarkPercent, after.passMarkPercent, (p) => `${p}%`);
  list.value('Exam fee', before.fees, after.fees, (f) => formatFees(f) || 'Unknown');
  list.value('Retake fee', before.retakeFees, after.retakeFees, (f) => formatFees(f) || 'Unknown');
  list.value('Retake rules', before.retakes, after.retakes, describeRetakes);
  return list.items;
}

function describeRetakes(policy: RetakePolicy): string {
  const waits = policy.waits.map((w) => `${w.days} days before attempt ${w.fromAttempt} on`);
  const afterPass = policy.waitAfterPassDays !== null ? [`${policy.waitAfterPassDays} days after a pass`] : [];
  const free = policy.freeAttempts ? [`${policy.freeAttempts.count} free attempts${policy.freeAttempts.withinDays ? ` within ${policy.freeAttempts.withinDays} days` : ''}`] : [];
  return [...free, ...waits, ...afterPass].join('; ') || policy.notes || 'none stated';
}
