import { describe, expect, it } from 'vitest';
import { calendarDayPattern, dayComesFirst, formatCalendarDay, formatDayMonth, formatMonthShort, regionOf } from '../../../src/shared/dateFormat';

describe('one date format, the locale’s own', () => {
  it.each([
    ['en-US', '11/25/2026', 'MM/DD/YYYY', false],
    ['en-GB', '25/11/2026', 'DD/MM/YYYY', true],
    ['de-DE', '25.11.2026', 'DD.MM.YYYY', true],
  ])('writes dates in %s as %s, the pattern its date fields show', (locale, text, pattern, dayFirst) => {
    expect(formatCalendarDay('2026-11-25', locale)).toBe(text);
    expect(calendarDayPattern(locale)).toBe(pattern);
    expect(dayComesFirst(locale)).toBe(dayFirst);
  });

  it('keeps the day whatever the time zone, and pads single digits as the fields do', () => {
    expect(formatCalendarDay('2027-01-03', 'en-US')).toBe('01/03/2027');
    expect(formatDayMonth('2027-01-03', 'en-US')).toBe('01/03');
    expect(formatMonthShort('2026-11', 'en-US')).toBe('Nov 2026');
  });

  it('finds the region a locale names', () => {
    expect(regionOf('en-GB')).toBe('GB');
    expect(regionOf('de')).toBe('DE');
    expect(regionOf('not a locale!')).toBeNull();
    expect(regionOf(undefined)).toBeNull();
  });
});
