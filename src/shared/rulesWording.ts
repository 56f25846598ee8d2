import { EDUCATION_LABELS } from './educationLabels';
import { formatUnits } from './formatUnits';
import type { ActivityUnitBounds, CarryOver, CeCategory, ExamOutline, Fee, Requirement, YearlyRule } from './schemas/certification';

/**
 * Rules in plain words, shared by the core (change lists, engine sentences) and the screens, so a
 * person reads the same sentence wherever a rule appears.
 */

export function pluralize(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "96 months" reads better as "8 years" when it is whole years. */
export function formatWindow(months: number): string {
  return months % 12 === 0 ? pluralize(months / 12, 'year') : pluralize(months, 'month');
}

const money = (fee: Fee) => new Intl.NumberFormat('en', { style: 'currency', currency: fee.currency, maximumFractionDigits: 0 }).format(fee.amount);

export function formatFees(fees: readonly Fee[]): string {
  return fees.map((fee) => `${money(fee)} (${fee.label})`).join(', ');
}

export function describeRequirement(req: Requirement, nameOf: (id: string) => string): string {
  const orHold = (ids: readonly string[]) => (ids.length ? ` — or hold ${ids.map(nameOf).join(' or ')}` : '');
  switch (req.kind) {
    case 'education':
      return `${EDUCATION_LABELS[req.minLevel]} or higher${req.gacAccredited ? ', from a GAC-accredited programme' : ''}`;
    case 'experience':
      return `${pluralize(req.months, 'month')} of ${req.area}${req.windowMonths ? ` within the last ${formatWindow(req.windowMonths)}` : ', no time limit stated'} (unique months; overlaps count once)${orHold(req.substitutedBy)}`;
    case 'training': {
      const gac = req.coveredByGacCoursework ? ' — or the core coursework of a GAC-accredited degree' : '';
      const conflict = req.conflictingHours !== null ? ` (sources disagree: ${req.conflictingHours} or ${req.hours} hours)` : '';
      return `${pluralize(req.hours, 'hour')} of ${req.topic}${conflict}${orHold(req.substitutedBy)}${gac}`;
    }
    case 'credential': {
      const options = [...req.anyOf.map(nameOf), ...(req.anyTagged ? [`any ${req.anyTagged} certification`] : [])];
      return `Hold ${options.join(' or ') || 'an accepted credential'}${req.orTickLabel ? ` (or tick: ${req.orTickLabel})` : ''}`;
    }
    case 'check':
      return req.label;
  }
}

/** "Surplus earned in the cycle's last year carries over, at most 20 PDUs." */
export function describeCarryOver(carryOver: CarryOver | null, unitName: string): string {
  if (carryOver === null) return 'Unknown';
  if (carryOver.rule === 'none') return 'None: units above the total do not carry over';
  const base = 'Units above the total earned in the last year of the cycle carry over to the next';
  if (carryOver.maxUnits === 'no-limit') return `${base}, with no maximum`;
  if (carryOver.maxUnits === null) return `${base}; the maximum is unknown, so Certplan carries nothing over until you fill it in`;
  return `${base}, at most ${formatUnits(carryOver.maxUnits, unitName)}`;
}

/** "At least 20 CPD points in each year of the cycle, 5 of them from Professional Experience." */
export function describePerYear(perYear: YearlyRule | null, categories: readonly Pick<CeCategory, 'id' | 'name'>[], unitName: string): string | null {
  if (perYear === null) return null;
  const parts = perYear.categoryMinimums.map((cm) => `${cm.minimum} of them from ${categories.find((c) => c.id === cm.categoryId)?.name ?? cm.categoryId}`);
  return `At least ${formatUnits(perYear.minimum, unitName)} in each year of the cycle${parts.length ? `, ${parts.join(' and ')}` : ''}; a year below it cannot be made up later.`;
}

/** "Each activity counts 0.5 to 15 CPD points; a longer one is refused." */
export function describeActivityBounds(bounds: ActivityUnitBounds | null, unitName: string): string | null {
  if (bounds === null || (bounds.min === null && bounds.max === null)) return null;
  const range =
    bounds.min !== null && bounds.max !== null
      ? `${bounds.min} to ${formatUnits(bounds.max, unitName)}`
      : bounds.min !== null
        ? `at least ${formatUnits(bounds.min, unitName)}`
        : `at most ${formatUnits(bounds.max ?? 0, unitName)}`;
  const above = bounds.max === null ? '' : bounds.aboveMax === 'refuse' ? '; more is refused (split it into several activities)' : '; anything above it does not count';
  return `Each activity counts ${range}${above}.`;
}

/** "At most 8 SEUs count for one day of activity." */
export function describeDailyCap(maxUnitsPerDay: number | null, unitName: string): string | null {
  return maxUnitsPerDay === null ? null : `At most ${formatUnits(maxUnitsPerDay, unitName)} count for one day of activity.`;
}

/** "180 questions (170 scored), 240 min" or null when neither is known. */
export function describeOutlineSize(outline: Pick<ExamOutline, 'questions' | 'scoredQuestions' | 'durationMinutes'>): string | null {
  const questions = outline.questions !== null ? `${outline.questions} questions${outline.scoredQuestions !== null ? ` (${outline.scoredQuestions} scored)` : ''}` : null;
  const time = outline.durationMinutes !== null ? `${outline.durationMinutes} min` : null;
  return [questions, time].filter(Boolean).join(', ') || null;
}
