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

/** The DTSTAMP a kept file is written with; each answer puts the clock's instant in its place. */
const PLACEHOLDER_STAMP = new Date(0);
const PLACEHOLDER_LINE = 'DTSTAMP:19700101T000000Z';
/** ical-generator's UTC form: 2026-11-25T10:00:00.000Z → 20261125T100000Z. */
const icsInstant = (date: Date): string => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export interface CalendarText {
  text: string;
  /** The file with a placeholder DTSTAMP: the same string for as long as the dates and settings are the same. */
  template: string;
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
    const { text } = this.icsWithTemplate(dates, name);
    // The same file at the same instant (a fixed clock, a second click) is encoded once.
    const exported = this.#exported;
    const contentBase64 = exported?.text === text ? exported.base64 : Buffer.from(text, 'utf8').toString('base64');
    this.#exported = { text, base64: contentBase64 };
    return { fileName: `certplan-${slug}-dates.ics`, mediaType: 'text/calendar', contentBase64, eventCount: dates.length };
  }

  #exported: { text: string; base64: string } | null = null;
  /** The whole calendar's selection and the known dates it was made from (a track's or credential's is made each time). */
  #selectedAll: { known: KnownDate[]; selection: { dates: KnownDate[]; name: string; slug: string } } | null = null;
  /** Per list of dates (kept selections keep their array): the file's template and what it was built with. */
  readonly #templates = new WeakMap<readonly KnownDate[], { options: string; template: string }>();

  /** Every date, for the subscribed calendar file. */
  allDates(): KnownDate[] {
    return this.#select({ trackId: null, credentialId: null }).dates;
  }

  icsFor(dates: readonly KnownDate[], calendarName = 'Certplan'): string {
    return this.icsWithTemplate(dates, calendarName).text;
  }

  /**
   * The .ics text, and its template: building it (ical-generator, one event and its alarms per
   * date) is done once per list of dates and settings; only DTSTAMP follows the clock (issue 10).
   */
  icsWithTemplate(dates: readonly KnownDate[], calendarName = 'Certplan'): CalendarText {
    const { reminderLeadDays, calendar } = this.settings.get();
    const options = {
      calendarName,
      version: this.version,
      leadDays: reminderLeadDays,
      studyTime: calendar.studyTime,
      timeZone: calendar.timeZone ?? systemTimeZone(),
    };
    const optionsKey = JSON.stringify(options);
    const kept = this.#templates.get(dates);
    const template = kept?.options === optionsKey ? kept.template : buildIcs(dates, { ...options, stamp: PLACEHOLDER_STAMP });
    if (kept?.template !== template) this.#templates.set(dates, { options: optionsKey, template });
    return { text: template.replaceAll(PLACEHOLDER_LINE, `DTSTAMP:${icsInstant(this.now())}`), template };
  }

  #select(filter: CalendarFilter): { dates: KnownDate[]; name: string; slug: string } {
    const known = this.reminders.knownDates();
    // A track or credential filter looks the track up each time (it may have been removed).
    if (filter.trackId !== null || filter.credentialId !== null) return this.#selectFrom(known, filter);
    if (this.#selectedAll?.known === known) return this.#selectedAll.selection;
    const selection = this.#selectFrom(known, filter);
    this.#selectedAll = { known, selection };
    return selection;
  }

  #selectFrom(known: KnownDate[], filter: CalendarFilter): { dates: KnownDate[]; name: string; slug: string } {
    const inCalendar = known.filter((d) => d.kind !== 'pace-warning');
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
