import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { ApplicationStatus } from '../../../shared/schemas/application';
import type { ApplicationRules } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';

export interface ApplicationStep {
  id: number;
  status: ApplicationStatus;
  on: IsoDate;
}

export interface ApplicationDates {
  status: ApplicationStatus | null;
  auditStartedOn: IsoDate | null;
  auditDueOn: IsoDate | null;
  approvedOn: IsoDate | null;
  eligibilityEndsOn: IsoDate | null;
}

/** Steps in the order they happened: by date, then in the order they were recorded. */
export function orderSteps<T extends ApplicationStep>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => a.on.localeCompare(b.on) || a.id - b.id);
}

/**
 * The application's current status and the dates that follow from the body's rules. Only dates
 * that still matter are given: the audit due date while in audit (start + the days allowed to
 * answer, PMI: 90), the end of the eligibility period while approved (approval + its months,
 * PMI: 1 year). Rules the research did not find (null) give no date rather than a guess.
 */
export function applicationDates(steps: readonly ApplicationStep[], rules: ApplicationRules | null): ApplicationDates {
  const last = orderSteps(steps).at(-1);
  const none: ApplicationDates = { status: last?.status ?? null, auditStartedOn: null, auditDueOn: null, approvedOn: null, eligibilityEndsOn: null };
  if (!last) return none;
  if (last.status === 'in-audit') {
    const days = rules?.auditResponseDays ?? null;
    return { ...none, auditStartedOn: last.on, auditDueOn: days === null ? null : shiftDate(last.on, (d) => addDays(d, days)) };
  }
  if (last.status === 'approved') {
    const months = rules?.eligibilityMonths ?? null;
    return { ...none, approvedOn: last.on, eligibilityEndsOn: months === null ? null : shiftDate(last.on, (d) => addMonths(d, months)) };
  }
  return none;
}

/** Calendar arithmetic on a local date (date-fns keeps 31 Jan + 1 month on 28/29 Feb). */
function shiftDate(date: IsoDate, shift: (d: Date) => Date): IsoDate {
  return format(shift(parseISO(date)), 'yyyy-MM-dd');
}
