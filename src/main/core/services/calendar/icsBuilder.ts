import { addMinutes, format, set } from 'date-fns';
import ical, { ICalAlarmType, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import type { IsoDate } from '../../../../shared/schemas/dates';
import type { ReminderLeadDays } from '../../../../shared/schemas/settings';
import { plusDays } from '../../domain/calendarDays';
import { REMINDER_HOUR } from '../../domain/reminderSchedule';
import type { KnownDate, KnownDateKind } from '../knownDates';
import { vtimezoneOf } from './timeZones';

export const KIND_LABELS: Record<KnownDateKind, string> = {
  exam: 'Exam',
  'study-session': 'Study session',
  'application-audit-due': 'Application audit due',
  'application-eligibility-end': 'Eligibility period ends',
  'cycle-end': 'Renewal cycle ends',
  'suspension-end': 'Suspension ends',
  'pace-warning': 'Pace warning',
  'cycle-year-end': 'Cycle year ends',
};

export interface IcsOptions {
  calendarName: string;
  /** Version for the PRODID, e.g. 0.1.0. */
  version: string;
  /** DTSTAMP of every event: the core's clock. */
  stamp: Date;
  leadDays: ReminderLeadDays;
  /** Study sessions start at this local time, "19:00". */
  studyTime: string;
  /** An IANA zone written as TZID with its VTIMEZONE, or 'UTC' for UTC instants of local times. */
  timeZone: string;
}

const HOUR = 3600;
const DAY = 24 * HOUR;
/** A study session starting before the morning reminder hour gets its alarm this long before it. */
const EARLY_SESSION_ALARM = 30 * 60;

/** "19:00" → minutes after midnight. */
const minutesOf = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

/** A wall-clock time on a calendar day, as a local Date (ical-generator prints it in the event's zone). */
const wallTime = (day: IsoDate, minutes: number): Date =>
  set(new Date(`${day}T00:00:00`), { hours: Math.floor(minutes / 60), minutes: minutes % 60, seconds: 0, milliseconds: 0 });

/**
 * The .ics text for the dates Certplan knows. Deadlines and exams are all-day events marked busy
 * with one alarm per lead time (at 09:00 on that day, as in the app); planned study days are timed
 * sessions at the chosen time of day, as long as the day's plan, in the chosen zone (TZID with its
 * VTIMEZONE) or in UTC. Each event's UID is its item's, so importing again updates it.
 */
export function buildIcs(dates: readonly KnownDate[], options: IcsOptions): string {
  const zone = options.timeZone !== 'UTC' && vtimezoneOf(options.timeZone) ? options.timeZone : null;
  const calendar = ical({
    prodId: { company: 'Certplan', product: `Certplan ${options.version}`, language: 'EN' },
    name: options.calendarName,
  });
  // Only the generator, no calendar zone: DTSTAMP stays UTC while events carry their TZID.
  if (zone) calendar.timezone({ name: null, generator: (tz) => vtimezoneOf(tz) ?? null });
  const studyStart = minutesOf(options.studyTime);
  for (const date of dates) {
    if (date.kind === 'pace-warning') continue;
    const common: Omit<ICalEventData, 'start'> = {
      id: `${date.itemId ?? date.key}@certplan`,
      summary: date.title,
      description: date.detail,
      stamp: options.stamp,
      categories: [{ name: KIND_LABELS[date.kind] }],
      transparency: ICalEventTransparency.OPAQUE,
    };
    const leads = options.leadDays[date.kind];
    if (date.kind === 'study-session') {
      const minutes = Math.max(15, date.study?.minutes ?? 60);
      const start = wallTime(date.date, studyStart);
      const end = addMinutes(start, minutes);
      const event = calendar.createEvent({ ...common, start: zone ? localText(start) : start, end: zone ? localText(end) : end, ...(zone ? { timezone: zone } : {}) });
      for (const lead of leads) {
        const beforeStart = lead * DAY + (studyStart - REMINDER_HOUR * 60) * 60;
        event.createAlarm({ type: ICalAlarmType.display, trigger: beforeStart > 0 ? beforeStart : EARLY_SESSION_ALARM, description: date.title });
      }
      continue;
    }
    // All-day: DTSTART is the day itself (UTC midnight prints as that day); alarms relative to its start.
    const event = calendar.createEvent({ ...common, start: `${date.date}T00:00:00Z`, end: `${plusDays(date.date, 1)}T00:00:00Z`, allDay: true });
    for (const lead of leads) event.createAlarm({ type: ICalAlarmType.display, trigger: lead * DAY - REMINDER_HOUR * HOUR, description: date.title });
  }
  return calendar.toString();
}

/** "2026-12-01T19:00:00": a wall time without a zone, which ical-generator writes beside the TZID. */
const localText = (date: Date): string => format(date, "yyyy-MM-dd'T'HH:mm:ss");
