import type { IsoDate } from '../../../shared/schemas/dates';
import { monthStartOf } from '../domain/calendarDays';
import type { KnownDate, KnownDateSource } from './knownDates';
import type { TableVersions } from '../db/tableVersions';
import { RENEWAL_IGNORES, type RenewalService } from './renewalService';
import type { CredentialEvaluation } from './renewalEvaluation';
import { formatDay } from './renewalWording';
import { formatUnits } from '../../../shared/formatUnits';

/** The open cycle's current year, when the rules ask for a yearly minimum and it is not met yet. */
function currentShortYear(evaluation: CredentialEvaluation, today: IsoDate) {
  const years = evaluation.open?.progress?.years ?? [];
  return years.find((y) => y.start <= today && today <= y.end && y.stillNeeded > 0) ?? null;
}

/**
 * The renewal slice's dates: the open cycle's end (until it passes), the end of a suspension
 * (while suspended), the end of the current cycle year while its yearly minimum is short, and,
 * while a cycle is behind pace, one pace warning a month.
 */
export class RenewalKnownDates implements KnownDateSource {
  constructor(
    private readonly renewal: RenewalService,
    /** The connection's write counters: the dates are kept until something a renewal reads changes. */
    private readonly versions?: TableVersions,
  ) {}

  #kept: { stamp: string; dates: KnownDate[] } | null = null;

  knownDates(today: IsoDate): KnownDate[] {
    const stamp = this.versions ? `${this.versions.stampExcept(RENEWAL_IGNORES)}|${today}|${this.renewal.today()}` : null;
    if (stamp !== null && this.#kept?.stamp === stamp) return this.#kept.dates;
    const dates = this.#compute(today);
    if (stamp !== null) this.#kept = { stamp, dates };
    return dates;
  }

  #compute(today: IsoDate): KnownDate[] {
    const dates: KnownDate[] = [];
    for (const { credential, trackId, evaluation, nextAction } of this.renewal.summaries()) {
      const cycle = evaluation.open?.cycle;
      if (!cycle) continue;
      const base = { detail: nextAction, trackId, credentialId: credential.id };
      const { status } = evaluation;
      if (today <= cycle.end && status !== 'lifetime' && status !== 'unknown') {
        const title = evaluation.maintenance?.kind === 'retake' ? `${credential.acronym} expires unless renewed` : `${credential.acronym} renewal cycle ends`;
        dates.push({ ...base, key: `cycle-end:${credential.id}:${cycle.end}`, itemId: `cycle-end:${credential.id}:cycle-${cycle.index + 1}`, kind: 'cycle-end', date: cycle.end, title });
      }
      if (status === 'suspended' && cycle.suspensionEnd !== null) {
        dates.push({
          ...base,
          key: `suspension-end:${credential.id}:${cycle.suspensionEnd}`,
          itemId: `suspension-end:${credential.id}:cycle-${cycle.index + 1}`,
          kind: 'suspension-end',
          date: cycle.suspensionEnd,
          title: `${credential.acronym} suspension ends, then it expires`,
        });
      }
      const shortYear = currentShortYear(evaluation, today);
      if (shortYear) {
        const unit = evaluation.open?.progress?.unitName ?? 'unit';
        const inside = shortYear.categoryMinimums.filter((c) => c.stillNeeded > 0).map((c) => `${formatUnits(c.stillNeeded, unit)} of ${c.name}`);
        dates.push({
          ...base,
          key: `cycle-year-end:${credential.id}:${shortYear.end}`,
          kind: 'cycle-year-end',
          date: shortYear.end,
          title: `${credential.acronym}: ${formatUnits(shortYear.stillNeeded, unit)} to go this cycle year`,
          detail: `Year ${shortYear.index + 1} of the cycle ends ${formatDay(shortYear.end)} and needs ${formatUnits(shortYear.required, unit)}${inside.length ? ` (still ${inside.join(' and ')})` : ''}; a short year cannot be made up later.`,
        });
      }
      if (status === 'behind') {
        const month = monthStartOf(today);
        dates.push({
          ...base,
          key: `pace-warning:${credential.id}:${cycle.start}:${month.slice(0, 7)}`,
          kind: 'pace-warning',
          date: month,
          title: `${credential.acronym} is behind pace`,
        });
      }
    }
    return dates;
  }
}
