import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import { checkReminderPages } from './pagingCases';
import type { MethodCases } from './types';

/**
 * Cases for the renewal slice (the host's clock is pinned at 2026-11-25). Every case holds its
 * own copy of PMP (a custom entry copied from the built-in one), since a person holds each
 * catalog certification once and all cases share one host.
 */

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { body } = await host.call<T>(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

/** A credential with PMP's renewal rules, earned on `earnedOn`. */
async function pmpLike(host: WebHost, earnedOn = '2024-09-10'): Promise<string> {
  const detail = await ok<{ certification: Record<string, unknown> }>(host, 'catalog:get', { id: 'pmi-pmp' });
  const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
  const acronym = `PMP${Math.floor(Math.random() * 1e9)}`;
  const cert = await ok<{ id: string }>(host, 'catalog:create-custom', { certification: { ...draft, acronym, copiedFrom: 'pmi-pmp' } });
  return (await ok<{ id: string }>(host, 'credentials:add', { certificationId: cert.id, earnedOn })).id;
}

const activity = (credentialId: string, patch: Record<string, unknown> = {}) => ({
  date: '2026-02-14',
  title: 'Webinar',
  units: 10,
  categoryId: 'power-skills',
  credentialIds: [credentialId],
  ...patch,
});

/** A cycle with its requirements met. (Ways of Working would also reach a held built-in PMP; no case holds one.) */
async function completeCycle(host: WebHost, credentialId: string): Promise<void> {
  for (const [categoryId, units] of [['power-skills', 30], ['business-acumen', 30]] as const) {
    await ok(host, 'ce:log', activity(credentialId, { categoryId, units }));
  }
  await ok(host, 'ce:log', activity(credentialId, { categoryId: 'ways-of-working', units: 8 }));
}

async function dueReminderOf(host: WebHost, credentialId: string): Promise<string> {
  const list = await ok<{ due: { id: string; credentialId: string | null }[] }>(host, 'reminders:list', {});
  const reminder = list.due.find((r) => r.credentialId === credentialId);
  if (!reminder) throw new Error('no reminder came up');
  return reminder.id;
}

export const renewalCases: MethodCases = {
  'renewal:get': {
    good: async (host) => {
      const credentialId = await pmpLike(host);
      const view = await ok<{ cycles: { end: string }[]; status: string }>(host, 'renewal:get', { credentialId });
      // Added by hand mid-cycle: not judged behind until the earlier PDUs are entered or skipped.
      expect(view).toMatchObject({ status: 'on-track', cycles: [{ end: '2027-09-09' }], fairStart: { state: 'pending' }, requirement: { required: 60, scaleMax: 60, empty: true } });
      // The research notes state no other way to renew PMP: Unknown, not a guess.
      expect(view).toMatchObject({ otherRoutes: null });
      // AWS states three: the latest exam, the Professional exam, or a one-year "maintain" step.
      const aws = await ok<{ id: string }>(host, 'credentials:add', { certificationId: 'aws-saa-c03', earnedOn: '2025-06-01' });
      const awsView = await ok<{ otherRoutes: { kind: string }[] }>(host, 'renewal:get', { credentialId: aws.id });
      expect(awsView.otherRoutes.map((r) => r.kind)).toEqual(['retake-exam', 'higher-certification', 'maintain']);
    },
    bad: { input: () => ({ credentialId: 'credential-missing' }), field: 'credentialId', code: 'not_found' },
  },
  'renewal:record': {
    good: async (host) => {
      const credentialId = await pmpLike(host, '2024-01-15');
      await completeCycle(host, credentialId);
      const view = await ok<{ cycles: { state: string }[] }>(host, 'renewal:record', { credentialId, submittedOn: '2026-11-20', approvedOn: '2026-11-24', feePaid: true });
      expect(view.cycles.map((c) => c.state)).toEqual(['renewed', 'open']);
    },
    bad: { input: async (host) => ({ credentialId: await pmpLike(host), submittedOn: '2026-11-20' }), field: 'submittedOn', code: 'rule_violation' },
  },
  'renewal:undo': {
    good: async (host) => {
      const credentialId = await pmpLike(host, '2024-01-15');
      await completeCycle(host, credentialId);
      await ok(host, 'renewal:record', { credentialId, submittedOn: '2026-11-20', approvedOn: '2026-11-24', feePaid: true });
      expect((await ok<{ cycles: unknown[] }>(host, 'renewal:undo', { credentialId })).cycles).toHaveLength(1);
    },
    bad: { input: async (host) => ({ credentialId: await pmpLike(host) }), field: 'credentialId', code: 'rule_violation' },
  },
  'renewal:set-pace-target': {
    good: async (host) => {
      const view = await ok<{ pacing: { targetDate: string } }>(host, 'renewal:set-pace-target', { credentialId: await pmpLike(host), finishDaysBefore: 90 });
      expect(view.pacing.targetDate).toBe('2027-06-11');
    },
    bad: { input: () => ({ credentialId: 'x', finishDaysBefore: 400 }), field: 'finishDaysBefore' },
  },
  'renewal:export-audit-packet': {
    good: async (host) => {
      const credentialId = await pmpLike(host);
      await ok(host, 'ce:log', activity(credentialId));
      const file = await ok<{ fileName: string; contentBase64: string }>(host, 'renewal:export-audit-packet', { credentialId, cycleIndex: 0 });
      expect(file.fileName).toMatch(/^certplan-audit-pmp\d+-2024-09-10-to-2027-09-09\.zip$/);
      expect(Object.keys(unzipSync(Buffer.from(file.contentBase64, 'base64'))).sort()).toEqual(['summary.csv', 'summary.html']);
    },
    bad: { input: () => ({ credentialId: 'x', cycleIndex: -1 }), field: 'cycleIndex' },
  },
  'ce:log': {
    good: async (host) => {
      const credentialId = await pmpLike(host);
      expect(await ok(host, 'ce:log', activity(credentialId, { units: 2.75 }))).toMatchObject({ units: 2.75, credentialIds: [credentialId] });
    },
    bad: { input: async (host) => activity(await pmpLike(host), { units: 2.3 }), field: 'units' },
  },
  'ce:update': {
    good: async (host) => {
      const credentialId = await pmpLike(host);
      const logged = await ok<{ id: string }>(host, 'ce:log', activity(credentialId));
      expect(await ok(host, 'ce:update', { id: logged.id, activity: activity(credentialId, { title: 'Renamed' }) })).toMatchObject({ title: 'Renamed' });
    },
    bad: { input: async (host) => ({ id: 'ce-missing', activity: activity(await pmpLike(host)) }), field: 'id', code: 'not_found' },
  },
  'ce:remove': {
    good: async (host) => {
      const logged = await ok<{ id: string }>(host, 'ce:log', activity(await pmpLike(host)));
      expect(await ok(host, 'ce:remove', { id: logged.id })).toEqual({ id: logged.id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({}), field: 'id' },
  },
  'ce:preview-sharing': {
    good: async (host) => {
      const credentialId = await pmpLike(host);
      const options = await ok<{ credentialId: string; chosenByDefault: boolean }[]>(host, 'ce:preview-sharing', { credentialId, categoryId: 'power-skills', date: '2026-02-14' });
      expect(options.find((o) => o.credentialId === credentialId)?.chosenByDefault).toBe(true);
    },
    bad: { input: () => ({ credentialId: 'x', categoryId: 'Not A Slug', date: '2026-02-14' }), field: 'categoryId' },
  },
  'reminders:list': {
    good: async (host) => {
      await pmpLike(host, '2024-01-15');
      const list = await ok<{ due: unknown[]; upcoming: unknown[] }>(host, 'reminders:list', {});
      expect(list.due.length).toBeGreaterThan(0);
      await checkReminderPages(host);
    },
    bad: { input: () => ({ state: 'due' }), field: '' },
  },
  'reminders:snooze': {
    good: async (host) => {
      const id = await dueReminderOf(host, await pmpLike(host, '2024-01-15'));
      expect(await ok(host, 'reminders:snooze', { id, duration: '1-day' })).toMatchObject({ state: 'snoozed', fireAt: '2026-11-26T10:00:00.000Z' });
    },
    bad: { input: () => ({ id: 'reminder-x' }), field: 'duration' },
  },
  'reminders:dismiss': {
    good: async (host) => {
      const id = await dueReminderOf(host, await pmpLike(host, '2024-01-15'));
      expect(await ok(host, 'reminders:dismiss', { id })).toMatchObject({ state: 'dismissed' });
    },
    bad: { input: () => ({ id: 'reminder-missing' }), field: 'id', code: 'not_found' },
  },
  'reminders:mark-done': {
    good: async (host) => {
      const id = await dueReminderOf(host, await pmpLike(host, '2024-01-15'));
      expect(await ok(host, 'reminders:mark-done', { id })).toMatchObject({ state: 'done' });
    },
    bad: { input: () => ({}), field: 'id' },
  },
  'calendar:export': {
    good: async (host) => {
      await pmpLike(host);
      const credentialId = await pmpLike(host);
      const file = await ok<{ mediaType: string; contentBase64: string; eventCount: number }>(host, 'calendar:export', { trackId: null });
      expect(file.mediaType).toBe('text/calendar');
      expect(file.eventCount).toBeGreaterThan(0);
      expect(Buffer.from(file.contentBase64, 'base64').toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
      // One credential's dates only: its cycle end, with alarms and marked busy.
      const one = await ok<{ contentBase64: string; eventCount: number; fileName: string }>(host, 'calendar:export', { credentialId });
      expect(one.eventCount).toBe(1);
      // Long lines are folded at 75 octets; unfold before looking.
      const text = Buffer.from(one.contentBase64, 'base64').toString('utf8').replace(/\r\n[ \t]/g, '');
      expect(text).toContain(`UID:cycle-end:${credentialId}:cycle-1@certplan`);
      expect(text).toContain('TRANSP:OPAQUE');
      expect(text.match(/BEGIN:VALARM/g)).toHaveLength(4);
    },
    bad: { input: () => ({ trackId: 'track-1', credentialId: 'credential-1' }), field: 'credentialId' },
  },
  'dashboard:get': {
    good: async (host) => {
      await pmpLike(host);
      const dashboard = await ok<{ today: string; credentials: unknown[]; studyHours: unknown[] }>(host, 'dashboard:get', {});
      expect(dashboard.today).toBe('2026-11-25');
      expect(dashboard.credentials.length).toBeGreaterThan(0);
      // Other cases on this host set up preparations: every week is a planned/done pair.
      for (const week of dashboard.studyHours) expect(week).toEqual({ weekStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), planned: expect.any(Number), done: expect.any(Number) });
    },
    bad: { input: () => ({ tracks: true }), field: '' },
  },
};
