import type { IsoDate } from '../../../../shared/schemas/dates';
import type { FairStart } from '../../../../shared/schemas/fairStart';
import type { Cycle } from '../../../../shared/schemas/renewal';
import { plusDays, plusYears } from '../../domain/calendarDays';
import { formatDay } from '../renewalWording';

/**
 * The lines of the totals form. Where every cycle year has its own minimum (PeopleCert: 20 a
 * year) the units earned each past year must land in that year, so there is one line per year
 * so far, counted on its last day (or today); otherwise one line for the cycle so far, counted today.
 */
export function fairStartYears(cycle: Pick<Cycle, 'start' | 'end'>, perYear: boolean, today: IsoDate): FairStart['years'] {
  const last = today < cycle.end ? today : cycle.end;
  if (!perYear) return [{ label: `This cycle so far (${formatDay(cycle.start)} to ${formatDay(last)})`, start: cycle.start, end: cycle.end, countsOn: last }];
  const years: FairStart['years'] = [];
  for (let i = 0; ; i++) {
    const start = plusYears(cycle.start, i);
    if (start > last) break;
    const nextStart = plusYears(cycle.start, i + 1);
    const end = nextStart > cycle.end ? cycle.end : plusDays(nextStart, -1);
    years.push({ label: `Year ${i + 1} (${formatDay(start)} to ${formatDay(end)})`, start, end, countsOn: end < last ? end : last });
  }
  return years;
}
