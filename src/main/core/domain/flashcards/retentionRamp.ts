import type { IsoDate } from '../../../../shared/schemas/dates';
import { daysBetween, plusDays } from '../calendarDays';

/**
 * Desired retention on a day: the long-term value until the ramp starts `rampWeeks` before the
 * exam, then rising in a straight line to the target on the exam's eve. Rounded to 0.005 so a
 * ramp uses a handful of parameter sets, not one per day.
 */
export function desiredRetention(input: {
  day: IsoDate;
  examDate: IsoDate | null;
  base: number;
  target: number;
  rampWeeks: number;
}): number {
  const { day, examDate, base, target, rampWeeks } = input;
  // No exam ahead, or no ramp asked for: the long-term value.
  if (examDate === null || day >= examDate || rampWeeks === 0 || target <= base) return round(base);
  const start = rampStartsOn(examDate, rampWeeks);
  if (day < start) return round(base);
  const span = daysBetween(start, plusDays(examDate, -1));
  const progress = span <= 0 ? 1 : Math.min(1, daysBetween(start, day) / span);
  return round(base + (target - base) * progress);
}

export function rampStartsOn(examDate: IsoDate, rampWeeks: number): IsoDate {
  return plusDays(examDate, -rampWeeks * 7);
}

function round(value: number): number {
  return Math.round(value * 200) / 200;
}
