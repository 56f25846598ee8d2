import type { IsoDate } from '../../../../shared/schemas/dates';
import { plusDays, eachDay, weekdayIndex } from '../calendarDays';
import { adjustedMinutes, holidayOn } from './dayAdjustments';
import type { PlanBreak, PlanSettings } from './types';

type CapacitySettings = Pick<PlanSettings, 'availability' | 'breaks' | 'holidays' | 'moves'>;

export interface DayCapacity {
  date: IsoDate;
  /**
   * Minutes the person can study that day: the weekday's availability after sessions moved out of
   * or into it, or 0 inside a break or on a public holiday.
   */
  availableMinutes: number;
  /** The break or public holiday that empties the day. */
  breakLabel: string | null;
}

/** Days from `from` up to the day before the exam, with what each one allows. */
export function dayCapacities(
  settings: CapacitySettings,
  from: IsoDate,
  examDate: IsoDate,
): DayCapacity[] {
  return eachDay(from, examDate).map((date) => capacityOf(settings, date));
}

export function capacityOf(settings: CapacitySettings, date: IsoDate): DayCapacity {
  const inBreak = breakCovering(settings.breaks, date);
  const holiday = inBreak ? undefined : holidayOn(settings, date);
  return {
    date,
    availableMinutes: inBreak || holiday ? 0 : adjustedMinutes(settings, date, settings.availability[weekdayIndex(date)] ?? 0),
    breakLabel: inBreak ? inBreak.label : (holiday?.name ?? null),
  };
}

function breakCovering(breaks: readonly PlanBreak[], date: IsoDate): PlanBreak | undefined {
  return breaks.find((b) => b.startDate <= date && date <= b.endDate);
}

export function totalMinutes(days: readonly { availableMinutes: number }[]): number {
  return days.reduce((sum, d) => sum + d.availableMinutes, 0);
}

/**
 * How many study days before the exam are kept for review and mock exams: the person's number,
 * or 10% of the study days in the whole preparation (at least 2). Counted from the day
 * preparation started, so the window stays anchored to the exam as time passes.
 */
export function reviewDayCount(settings: PlanSettings): number {
  if (settings.reviewDays !== null) return settings.reviewDays;
  const studyDays = dayCapacities(settings, settings.startedOn, settings.examDate).filter((d) => d.availableMinutes > 0).length;
  return Math.min(studyDays, Math.max(2, Math.round(studyDays * 0.1)));
}

/** The last `reviewDayCount` study days before the exam. */
export function reviewDates(settings: PlanSettings): Set<IsoDate> {
  const count = reviewDayCount(settings);
  const dates = new Set<IsoDate>();
  if (count <= 0) return dates;
  // Walk back from the day before the exam; a window can never reach before preparation started.
  for (let date = plusDays(settings.examDate, -1); date >= settings.startedOn && dates.size < count; date = plusDays(date, -1)) {
    if (capacityOf(settings, date).availableMinutes > 0) dates.add(date);
  }
  return dates;
}

const STEP = 5;

/**
 * Spreads `goal` minutes over days with the given capacities as evenly as the capacities allow:
 * every day gets min(capacity, level) for one common level (a multiple of 5 minutes), so a
 * backlog raises the level everywhere instead of piling onto one day. Never more than a day's
 * capacity. The goal is rounded up to 5 minutes; if the capacities cannot hold it, every day is full.
 */
export function spreadEvenly(capacities: readonly number[], goal: number): number[] {
  const total = capacities.reduce((s, c) => s + c, 0);
  if (goal <= 0) return capacities.map(() => 0);
  const target = Math.min(total, Math.ceil(goal / STEP) * STEP);
  if (target >= total) return [...capacities];
  const filled = (level: number) => capacities.reduce((s, c) => s + Math.min(c, level), 0);
  let lo = 0;
  let hi = Math.ceil(Math.max(...capacities) / STEP);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (filled(mid * STEP) >= target) hi = mid;
    else lo = mid + 1;
  }
  const level = lo * STEP;
  const quotas = capacities.map((c) => Math.min(c, level));
  // The level overshoots by less than one step per day at it; trim the latest such days first,
  // which keeps the front of the plan full (studying early leaves slack for surprises).
  let excess = quotas.reduce((s, q) => s + q, 0) - target;
  const floor = Math.max(0, level - STEP);
  for (let i = quotas.length - 1; i >= 0 && excess > 0; i--) {
    const q = quotas[i] ?? 0;
    if (q <= floor) continue;
    const cut = Math.min(excess, q - floor);
    quotas[i] = q - cut;
    excess -= cut;
  }
  return quotas;
}
