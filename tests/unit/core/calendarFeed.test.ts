import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk, testCore } from '../../support/core';

let core: Awaited<ReturnType<typeof testCore>> | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('the subscribed calendar file', () => {
  it('is written while switched on, rewritten only when a date changes, and removed when switched off', async () => {
    core = await testCore({ refreshIntervalMs: 0 });
    core.clock.set(new Date('2026-11-25T10:00:00.000Z'));
    const settings = await callOk(core, 'settings:get', {});
    await callOk(core, 'settings:update', { patch: { calendar: { ...settings.calendar, feed: true } } });
    const first = await callOk(core, 'calendar:get-feed', {});
    expect(first).toMatchObject({ enabled: true, eventCount: 0 });
    expect(readFileSync(first.path, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    const written = statSync(first.path).mtimeMs;

    // Nothing changed (only the clock): the file stays as it was.
    core.clock.set(new Date('2026-11-25T11:00:00.000Z'));
    core.refresh();
    expect(statSync(first.path).mtimeMs).toBe(written);

    // A new credential brings its cycle end into the file.
    await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
    core.refresh();
    expect(readFileSync(first.path, 'utf8')).toContain('SUMMARY:PMP renewal cycle ends');
    expect((await callOk(core, 'calendar:get-feed', {})).eventCount).toBe(1);

    await callOk(core, 'settings:update', { patch: { calendar: { ...settings.calendar, feed: false } } });
    core.refresh();
    expect(existsSync(first.path)).toBe(false);
  });

  it('refuses a time zone it does not know, naming the field', async () => {
    core = await testCore({ refreshIntervalMs: 0 });
    const settings = await callOk(core, 'settings:get', {});
    const result = await core.call('settings:update', { patch: { calendar: { ...settings.calendar, timeZone: 'Mars/Olympus' } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { issues: [{ path: 'patch.calendar.timeZone' }] } } });
    expect((await callOk(core, 'settings:get', {})).calendar.timeZone).toBeNull();
  });
});
