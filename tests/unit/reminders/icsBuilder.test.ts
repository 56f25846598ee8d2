import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../../src/main/core/services/calendar/icsBuilder';
import type { KnownDate } from '../../../src/main/core/services/knownDates';
import { DEFAULT_REMINDER_LEAD_DAYS } from '../../../src/shared/schemas/settings';

const exam = (date: string): KnownDate => ({ key: `exam:t1:${date}`, itemId: 'exam:t1', kind: 'exam', date, title: 'PMP exam', detail: 'Booked', trackId: 't1', credentialId: null });
const cycleEnd: KnownDate = { key: 'cycle-end:c1:2027-09-09', itemId: 'cycle-end:c1:cycle-1', kind: 'cycle-end', date: '2027-09-09', title: 'PMP renewal cycle ends', detail: '', trackId: null, credentialId: 'c1' };
const study: KnownDate = {
  key: 'study-session:t1:2026-12-01',
  kind: 'study-session',
  date: '2026-12-01',
  title: 'Study for PMP: 1 h 15 min',
  detail: '',
  trackId: 't1',
  credentialId: null,
  study: { minutes: 75, topics: ['Process', 'People'], acronym: 'PMP' },
};
const pace: KnownDate = { key: 'pace-warning:c1:2024-09-10:2026-11', kind: 'pace-warning', date: '2026-11-01', title: 'Behind', detail: '', trackId: null, credentialId: 'c1' };

const options = (timeZone: string) => ({ calendarName: 'Certplan', version: '0.1.0', stamp: new Date('2026-11-25T10:00:00Z'), leadDays: DEFAULT_REMINDER_LEAD_DAYS, studyTime: '19:00', timeZone });

/** The .ics parsed back by a real iCalendar parser (Mozilla's ical.js). */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));
  return { calendar, events, byUid: (uid: string) => events.find((e) => e.event.uid === uid) };
}

describe('the .ics builder, parsed back with ical.js', () => {
  it('writes a proper PRODID, leaves pace warnings out, and marks the exam and deadlines busy with one alarm per lead time', () => {
    const { calendar, events, byUid } = parse(buildIcs([exam('2027-03-15'), cycleEnd, pace], options('Europe/Berlin')));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Certplan//Certplan 0.1.0//EN');
    expect(events).toHaveLength(2);
    const cycle = byUid('cycle-end:c1:cycle-1@certplan');
    expect(cycle?.event.startDate.isDate).toBe(true);
    expect(cycle?.event.startDate.toString()).toBe('2027-09-09');
    expect(cycle?.component.getFirstPropertyValue('transp')).toBe('OPAQUE');
    // 180, 90, 30 and 7 days before, at 09:00 (relative to the all-day event's midnight start).
    const triggers = cycle?.component.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
    expect(triggers).toEqual([180, 90, 30, 7].map((days) => -(days * 86400 - 9 * 3600)));
    const examAlarms = byUid('exam:t1@certplan')?.component.getAllSubcomponents('valarm') ?? [];
    expect(examAlarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([-(30 * 86400 - 9 * 3600), -(7 * 86400 - 9 * 3600), -(86400 - 9 * 3600)]);
    expect(examAlarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY']);
  });

  it('times study sessions at the chosen hour in the person’s zone, with its VTIMEZONE, and an alarm at 09:00 that day', () => {
    const text = buildIcs([study], options('Europe/Berlin'));
    const { calendar, byUid } = parse(text);
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    const session = byUid('study-session:t1:2026-12-01@certplan');
    expect(session?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(session?.event.startDate.toString()).toBe('2026-12-01T19:00:00');
    expect(session?.event.duration.toSeconds()).toBe(75 * 60);
    // Registered with its zone, the start is 18:00 UTC (Berlin is UTC+1 in December).
    ICAL.TimezoneService.register(vtimezone as ICAL.Component);
    expect(new ICAL.Event(session?.component as ICAL.Component).startDate.toJSDate().toISOString()).toBe('2026-12-01T18:00:00.000Z');
    const alarm = session?.component.getFirstSubcomponent('valarm');
    expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-10 * 3600);
    // DTSTAMP stays UTC even with a zone in the file.
    expect(text).toMatch(/\r\nDTSTAMP:20261125T100000Z\r\n/);
  });

  it('writes UTC times when asked, with no VTIMEZONE', () => {
    const { calendar, byUid } = parse(buildIcs([study], options('UTC')));
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
    const session = byUid('study-session:t1:2026-12-01@certplan');
    expect(session?.event.startDate.zone?.tzid).toBe('UTC');
    // 19:00 on this machine's clock, written as the UTC instant.
    expect(session?.event.startDate.toJSDate().getTime()).toBe(new Date('2026-12-01T19:00:00').getTime());
  });

  it('keeps each item’s UID across exports, so a moved exam updates the same event', () => {
    const first = parse(buildIcs([exam('2027-03-15'), cycleEnd], options('UTC')));
    const moved = parse(buildIcs([exam('2027-04-02'), cycleEnd], { ...options('UTC'), stamp: new Date('2026-12-10T10:00:00Z') }));
    expect(moved.events.map((e) => e.event.uid)).toEqual(first.events.map((e) => e.event.uid));
    expect(moved.byUid('exam:t1@certplan')?.event.startDate.toString()).toBe('2027-04-02');
  });
});
