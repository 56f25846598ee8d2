import { type EventAttributes, createEvents } from 'ics';
import type { IsoDate } from '../../../shared/schemas/dates';
import { plusDays } from '../domain/calendarDays';
import { AppFailure, notFound } from '../errors';
import type { KnownDate, KnownDateKind } from './knownDates';
import type { ReminderService } from './reminderService';
import type { TrackService } from './trackService';

const KIND_LABELS: Record<KnownDateKind, string> = {
  exam: 'Exam',
  'study-session': 'Study session',
  'application-audit-due': 'Application audit due',
  'application-eligibility-end': 'Eligibility period ends',
  'cycle-end': 'Renewal cycle ends',
  'suspension-end': 'Suspension ends',
  'pace-warning': 'Pace warning',
  'cycle-year-end': 'Cycle year ends',
};

/** Pace warnings are nudges, not dates to keep: they stay out of the calendar. */
const NOT_IN_CALENDAR: ReadonlySet<KnownDateKind> = new Set(['pace-warning']);

/**
 * The .ics export, written by the `ics` package: every date the known-date sources report (exam
 * dates, planned study sessions, application and renewal deadlines) as all-day events whose UID
 * is the date's stable key, so re-importing updates events instead of duplicating them.
 */
export class CalendarService {
  constructor(
    private readonly reminders: ReminderService,
    private readonly tracks: TrackService,
    private readonly now: () => Date,
  ) {}

  export(trackId: string | null): { fileName: string; mediaType: string; contentBase64: string; eventCount: number } {
    const track = trackId === null ? null : this.tracks.list(true).find((t) => t.id === trackId);
    if (track === undefined) throw notFound('track', trackId ?? '', 'trackId');
    const dates = this.reminders.knownDates().filter((d) => !NOT_IN_CALENDAR.has(d.kind) && (track === null || d.trackId === track.id));
    const text = this.#toIcs(dates, track ? `Certplan: ${track.acronym}` : 'Certplan');
    const slug = track ? track.acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : 'all';
    return {
      fileName: `certplan-${slug || 'track'}-dates.ics`,
      mediaType: 'text/calendar',
      contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      eventCount: dates.length,
    };
  }

  #toIcs(dates: KnownDate[], calName: string): string {
    const timestamp = this.now().getTime();
    const events = dates.map((d): EventAttributes & { timestamp: number } => ({
      uid: `${d.key}@certplan`,
      title: d.title,
      description: d.detail,
      start: dayArray(d.date),
      end: dayArray(plusDays(d.date, 1)),
      categories: [KIND_LABELS[d.kind]],
      transp: 'TRANSPARENT',
      productId: 'certplan',
      calName,
      // DTSTAMP from the core's clock (the package would read the system clock).
      timestamp,
    }));
    const { error, value } = createEvents(events, { productId: 'certplan', calName });
    if (error || value === null) {
      throw new AppFailure('internal', `The calendar could not be written: ${error?.message ?? 'no output'}`);
    }
    return value;
  }
}

function dayArray(day: IsoDate): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}
