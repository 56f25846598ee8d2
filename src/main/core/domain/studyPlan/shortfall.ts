import type { IsoDate } from '../../../../shared/schemas/dates';
import { MINUTES_PER_DAY, type Shortfall } from '../../../../shared/schemas/preparation';
import { plusDays, formatDayForPeople, formatDuration } from '../calendarDays';
import { capacityOf } from './capacity';
import type { PlanSettings } from './types';

/** How far ahead "move the exam date" looks before saying no date would do. */
const MAX_SEARCH_DAYS = 730;

/**
 * When the time left cannot hold what is left of the goal: the numbers, and the three ways out
 * with values the person can apply directly (a later exam date, more minutes per study day, or
 * the goal the time left does cover).
 */
export function describeShortfall(input: {
  settings: PlanSettings;
  today: IsoDate;
  remainingMinutes: number;
  plannedMinutes: number;
  capacityMinutes: number;
  studiedMinutes: number;
}): Shortfall | null {
  const { settings, today, remainingMinutes, plannedMinutes, capacityMinutes, studiedMinutes } = input;
  const shortfall = remainingMinutes - plannedMinutes;
  if (shortfall <= 0) return null;

  let moveExamTo: IsoDate | null = null;
  let covered = 0;
  for (let i = 0, date = today; i < MAX_SEARCH_DAYS; i++, date = plusDays(date, 1)) {
    covered += capacityOf(settings, date).availableMinutes;
    if (covered >= remainingMinutes) {
      moveExamTo = plusDays(date, 1);
      break;
    }
  }
  if (moveExamTo !== null && moveExamTo <= settings.examDate) moveExamTo = null;

  const studyDays = countStudyDays(settings, today);
  let addMinutesPerStudyDay: number | null = null;
  let availabilityWithExtra: number[] | null = null;
  if (studyDays > 0) {
    addMinutesPerStudyDay = Math.ceil(shortfall / studyDays / 5) * 5;
    const extra = addMinutesPerStudyDay;
    availabilityWithExtra = settings.availability.map((m) => (m > 0 ? Math.min(MINUTES_PER_DAY, m + extra) : m));
  }
  const lowerGoalToMinutes = Math.max(60, Math.floor((studiedMinutes + plannedMinutes) / 60) * 60);
  const message =
    `The ${formatDuration(remainingMinutes)} left of your goal do not fit in the ${formatDuration(capacityMinutes)} ` +
    `you have before the exam on ${formatDayForPeople(settings.examDate)}: ${formatDuration(shortfall)} short.`;
  return {
    shortfallMinutes: shortfall,
    remainingMinutes,
    capacityMinutes,
    moveExamTo,
    addMinutesPerStudyDay,
    availabilityWithExtra,
    lowerGoalToMinutes,
    message,
  };
}

/** Days from today to the exam that allow some study and are not in a break. */
function countStudyDays(settings: PlanSettings, today: IsoDate): number {
  let n = 0;
  for (let date = today; date < settings.examDate; date = plusDays(date, 1)) {
    if (capacityOf(settings, date).availableMinutes > 0) n += 1;
  }
  return n;
}
