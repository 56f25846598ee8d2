import type { KnownDate } from '../knownDates';
import { notFound } from '../../errors';
import type { CredentialService } from '../credentialService';
import type { ReminderService } from '../reminderService';
import type { SettingsService } from '../settingsService';
import type { TrackService } from '../trackService';
import { buildIcs } from './icsBuilder';
import { systemTimeZone } from './timeZones';

export interface CalendarFilter {
  trackId: string | null;
  credentialId: string | null;
}

const slugOf = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The calendar export: every date the known-date sources report (exam days, planned study
 * sessions, application and renewal deadlines; pace warnings stay out), limited to one track or
 * one credential if asked, written by `buildIcs` with the person's lead times, study time and zone.
 */
export class CalendarService {
  constructor(
    private readonly reminders: ReminderService,
    private readonly tracks: TrackService,
    private readonly credentials: CredentialService,
    private readonly settings: SettingsService,
    private readonly version: string,
    private readonly now: () => Date,
  ) {}

  export(filter: CalendarFilter): { fileName: string; mediaType: string; contentBase64: string; eventCount: number } {
    const { dates, name, slug } = this.#select(filter);
    const text = this.icsFor(dates, name);
    return {
      fileName: `certplan-${slug}-dates.ics`,
      mediaType: 'text/calendar',
      contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      eventCount: dates.length,
    };
  }

  /** Every date, for the subscribed calendar file. */
  allDates(): KnownDate[] {
    return this.#select({ trackId: null, credentialId: null }).dates;
  }

  icsFor(dates: readonly KnownDate[], calendarName = 'Certplan'): string {
    const { reminderLeadDays, calendar } = this.settings.get();
    return buildIcs(dates, {
      calendarName,
      version: this.version,
      stamp: this.now(),
      leadDays: reminderLeadDays,
      studyTime: calendar.studyTime,
      timeZone: calendar.timeZone ?? systemTimeZone(),
    });
  }

  #select(filter: CalendarFilter): { dates: KnownDate[]; name: string; slug: string } {
    const inCalendar = this.reminders.knownDates().filter((d) => d.kind !== 'pace-warning');
    if (filter.trackId !== null) {
      const track = this.tracks.list(true).find((t) => t.id === filter.trackId);
      if (!track) throw notFound('track', filter.trackId, 'trackId');
      return { dates: inCalendar.filter((d) => d.trackId === track.id), name: `Certplan: ${track.acronym}`, slug: slugOf(track.acronym) || 'track' };
    }
    if (filter.credentialId !== null) {
      const credential = this.credentials.list().find((c) => c.id === filter.credentialId);
      if (!credential) throw notFound('credential', filter.credentialId, 'credentialId');
      return { dates: inCalendar.filter((d) => d.credentialId === credential.id), name: `Certplan: ${credential.acronym}`, slug: slugOf(credential.acronym) || 'credential' };
    }
    return { dates: inCalendar, name: 'Certplan', slug: 'all' };
  }
}
