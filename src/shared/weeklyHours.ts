/**
 * Time for study asked the way people think of it: hours a week, spread evenly over the days they
 * can study (in 5-minute steps, the plan's unit), or set day by day. The plan itself keeps minutes
 * per weekday, Monday first; these two functions go between the two.
 */

const STEP = 5;

/** 480 minutes over Mon–Fri → [100, 95, 95, 95, 95, 0, 0]: as even as 5-minute steps allow, earlier days first. */
export function spreadWeeklyMinutes(weeklyMinutes: number, days: readonly boolean[]): number[] {
  const chosen = days.map((d, i) => (d ? i : -1)).filter((i) => i >= 0);
  const result = days.map(() => 0);
  if (chosen.length === 0 || weeklyMinutes <= 0) return result;
  const steps = Math.round(weeklyMinutes / STEP);
  const base = Math.floor(steps / chosen.length);
  let extra = steps - base * chosen.length;
  for (const i of chosen) {
    result[i] = (base + (extra > 0 ? 1 : 0)) * STEP;
    if (extra > 0) extra -= 1;
  }
  return result;
}

/** The weekly form of an availability when it is an even spread; null when the days differ by choice. */
export function weeklyFormOf(availability: readonly number[]): { weeklyMinutes: number; days: boolean[] } | null {
  const days = availability.map((m) => m > 0);
  const weeklyMinutes = availability.reduce((sum, m) => sum + m, 0);
  const even = spreadWeeklyMinutes(weeklyMinutes, days);
  return even.every((m, i) => m === availability[i]) ? { weeklyMinutes, days } : null;
}
