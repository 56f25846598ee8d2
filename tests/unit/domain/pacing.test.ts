import { describe, expect, it } from 'vitest';
import { computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { computePacing } from '../../../src/main/core/domain/pacing';
import { PMP } from './fixtures';

const CYCLE = { start: '2024-01-15', end: '2027-01-14' };
const progressOf = (entries: { categoryId: string; units: number; date: string }[]) =>
  computeCeProgress(PMP, CYCLE, entries.map((e, i) => ({ id: `e${i}`, ...e })), '2026-01-15').progress;

const pace = (today: string, entries: Parameters<typeof progressOf>[0], finishDaysBefore = 30) =>
  computePacing({ cycleStart: CYCLE.start, cycleEnd: CYCLE.end, today, finishDaysBefore, progress: progressOf(entries) });

describe('computePacing', () => {
  it('spreads what is still needed over the months to the target date, per short category', () => {
    // Target: 30 days before 2027-01-14 = 2026-12-15; from 2026-01-15 that is 11 months.
    const result = pace('2026-01-15', [
      { categoryId: 'ways-of-working', units: 20, date: '2024-06-01' },
      { categoryId: 'volunteering-and-content', units: 18, date: '2025-06-01' },
    ]);
    expect(result).toMatchObject({ targetDate: '2026-12-15', targetPassed: false, monthsLeft: 11 });
    expect(result.unitsPerMonthNeeded).toBeCloseTo(22 / (334 / (365.25 / 12)), 3);
    expect(result.categories.map((c) => [c.name, c.stillNeeded])).toEqual([
      ['Power Skills', 8],
      ['Business Acumen', 8],
    ]);
  });

  it.each([
    // today, entries, finish days before, current pace (null = too early), on pace
    ['the first 90 days: no rate yet, counts as on pace', '2024-03-01', [], 30, null, true],
    // 45 in 24 months is 1.87 a month; 11 months more give 20.6 ≥ the 16 still needed.
    ['two years in with 45 units: on pace', '2026-01-15', [{ categoryId: 'power-skills', units: 45, date: '2025-01-01' }], 30, 1.874, true],
    ['two years in with 15 units: behind', '2026-01-15', [{ categoryId: 'power-skills', units: 15, date: '2025-01-01' }], 30, 0.625, false],
    // Six months to a target 180 days before the end give 11.3 < 16.
    ['aiming 180 days early asks for more', '2026-01-15', [{ categoryId: 'power-skills', units: 45, date: '2025-01-01' }], 180, 1.874, false],
    ['target date passed and not complete', '2026-12-20', [{ categoryId: 'power-skills', units: 55, date: '2025-01-01' }], 30, 1.565, false],
  ] as const)('%s', (_name, today, entries, finish, currentPace, onPace) => {
    const result = pace(today, [...entries], finish);
    if (currentPace === null) expect(result.currentPacePerMonth).toBeNull();
    else expect(result.currentPacePerMonth).toBeCloseTo(currentPace, 2);
    expect(result.onPace).toBe(onPace);
  });

  it('a complete cycle is on pace even after its target date', () => {
    const complete = [
      { categoryId: 'ways-of-working', units: 15, date: '2024-06-01' },
      { categoryId: 'power-skills', units: 15, date: '2024-06-01' },
      { categoryId: 'business-acumen', units: 15, date: '2024-06-01' },
      { categoryId: 'volunteering-and-content', units: 15, date: '2024-06-01' },
    ];
    expect(pace('2026-12-20', complete)).toMatchObject({ onPace: true, targetPassed: true, unitsPerMonthNeeded: 0, categories: [] });
  });

  it('never aims before the cycle starts', () => {
    expect(pace('2024-02-01', [], 2000).targetDate).toBe('2024-01-15');
  });
});
