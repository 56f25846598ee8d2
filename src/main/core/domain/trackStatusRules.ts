import type { ApplicationStatus } from '../../../shared/schemas/application';
import type { TrackStatus } from '../../../shared/schemas/track';

/**
 * The stretch of a track's lifecycle the prerequisites slice owns (exploring → qualifying →
 * eligible → applied → approved). Each move names the statuses it may start from, so a later
 * stage (scheduled, passed, active…) is never pulled back by anything recorded here.
 */
export interface StatusMove {
  to: TrackStatus;
  from: readonly TrackStatus[];
  why: 'met' | 'recording' | 'no-longer-met' | 'application';
}

/**
 * From the eligibility result:
 * - any path met (and the person has recorded something the rules read) → eligible;
 * - something recorded but nothing met → qualifying (from exploring);
 * - no path met any more (a record was removed, months left the window) → back to qualifying.
 * A track whose rules ask for nothing stays where the person put it: with nothing to record there
 * is no "starting to qualify", and its walkthrough says anyone may sit the exam.
 */
export function eligibilityMove(current: TrackStatus, anyPathMet: boolean, hasRecords: boolean): StatusMove | null {
  if (anyPathMet && hasRecords && (current === 'exploring' || current === 'qualifying')) {
    return { to: 'eligible', from: ['exploring', 'qualifying'], why: 'met' };
  }
  if (!anyPathMet && current === 'eligible') return { to: 'qualifying', from: ['eligible'], why: 'no-longer-met' };
  if (!anyPathMet && hasRecords && current === 'exploring') return { to: 'qualifying', from: ['exploring'], why: 'recording' };
  return null;
}

/**
 * From the application's current status, the moves that bring the track in line, applied in
 * order. Approval passes through `applied` so the history reads naturally even when the person
 * records "approved" first; a rejection (or removing the submission) returns the track to
 * eligible, from where the eligibility rules take over again.
 */
export function applicationMoves(status: ApplicationStatus | null): StatusMove[] {
  switch (status) {
    case 'submitted':
    case 'under-review':
    case 'in-audit':
      return [{ to: 'applied', from: ['exploring', 'qualifying', 'eligible', 'approved'], why: 'application' }];
    case 'approved':
      return [
        { to: 'applied', from: ['exploring', 'qualifying', 'eligible'], why: 'application' },
        { to: 'approved', from: ['applied'], why: 'application' },
      ];
    case 'drafting':
    case 'rejected':
    case null:
      return [{ to: 'eligible', from: ['applied', 'approved'], why: 'application' }];
  }
}
