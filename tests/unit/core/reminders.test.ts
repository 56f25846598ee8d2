import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { EventPayload } from '../../../src/shared/contract';
import { DEFAULT_REMINDER_LEAD_DAYS } from '../../../src/shared/schemas/settings';
import { callOk, testCore } from '../../support/core';
import { freshDataDir } from '../../support/webHost';

/**
 * Reminders through the real core, the clock pinned at 2026-11-25T10:00Z and moved by hand. A PMP
 * earned 2024-09-10 ends its cycle on 2027-09-09: reminders at 180, 90, 30 and 7 days before.
 */

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
});

async function start(dataDir = freshDataDir(), now = '2026-11-25T10:00:00.000Z') {
  const core = await testCore({ dataDir, refreshIntervalMs: 0 });
  core.clock.set(new Date(now));
  opened.push(core);
  const due: EventPayload<'reminders:due'>[] = [];
  core.on('reminders:due', (payload) => due.push(payload));
  return { core, due };
}

const cycleEndReminders = async (core: Core) => {
  const list = await callOk(core, 'reminders:list', {});
  return {
    due: list.due.filter((r) => r.kind === 'cycle-end').map((r) => r.leadDays),
    upcoming: list.upcoming.filter((r) => r.kind === 'cycle-end').map((r) => r.leadDays),
    snoozed: list.snoozed.map((r) => r.leadDays),
  };
};

async function earnPmp(core: Core, earnedOn = '2024-09-10') {
  // The requirements met, so the cycle is never behind and pace warnings stay out of these tests.
  const credential = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn });
  for (const categoryId of ['ways-of-working', 'power-skills', 'business-acumen']) {
    await callOk(core, 'ce:log', { date: '2026-11-01', title: 'Course', units: 20, categoryId, credentialIds: [credential.id] });
  }
  return credential;
}

/** Announcements of cycle-end reminders (adding the credential before its units briefly puts it behind). */
const cycleEnd = (due: EventPayload<'reminders:due'>[]) => due.filter((d) => d.reminders.some((r) => r.kind === 'cycle-end'));

describe('reminders', () => {
  it('creates a new date’s reminders; nothing is due while their times are ahead', async () => {
    const { core, due } = await start();
    await earnPmp(core);
    expect(await cycleEndReminders(core)).toEqual({ due: [], upcoming: [180, 90, 30, 7], snoozed: [] });
    const list = await callOk(core, 'reminders:list', {});
    expect(list.upcoming[0]).toMatchObject({ title: 'PMP renewal cycle ends', dueDate: '2027-09-09', fireAt: '2027-03-13T09:00:00.000Z', state: 'pending' });
    expect(cycleEnd(due)).toEqual([]);
  });

  it('delivers once when the clock passes the time; again only after a snooze', async () => {
    const { core, due } = await start();
    await earnPmp(core);
    core.clock.set(new Date('2027-03-14T08:00:00.000Z'));
    core.refresh();
    core.refresh();
    expect(cycleEnd(due)).toHaveLength(1);
    expect(cycleEnd(due)[0]).toMatchObject({ notify: true, reminders: [{ kind: 'cycle-end', title: 'PMP renewal cycle ends', dueDate: '2027-09-09' }] });
    const [reminder] = (await callOk(core, 'reminders:list', {})).due;
    expect(await cycleEndReminders(core)).toEqual({ due: [180], upcoming: [90, 30, 7], snoozed: [] });

    const snoozed = await callOk(core, 'reminders:snooze', { id: reminder?.id, duration: '1-week' });
    expect(snoozed).toMatchObject({ state: 'snoozed', fireAt: '2027-03-21T08:00:00.000Z' });
    core.clock.set(new Date('2027-03-20T08:00:00.000Z'));
    core.refresh();
    expect(cycleEnd(due)).toHaveLength(1);
    core.clock.set(new Date('2027-03-21T08:00:00.000Z'));
    core.refresh();
    expect(cycleEnd(due)).toHaveLength(2);
    expect(await cycleEndReminders(core)).toEqual({ due: [180], upcoming: [90, 30, 7], snoozed: [] });
  });

  it('delivers at the next start what fell due while the app was closed, announced after the host subscribes', async () => {
    const dataDir = freshDataDir();
    const first = await start(dataDir);
    await earnPmp(first.core);
    first.core.close();
    const { core, due } = await start(dataDir, '2027-06-20T10:00:00.000Z');
    expect(due).toEqual([]);
    await nextTurn();
    expect(due[0]?.reminders.map((r) => r.kind)).toEqual(['cycle-end']);
    // 180 and 90 days both passed while closed: the later one is shown, the earlier retired as replaced.
    expect(due).toHaveLength(1);
    expect(await cycleEndReminders(core)).toEqual({ due: [90], upcoming: [30, 7], snoozed: [] });
  });

  it('dismiss hides one reminder; done stops the later ones for the same date too', async () => {
    const { core } = await start();
    await earnPmp(core);
    core.clock.set(new Date('2027-03-14T08:00:00.000Z'));
    core.refresh();
    const [first] = (await callOk(core, 'reminders:list', {})).due;
    await callOk(core, 'reminders:dismiss', { id: first?.id });
    expect(await cycleEndReminders(core)).toEqual({ due: [], upcoming: [90, 30, 7], snoozed: [] });
    const [next] = (await callOk(core, 'reminders:list', {})).upcoming;
    await callOk(core, 'reminders:mark-done', { id: next?.id });
    expect(await cycleEndReminders(core)).toEqual({ due: [], upcoming: [], snoozed: [] });
    const handled = (await callOk(core, 'reminders:list', {})).handled.map((r) => r.state).sort();
    expect(handled).toEqual(['dismissed', 'done', 'done', 'done']);
  });

  it('refuses to snooze a reminder that has not come up, or to a past day', async () => {
    const { core } = await start();
    await earnPmp(core);
    const [pending] = (await callOk(core, 'reminders:list', {})).upcoming;
    const early = await core.call('reminders:snooze', { id: pending?.id, duration: '1-day' });
    expect(early.ok ? null : early.error).toMatchObject({ code: 'rule_violation', message: 'Only a reminder that has come up can be snoozed' });
    core.clock.set(new Date('2027-03-14T08:00:00.000Z'));
    core.refresh();
    const [shown] = (await callOk(core, 'reminders:list', {})).due;
    const past = await core.call('reminders:snooze', { id: shown?.id, until: '2027-03-01' });
    expect(past.ok ? null : past.error.details?.issues?.[0]?.path).toBe('until');
  });

  it('follows changed lead times and a moved date', async () => {
    const { core } = await start();
    const credential = await earnPmp(core);
    await callOk(core, 'settings:update', { patch: { reminderLeadDays: { ...DEFAULT_REMINDER_LEAD_DAYS, 'cycle-end': [60, 14] } } });
    expect(await cycleEndReminders(core)).toEqual({ due: [], upcoming: [60, 14], snoozed: [] });
    await callOk(core, 'credentials:update', { id: credential.id, patch: { earnedOn: '2024-10-01' } });
    const list = await callOk(core, 'reminders:list', {});
    expect(list.upcoming.filter((r) => r.kind === 'cycle-end').map((r) => r.dueDate)).toEqual(['2027-09-30', '2027-09-30']);
  });

  it('says notify: false when notifications are off, and still delivers', async () => {
    const { core, due } = await start();
    await callOk(core, 'settings:update', { patch: { notifications: false } });
    await earnPmp(core, '2024-01-15');
    expect(due.at(-1)).toMatchObject({ notify: false });
    expect((await cycleEndReminders(core)).due).toEqual([90]);
  });

  it('warns once a month while a cycle is behind pace', async () => {
    const { core, due } = await start();
    const added = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
    // A write's follow-up (the reminder scan) runs right after its answer.
    await core.idle();
    // Held back while the fair start waits for earlier PDUs; skipping it lets the pace be judged.
    expect(due.flatMap((d) => d.reminders.map((r) => r.kind))).toEqual([]);
    await callOk(core, 'renewal:skip-earned', { credentialId: added.id });
    await core.idle();
    expect(due.flatMap((d) => d.reminders.map((r) => r.kind))).toEqual(['pace-warning']);
    core.clock.set(new Date('2026-11-30T10:00:00.000Z'));
    core.refresh();
    expect(due).toHaveLength(1);
    core.clock.set(new Date('2026-12-01T10:00:00.000Z'));
    core.refresh();
    expect(due).toHaveLength(2);
    expect((await callOk(core, 'reminders:list', {})).due.filter((r) => r.kind === 'pace-warning')).toHaveLength(1);
  });
});

describe('the core’s timer', () => {
  it('delivers due reminders by itself, and stops with close()', async () => {
    const core = await testCore({ refreshIntervalMs: 25 });
    opened.push(core);
    const due: EventPayload<'reminders:due'>[] = [];
    core.on('reminders:due', (payload) => due.push(payload));
    await earnPmp(core);
    core.clock.set(new Date('2027-03-14T08:00:00.000Z'));
    await vi.waitFor(() => expect(cycleEnd(due)).toHaveLength(1));
    core.close();
    core.clock.set(new Date('2027-06-14T08:00:00.000Z'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cycleEnd(due)).toHaveLength(1);
  });
});

describe('calendar export', () => {
  it('writes every deadline as an all-day event, for all tracks or one', async () => {
    const { core } = await start();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    await earnPmp(core);
    await callOk(core, 'credentials:add', { certificationId: 'scrumalliance-csm', earnedOn: '2025-02-10' });
    const all = await callOk(core, 'calendar:export', { trackId: null });
    expect(all).toMatchObject({ fileName: 'certplan-all-dates.ics', mediaType: 'text/calendar', eventCount: 2 });
    const text = Buffer.from(all.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toMatch(/SUMMARY:PMP renewal cycle ends\r\n/);
    expect(text).toContain('DTSTART;VALUE=DATE:20270909');
    expect(text).toContain('DTSTAMP:20261125T100000Z');
    const one = await callOk(core, 'calendar:export', { trackId: track.id });
    expect(one).toMatchObject({ fileName: 'certplan-pmp-dates.ics', eventCount: 1 });
    const missing = await core.call('calendar:export', { trackId: 'track-nope' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });
});

describe('dashboard', () => {
  it('gathers tracks, credentials, reminders and CE progress; no study hours before any preparation', async () => {
    const { core } = await start();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    await earnPmp(core);
    const dashboard = await callOk(core, 'dashboard:get', {});
    expect(dashboard.today).toBe('2026-11-25');
    // The track is still "exploring" (no pass recorded), but the credential it follows is held.
    expect(dashboard.tracks).toEqual([expect.objectContaining({ id: track.id, status: 'exploring', nextAction: 'Submit the renewal and pay the fee before 09/09/2027' })]);
    expect(dashboard.credentials).toEqual([expect.objectContaining({ acronym: 'PMP', status: 'complete', cycleEnd: '2027-09-09', trackId: track.id })]);
    expect(dashboard.reminders.dueCount).toBe(0);
    // The cycle end's four reminders are one item ahead, with its due date.
    expect(dashboard.reminders.next).toEqual([expect.objectContaining({ kind: 'cycle-end', dueDate: '2027-09-09', nextLeadDays: 180, state: 'upcoming' })]);
    const pmpRequirement = dashboard.credentials[0]?.requirement;
    expect(pmpRequirement).toMatchObject({ unitName: 'PDU', required: 60, counted: 60, scaleMax: 60, complete: true });
    expect(pmpRequirement?.bars.find((b) => b.id === 'power-skills')).toMatchObject({ counted: 20, stillNeeded: 0, minimum: 8 });
    expect(pmpRequirement?.bars.find((b) => b.id === 'education')).toMatchObject({ level: 'group', minimum: 35, counted: 60 });
    expect(dashboard.studyHours).toEqual([]);
  });
});
