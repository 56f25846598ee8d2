import { formatUnits } from '../../../shared/formatUnits';
import type { IsoDate } from '../../../shared/schemas/dates';
import { plusDays } from '../domain/calendarDays';
import { formatDayForPeople } from '../peopleDates';
import { renewalDueFrom } from '../domain/credentialStatus';
import type { CredentialEvaluation } from './renewalEvaluation';

/** 2027-01-14 → "01/14/2027", as the renderer formats days (the system locale's way). */
export const formatDay = (day: IsoDate): string => formatDayForPeople(day);


/** The status in one sentence, and the one thing to do next. */
export function describeStatus(acronym: string, body: string, evaluation: CredentialEvaluation): { statusText: string; nextAction: string } {
  const { status, open, pacing } = evaluation;
  const cycle = open?.cycle;
  const progress = open?.progress ?? null;
  const unit = progress?.unitName ?? 'unit';
  const left = progress ? formatUnits(progress.stillNeeded, unit) : '';
  const submitted = cycle?.renewal ?? null;
  const awaitingApproval = submitted !== null ? `Renewal submitted on ${formatDay(submitted.submittedOn)}: mark it approved (fee paid) when ${body} confirms` : null;
  switch (status) {
    case 'unknown':
      return {
        statusText: evaluation.maintenance === null ? 'No renewal rules recorded' : 'Renewal rules unknown',
        nextAction: `Check ${body && body !== 'Other' ? `with ${body} ` : ''}how ${acronym} is renewed; Certplan has no rules for it`,
      };
    case 'lifetime':
      return { statusText: 'Held for life', nextAction: 'Nothing to renew' };
  }
  if (!cycle) return { statusText: 'No cycle', nextAction: '' };
  const end = formatDay(cycle.end);
  switch (status) {
    case 'expired':
      return { statusText: `Expired on ${formatDay(cycle.expiresOn)}`, nextAction: `Earn ${acronym} again: apply and pass the exam` };
    case 'suspended': {
      const until = formatDay(cycle.suspensionEnd ?? cycle.end);
      return {
        statusText: `Suspended since ${formatDay(plusDays(cycle.end, 1))}; expires after ${until}`,
        nextAction:
          awaitingApproval ??
          (progress && !progress.complete ? `Earn another ${left} and renew by ${until} to restore it` : `Submit the renewal and pay the fee by ${until} to restore it`),
      };
    }
    case 'active':
      return { statusText: `Valid until ${end}`, nextAction: `Pass the exam again before ${formatDay(renewalDueFrom(cycle.end))} to renew` };
    case 'renewal-due':
      if (!progress) return { statusText: `Renewal due by ${end}`, nextAction: awaitingApproval ?? `Pass the exam again before ${end}` };
      return progress.complete
        ? { statusText: `Renewal due by ${end}; requirements met`, nextAction: awaitingApproval ?? `Submit the renewal and pay the fee before ${end}` }
        : { statusText: `Renewal due by ${end}; ${left} still needed`, nextAction: `Earn another ${left}, then renew before ${end}` };
    case 'complete':
      return { statusText: `Requirements met; the cycle ends ${end}`, nextAction: awaitingApproval ?? `Submit the renewal and pay the fee before ${end}` };
    case 'on-track':
    case 'behind': {
      const perMonth = pacing ? formatUnits(pacing.unitsPerMonthNeeded, unit) : left;
      const target = pacing ? formatDay(pacing.targetDate) : end;
      // The status badge beside it says "On track" or "Behind pace"; the text says how far.
      return { statusText: `${left} to go by ${end}`, nextAction: `Earn about ${perMonth} a month to finish by ${target}` };
    }
  }
}
