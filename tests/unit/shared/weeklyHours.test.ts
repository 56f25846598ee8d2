import { describe, expect, it } from 'vitest';
import { spreadWeeklyMinutes, weeklyFormOf } from '../../../src/shared/weeklyHours';

const WEEKDAYS = [true, true, true, true, true, false, false];

describe('hours a week', () => {
  it.each([
    [300, WEEKDAYS, [60, 60, 60, 60, 60, 0, 0]],
    [480, WEEKDAYS, [100, 95, 95, 95, 95, 0, 0]],
    [420, [true, false, true, false, true, true, true], [85, 0, 85, 0, 85, 85, 80]],
    [0, WEEKDAYS, [0, 0, 0, 0, 0, 0, 0]],
    [600, [false, false, false, false, false, false, false], [0, 0, 0, 0, 0, 0, 0]],
  ])('spreads %i minutes evenly over the chosen days', (minutes, days, expected) => {
    const spread = spreadWeeklyMinutes(minutes, days);
    expect(spread).toEqual(expected);
    if (days.some(Boolean)) expect(spread.reduce((s, m) => s + m, 0)).toBe(Math.round(minutes / 5) * 5);
  });

  it('recognises an even spread and tells a day-by-day one apart', () => {
    expect(weeklyFormOf([100, 95, 95, 95, 95, 0, 0])).toEqual({ weeklyMinutes: 480, days: WEEKDAYS });
    expect(weeklyFormOf([60, 60, 60, 60, 60, 120, 0])).toBeNull();
  });
});
