/**
 * One way to write a date for people, everywhere: the locale's numeric short date (11/25/2026 in
 * the US, 25/11/2026 in the UK, 25.11.2026 in Germany). It is the pattern the system's own date
 * inputs show, so a date typed into a field and the same date in a sentence look alike. Months
 * alone ("Nov 2026") and weekdays keep their names: there is no numeric input to match.
 *
 * `locale` undefined means the runtime's default: the browser's (the system's, in the desktop app)
 * in the renderer, the process's in the core.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    cache.set(key, found);
  }
  return found;
}

/** 2026-11-25 as a local calendar day (noon, so no time-zone shift can move it). */
function dayOf(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

const NUMERIC: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** 2026-11-25 → "11/25/2026" (en-US), "25/11/2026" (en-GB). */
export function formatCalendarDay(iso: string, locale?: string): string {
  return formatter(locale, NUMERIC).format(dayOf(iso));
}

/** 2026-11-25 → "11/25": the same pattern without the year, for chart axes and calendar cells. */
export function formatDayMonth(iso: string, locale?: string): string {
  return formatter(locale, { month: '2-digit', day: '2-digit' }).format(dayOf(iso));
}

/** 2026-11-25 → "Wed 11/25/2026": a day with its weekday, for calendars and plans. */
export function formatWeekdayDay(iso: string, locale?: string): string {
  return `${formatter(locale, { weekday: 'short' }).format(dayOf(iso))} ${formatCalendarDay(iso, locale)}`;
}

/** 2026-11 → "Nov 2026". */
export function formatMonthShort(month: string, locale?: string): string {
  return formatter(locale, { year: 'numeric', month: 'short' }).format(dayOf(`${month.slice(0, 7)}-01`));
}

/** 2026-11 → "November 2026". */
export function formatMonthLong(month: string, locale?: string): string {
  return formatter(locale, { year: 'numeric', month: 'long' }).format(dayOf(`${month.slice(0, 7)}-01`));
}

/** "MM/DD/YYYY", "DD/MM/YYYY", "DD.MM.YYYY": how to type a date in this locale, for hints. */
export function calendarDayPattern(locale?: string): string {
  return formatter(locale, NUMERIC)
    .formatToParts(new Date(2026, 10, 25, 12))
    .map((part) => (part.type === 'day' ? 'DD' : part.type === 'month' ? 'MM' : part.type === 'year' ? 'YYYY' : part.value))
    .join('');
}

/** Whether the locale writes the day before the month (25/11) or after it (11/25). */
export function dayComesFirst(locale?: string): boolean {
  const parts = formatter(locale, NUMERIC).formatToParts(new Date(2026, 10, 25, 12));
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
}

/** The region a locale names ("en-US" → "US"), for defaults such as the holiday country. */
export function regionOf(locale: string | undefined): string | null {
  if (!locale) return null;
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}
