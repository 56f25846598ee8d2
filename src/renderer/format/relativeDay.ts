import { differenceInCalendarDays, parseISO } from 'date-fns';

/** "in 3 days", "today", "2 days ago" from the core's today. */
export function relativeDay(day: string, today: string): string {
  const days = differenceInCalendarDays(parseISO(day), parseISO(today));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}

/** "1 day", "3 days"; "1 study day", "12 study days". */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
