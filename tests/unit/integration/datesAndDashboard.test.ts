import { describe, expect, it } from 'vitest';
import { callOk, testCore } from '../../support/core';

/**
 * Reminders, the calendar export and the dashboard read every slice: the application's audit
 * date, the exam date and planned study days, the renewal cycle, and study hours.
 */
describe('dates from every slice', () => {
  it('reach the reminders, the .ics export and the dashboard', async () => {
    const core = await testCore();
    const pmp = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    await callOk(core, 'applications:record', { trackId: pmp.id, status: 'submitted', on: '2026-11-01' });
    const audit = await callOk(core, 'applications:record', { trackId: pmp.id, status: 'in-audit', on: '2026-11-20' });
    expect(audit.auditDueOn).toBe('2027-02-18');
    await callOk(core, 'prep:setup', {
      trackId: pmp.id,
      examDate: '2027-03-01',
      examBooked: false,
      goalMinutes: 60 * 60,
      availability: [60, 60, 60, 60, 60, 0, 120],
    });
    await callOk(core, 'sessions:add', { trackId: pmp.id, date: '2026-11-24', minutes: 45, domainId: 'process' });
    const csm = await callOk(core, 'credentials:add', { certificationId: 'scrumalliance-csm', earnedOn: '2025-01-15' });

    const reminders = await callOk(core, 'reminders:list', {});
    const kinds = new Set([...reminders.due, ...reminders.upcoming].map((r) => r.kind));
    for (const kind of ['application-audit-due', 'exam', 'study-session', 'cycle-end']) expect([...kinds]).toContain(kind);

    const ics = await callOk(core, 'calendar:export', { trackId: null });
    const text = Buffer.from(ics.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toMatch(/SUMMARY:.*PMP exam/);
    expect(text).toMatch(/DTSTART;VALUE=DATE:20270218/);
    expect(text).toMatch(/SUMMARY:.*CSM/);

    const dashboard = await callOk(core, 'dashboard:get', {});
    const pmpRow = dashboard.tracks.find((t) => t.id === pmp.id);
    expect(pmpRow?.nextAction).toBe('Send your audit documents by 02/18/2027');
    expect(dashboard.credentials.map((c) => c.id)).toContain(csm.id);
    const thisWeek = dashboard.studyHours.find((w) => w.weekStart === '2026-11-23');
    expect(thisWeek?.done).toBe(0.8);
    expect(thisWeek?.planned).toBeGreaterThan(0);

    // Once the exam is booked, preparation names the next step.
    await callOk(core, 'exam:book', { trackId: pmp.id, examDate: '2027-03-01', booked: true });
    const booked = await callOk(core, 'dashboard:get', {});
    expect(booked.tracks.find((t) => t.id === pmp.id)?.nextAction).toMatch(/^Study today: \d+ (h|min)/);
    core.close();
  });
});

describe('removing a credential', () => {
  it('is refused while continuing-education activities count toward it, and allowed once they are gone', async () => {
    const core = await testCore();
    const pmp = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2025-03-01' });
    const activity = await callOk(core, 'ce:log', {
      date: '2026-01-10',
      title: 'Negotiation workshop',
      units: 4,
      categoryId: 'power-skills',
      credentialIds: [pmp.id],
    });
    const refused = await core.call('credentials:remove', { id: pmp.id });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'conflict',
      message: 'PMP still has 1 continuing-education activity recorded; remove those first, they are your audit trail',
    });
    expect((await callOk(core, 'credentials:list', {})).map((c) => c.id)).toEqual([pmp.id]);
    await callOk(core, 'ce:remove', { id: activity.id });
    await callOk(core, 'credentials:remove', { id: pmp.id });
    expect(await callOk(core, 'credentials:list', {})).toEqual([]);
    core.close();
  });
});
