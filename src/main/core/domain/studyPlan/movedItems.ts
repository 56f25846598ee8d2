import { formatDayForPeople } from '../calendarDays';
import type { PlanMove } from './dayAdjustments';

/** Why a moved session is where it is, in the plan's words. */
export function movedItemReason(move: PlanMove, domainName: string | null): string {
  return `${domainName ?? 'This session'}: moved here by you from ${formatDayForPeople(move.fromDate)}`;
}
