import { addDays, addMonths, addYears, differenceInCalendarDays, format, getISODay, parseISO, set, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, eachDay, localTimeOn, plusDays, plusMonths, plusYears, weekdayIndex, weekStart } from '../../../src/main/core/domain/calendarDays';

/** The date-fns answers the UTC day arithmetic replaced (issue 10): local calendar days. */
const day = (d: Date) => format(d, 'yyyy-MM-dd');
const reference = {
  plusDays: (d: string, n: number) => day(addDays(parseISO(d), n)),
  daysBetween: (a: string, b: string) => differenceInCalendarDays(parseISO(b), parseISO(a)),
  weekdayIndex: (d: string) => getISODay(parseISO(d)) - 1,
  weekStart: (d: string) => day(startOfISOWeek(parseISO(d))),
  plusMonths: (d: string, n: number) => day(addMonths(parseISO(d), n)),
  plusYears: (d: string, n: number) => day(addYears(parseISO(d), n)),
};

const isoDay = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar day arithmetic', () => {
  it('answers as date-fns does in the local calendar, across leap years and DST changes', () => {
    fc.assert(
      fc.property(isoDay, isoDay, fc.integer({ min: -4000, max: 4000 }), (a, b, n) => {
        expect(plusDays(a, n)).toBe(reference.plusDays(a, n));
        expect(daysBetween(a, b)).toBe(reference.daysBetween(a, b));
        expect(weekdayIndex(a)).toBe(reference.weekdayIndex(a));
        expect(weekStart(a)).toBe(reference.weekStart(a));
        // Months and years clamp to the end of a shorter month (29 February + 1 year → 28 February).
        expect(plusMonths(a, n % 240)).toBe(reference.plusMonths(a, n % 240));
        expect(plusYears(a, n % 20)).toBe(reference.plusYears(a, n % 20));
        const hour = Math.abs(n) % 24;
        expect(localTimeOn(a, hour).getTime()).toBe(set(parseISO(a), { hours: hour, minutes: 0, seconds: 0, milliseconds: 0 }).getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('lists every day of a range, the end left out', () => {
    expect(eachDay('2024-02-27', '2024-03-02')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(eachDay('2026-03-29', '2026-03-29')).toEqual([]);
  });

  it('refuses a string that is not a day', () => {
    expect(() => plusDays('2026-1-01', 1)).toThrow(RangeError);
    expect(() => plusYears('2026-02-3x', 1)).toThrow(RangeError);
  });
});
