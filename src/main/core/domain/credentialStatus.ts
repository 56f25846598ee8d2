import type { Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { CredentialStatus, Cycle } from '../../../shared/schemas/renewal';
import type { TrackStatus } from '../../../shared/schemas/track';
import { plusDays } from './calendarDays';

/**
 * "Renewal due" means the open cycle's last 90 days, until it is renewed: whether or not the
 * units are complete, the person has something to do before the end (finish, then submit the
 * renewal and pay the fee). Earlier, a cycle with its requirements met is "complete".
 */
export const RENEWAL_DUE_DAYS = 90;

export interface StatusInput {
  kind: Maintenance['kind'] | null;
  /** The open (latest, not yet renewed) cycle; null when the rules have no cycles. */
  cycle: Pick<Cycle, 'end' | 'suspensionEnd'> | null;
  today: IsoDate;
  /** Continuing education only: requirements met / on pace. */
  complete: boolean;
  onPace: boolean;
  /** False when the rules leave the total or the categories unknown: progress says nothing then. */
  rulesKnown?: boolean;
}

/** A credential's status from the calendar first (expired, suspended, due), then from its progress. */
export function computeCredentialStatus({ kind, cycle, today, complete, onPace, rulesKnown = true }: StatusInput): CredentialStatus {
  if (kind === null || kind === 'unknown') return 'unknown';
  if (kind === 'none') return 'lifetime';
  if (cycle === null) return 'unknown';
  if (today > cycle.end) return cycle.suspensionEnd !== null && today <= cycle.suspensionEnd ? 'suspended' : 'expired';
  if (today >= renewalDueFrom(cycle.end)) return 'renewal-due';
  if (kind === 'retake') return 'active';
  if (!rulesKnown) return 'unknown';
  if (complete) return 'complete';
  return onPace ? 'on-track' : 'behind';
}

/** First day of the "renewal due" stretch of a cycle ending on `end`. */
export const renewalDueFrom = (end: IsoDate): IsoDate => plusDays(end, -(RENEWAL_DUE_DAYS - 1));

/**
 * Where the credential's track (if it was earned through one) belongs in the renewal stretch of
 * the lifecycle. Statuses outside that stretch never come from here.
 */
export function trackStatusFor(status: CredentialStatus): Extract<TrackStatus, 'active' | 'renewal-due' | 'suspended' | 'expired'> {
  if (status === 'renewal-due' || status === 'suspended' || status === 'expired') return status;
  return 'active';
}

/** The statuses the renewal slice may move a track from (TrackService.moveStatus). */
export const RENEWAL_STRETCH_FROM: readonly TrackStatus[] = ['passed', 'active', 'renewal-due', 'suspended', 'expired'];
