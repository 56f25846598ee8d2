import { formatCalendarDay, formatMonthLong, formatMonthShort } from '../../shared/dateFormat';

/**
 * The locale the core writes dates in when it writes sentences for people ("Exam moved to
 * 12/04/2026"). It is the system's, like the renderer's, so a core sentence and a screen's own
 * dates look alike. One core serves one person on one machine, so it is set once per process by
 * createCore (hosts pass the system locale; tests pin en-US).
 */
let peopleLocale = 'en-US';

export function setPeopleLocale(locale: string): void {
  try {
    // Refuse a malformed tag here rather than on the first sentence that needs it.
    peopleLocale = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
  } catch {
    peopleLocale = 'en-US';
  }
}

export function systemLocale(): string {
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

/** 2026-11-25 → "11/25/2026" in the people locale. */
export const formatDayForPeople = (day: string): string => formatCalendarDay(day, peopleLocale);
/** 2026-11 → "November 2026". */
export const formatMonthForPeople = (month: string): string => formatMonthLong(month, peopleLocale);
/** 2026-11 → "Nov 2026". */
export const formatShortMonthForPeople = (month: string): string => formatMonthShort(month, peopleLocale);
