import type { Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { Cycle, RenewalRecord } from '../../../shared/schemas/renewal';
import { plusDays, plusMonths, plusYears } from './calendarDays';

type CycleRules = Pick<Maintenance, 'kind' | 'cycleYears' | 'suspensionMonths'>;

/** Whether the rules describe cycles at all (a lifetime or unresearched credential has none). */
export function hasCycles(rules: CycleRules | null): rules is CycleRules & { cycleYears: number } {
  return rules !== null && (rules.kind === 'continuing-education' || rules.kind === 'retake') && rules.cycleYears !== null;
}

/** A renewal starts the next cycle only once it is approved and the fee is paid. */
export const isCompletedRenewal = (r: RenewalRecord): boolean => r.approvedOn !== null && r.feePaid;

/**
 * The credential's cycles, computed (never stored) from the earned date and the renewals:
 * - the first cycle starts on `earnedOn` (PMI: the pass date) and lasts `cycleYears`, ending the
 *   day before the anniversary;
 * - a completed renewal of a cycle starts the next one the day after it ends, even when the
 *   renewal came late, during the suspension (PMI keeps the cycle dates);
 * - an unmet cycle is followed by `suspensionMonths` of suspension, then the credential expires.
 *   Without a suspension period it expires the day after the cycle ends.
 * Activities count toward the cycle whose window holds their date. A renewed cycle's window runs to
 * its end, or to the approval day when it was renewed during the suspension (the units earned then
 * completed it); the open cycle's window runs to the end of its suspension.
 */
export function computeCycles(rules: CycleRules | null, earnedOn: IsoDate, renewals: readonly RenewalRecord[]): Cycle[] {
  if (!hasCycles(rules)) return [];
  const byStart = new Map(renewals.map((r) => [r.cycleStart, r]));
  const cycles: Cycle[] = [];
  let start = earnedOn;
  let countsFrom = earnedOn;
  // A renewal record per cycle at most; the bound guards against a corrupt row looping forever.
  for (let index = 0; index <= renewals.length; index++) {
    const end = plusDays(plusYears(start, rules.cycleYears), -1);
    const suspensionMonths = rules.suspensionMonths ?? 0;
    const suspensionEnd = suspensionMonths > 0 ? plusMonths(end, suspensionMonths) : null;
    const expiresOn = plusDays(suspensionEnd ?? end, 1);
    const renewal = byStart.get(start) ?? null;
    const renewed = renewal !== null && isCompletedRenewal(renewal);
    const approvedOn = renewal?.approvedOn ?? null;
    const countsUntil = renewed ? (approvedOn !== null && approvedOn > end ? approvedOn : end) : (suspensionEnd ?? end);
    cycles.push({
      index,
      start,
      end,
      suspensionEnd,
      expiresOn,
      countsFrom,
      countsUntil,
      renewal,
      state: renewed ? 'renewed' : 'open',
    });
    if (!renewed) break;
    start = plusDays(end, 1);
    countsFrom = plusDays(countsUntil, 1);
  }
  return cycles;
}

/** The cycle an activity dated `date` counts toward, if any. */
export function cycleHolding(cycles: readonly Cycle[], date: IsoDate): Cycle | undefined {
  return cycles.find((c) => c.countsFrom <= date && date <= c.countsUntil);
}

/** Index of the cycle year (0-based) a date falls in: year i runs from start + i years. */
export function cycleYearOf(start: IsoDate, date: IsoDate, cycleYears: number): number {
  let year = 0;
  while (year + 1 < cycleYears && plusYears(start, year + 1) <= date) year++;
  return year;
}

/**
 * The day a credential's cycles count from. PeopleCert (research notes §2.1, AX-HUB: "Certifications
 * within a Product Suite all share the same renew by date"; BIT/OMNI: a new exam in the suite moves
 * that date to three years after it): with a suite in the rules, the latest earned date among the
 * held credentials of the same suite anchors every one of them. Otherwise the credential's own.
 */
export function cycleAnchor(own: { earnedOn: IsoDate; suiteId: string | null }, held: readonly { earnedOn: IsoDate; suiteId: string | null }[]): IsoDate {
  if (own.suiteId === null) return own.earnedOn;
  return held.filter((h) => h.suiteId === own.suiteId).reduce((latest, h) => (h.earnedOn > latest ? h.earnedOn : latest), own.earnedOn);
}
