import type { IsoDate } from '../../../../shared/schemas/dates';

/**
 * Changes to single days on top of the weekly availability: public holidays (no study, like a
 * blackout day, named after the holiday) and planned sessions the person moved to another day
 * (the day it left loses those minutes, the day it went to gets them, reserved for that session).
 */
export interface PlanHoliday {
  date: IsoDate;
  name: string;
}

export interface PlanMove {
  fromDate: IsoDate;
  toDate: IsoDate;
  minutes: number;
  /** The exam domain of the moved session (null: the whole exam). */
  domainId: string | null;
}

export interface DayAdjustments {
  holidays?: readonly PlanHoliday[];
  moves?: readonly PlanMove[];
}

export function holidayOn(adjustments: DayAdjustments, date: IsoDate): PlanHoliday | undefined {
  return adjustments.holidays?.find((h) => h.date === date);
}

/** A weekday's minutes after the moves out of and into this day. */
export function adjustedMinutes(adjustments: DayAdjustments, date: IsoDate, weekdayMinutes: number): number {
  let minutes = weekdayMinutes;
  for (const move of adjustments.moves ?? []) {
    if (move.fromDate === date) minutes -= move.minutes;
    if (move.toDate === date) minutes += move.minutes;
  }
  return Math.max(0, minutes);
}

/** The moved sessions that land on `date`, in the order they were moved. */
export function movesInto(adjustments: DayAdjustments, date: IsoDate): PlanMove[] {
  return (adjustments.moves ?? []).filter((m) => m.toDate === date);
}

/**
 * Minutes reserved for moved sessions on each day, no more than the day holds and no more in total
 * than is left to plan (a moved session is kept ahead of the even spread, never on top of it).
 */
export function reservedMinutes(
  adjustments: DayAdjustments,
  days: readonly { date: IsoDate }[],
  capacities: readonly number[],
  budget: number,
): { perDay: PlanMove[][]; total: number } {
  let left = Math.max(0, budget);
  const perDay = days.map((day, i) => {
    let room = capacities[i] ?? 0;
    const kept: PlanMove[] = [];
    for (const move of movesInto(adjustments, day.date)) {
      const minutes = Math.min(move.minutes, room, left);
      if (minutes <= 0) continue;
      kept.push({ ...move, minutes });
      room -= minutes;
      left -= minutes;
    }
    return kept;
  });
  return { perDay, total: Math.max(0, budget) - left };
}
