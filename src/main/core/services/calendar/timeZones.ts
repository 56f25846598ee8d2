import { tzlib_get_ical_block } from 'timezones-ical-library';

/** The VTIMEZONE component for an IANA zone, or null when the library does not know the zone. */
export function vtimezoneOf(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE') ? block[0] : null;
}

export const isKnownTimeZone = (zone: string): boolean => zone === 'UTC' || vtimezoneOf(zone) !== null;

/** This computer's zone (the core's), e.g. Europe/Berlin; UTC where the platform does not say. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
