import Holidays from 'date-holidays';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { PlanHoliday } from '../domain/studyPlan/dayAdjustments';

/**
 * Public holidays from the `date-holidays` package: its rules ship inside it, so this works
 * offline. Only days of type "public" (days off for most people) are skipped by the planner; bank,
 * school and observance days are not. Names are in English, like the rest of Certplan.
 */

let countries: Map<string, string> | null = null;

function knownCountries(): Map<string, string> {
  countries ??= new Map(Object.entries(new Holidays().getCountries('en')));
  return countries;
}

/** Every country the package knows, by name: [{ code: 'US', name: 'United States of America' }]. */
export function holidayCountries(): { code: string; name: string }[] {
  return [...knownCountries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function countryName(code: string): string | null {
  return knownCountries().get(code) ?? null;
}

const calendars = new Map<string, Holidays>();

/**
 * Public holidays of `country` from `from` to `to` (both included). An unknown country has none:
 * `known` false lets the screen say so instead of silently planning those days.
 */
export function publicHolidaysBetween(country: string, from: IsoDate, to: IsoDate): { known: boolean; days: PlanHoliday[] } {
  if (!knownCountries().has(country)) return { known: false, days: [] };
  let calendar = calendars.get(country);
  if (!calendar) {
    calendar = new Holidays(country, { languages: ['en'] });
    calendars.set(country, calendar);
  }
  const days: PlanHoliday[] = [];
  const seen = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of calendar.getHolidays(year, 'en')) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type !== 'public' || date < from || date > to || seen.has(date)) continue;
      seen.add(date);
      days.push({ date, name: holiday.name });
    }
  }
  return { known: true, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}
