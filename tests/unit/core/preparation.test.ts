import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { callOk, testCore } from '../../support/core';

/** Preparation through the core's edge: validation, storage, re-planning, the timer. */

let core: Core & { clock: { set(d: Date): void } };
afterEach(() => core.close());

const SETUP = {
  examDate: '2027-02-17',
  goalMinutes: 120 * 60,
  availability: [60, 60, 60, 60, 60, 240, 120],
  selfRatings: [{ domainId: 'process', rating: 2 }],
};

async function pmpTrack(): Promise<string> {
  core = await testCore();
  return (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
}

async function fieldsOf(method: string, input: unknown): Promise<{ code: string; fields: string[]; message: string }> {
  const result = await core.call(method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return { code: result.error.code, fields: result.error.details?.issues?.map((i) => i.path) ?? [], message: result.error.message };
}

describe('setting up preparation', () => {
  it('stores the settings and a plan from today, with the suggested goal labelled', async () => {
    const trackId = await pmpTrack();
    const before = await callOk(core, 'prep:get', { trackId });
    expect(before).toMatchObject({ settings: null, plan: null, exam: null, suggestedGoal: { minutes: 7200 } });
    expect(before.suggestedGoal.explanation).toMatch(/^Suggested, based on/);
    const view = await callOk(core, 'prep:setup', { trackId, ...SETUP });
    expect(view.settings).toMatchObject({ startedOn: '2026-11-25', goalMinutes: 7200, sessionMinutes: 45, reviewDays: null });
    expect(view.exam).toMatchObject({ examDate: '2027-02-17', booked: false });
    expect(view.plan?.totals.plannedMinutes).toBe(7200);
    expect(view.plan?.today.items.map((i) => i.minutes)).toEqual([45, 15]);
    expect((await callOk(core, 'tracks:get', { id: trackId })).status).toBe('exploring');
  });

  it.each([
    [{ examDate: '2026-11-24' }, 'examDate', /has passed/],
    [{ availability: [0, 0, 0, 0, 0, 0, 0] }, 'availability', /at least one day/],
    [{ availability: [60, 60, 60] }, 'availability', /7 weekdays/],
    [{ selfRatings: [{ domainId: 'finance', rating: 3 }] }, 'selfRatings.0.domainId', /Not a domain of the PMP exam/],
    [{ goalMinutes: 0 }, 'goalMinutes', /at least 1 hour/],
    [{ baseline: { date: '2026-11-01', source: 'X', totalPercent: 101 } }, 'baseline.totalPercent', /above 100/],
  ])('refuses %j naming the field, and stores nothing', async (patch, field, message) => {
    const trackId = await pmpTrack();
    const error = await fieldsOf('prep:setup', { trackId, ...SETUP, ...patch });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toContain(field);
    expect(error.message).toMatch(message);
    expect(await callOk(core, 'prep:get', { trackId })).toMatchObject({ settings: null, exam: null });
  });

  it('moves the track to scheduled when the exam date is stored as booked', async () => {
    const trackId = await pmpTrack();
    const changed: string[][] = [];
    core.on('data:changed', ({ areas }) => changed.push(areas));
    await callOk(core, 'prep:setup', { trackId, ...SETUP, examBooked: true });
    expect((await callOk(core, 'tracks:get', { id: trackId })).status).toBe('scheduled');
    expect(changed).toContainEqual(['tracks']);
  });

  it('re-plans when a new day starts, keeping the past, and summarises the missed sessions', async () => {
    const trackId = await pmpTrack();
    const first = await callOk(core, 'prep:setup', { trackId, ...SETUP });
    const firstWeek = first.plan?.items.filter((i) => i.date < '2026-12-02') ?? [];
    core.clock.set(new Date('2026-12-02T09:00:00Z'));
    const later = await callOk(core, 'prep:get', { trackId });
    const history = later.plan?.items.filter((i) => i.date < '2026-12-02') ?? [];
    expect(history.map(({ id, minutes, reason }) => ({ id, minutes, reason }))).toEqual(firstWeek.map(({ id, minutes, reason }) => ({ id, minutes, reason })));
    expect(history.every((i) => i.outcome === 'missed')).toBe(true);
    const missedMinutes = firstWeek.reduce((sum, i) => sum + i.minutes, 0);
    expect(missedMinutes).toBe(595);
    expect(later.plan?.changes[0]).toMatch(new RegExp(`^${firstWeek.length} missed sessions \\(9 h 55 min\\) spread over the next \\d+ weeks\\.$`));
    for (const day of later.plan?.days ?? []) expect(day.plannedMinutes).toBeLessThanOrEqual(day.availableMinutes);
    // Asking again the same day changes nothing.
    expect(await callOk(core, 'prep:get', { trackId })).toEqual(later);
  });

  it('adds and removes a pause, planning nothing inside it', async () => {
    const trackId = await pmpTrack();
    await callOk(core, 'prep:setup', { trackId, ...SETUP });
    const withPause = await callOk(core, 'prep:add-break', { trackId, kind: 'pause', startDate: '2026-12-21', endDate: '2027-01-03', label: 'Holiday' });
    expect(withPause.plan?.items.filter((i) => i.date >= '2026-12-21' && i.date <= '2027-01-03')).toEqual([]);
    expect(withPause.plan?.changes[0]).toMatch(/^Break 12\/21\/2026 – 01\/03\/2027 \(Holiday\) added/);
    const breakId = withPause.settings?.breaks[0]?.id ?? '';
    const bad = await fieldsOf('prep:add-break', { trackId, kind: 'blackout', startDate: '2026-12-10', endDate: '2026-12-11' });
    expect(bad.fields).toEqual(['endDate']);
    const without = await callOk(core, 'prep:remove-break', { trackId, breakId });
    expect(without.settings?.breaks).toEqual([]);
    expect(without.plan?.changes).toContain('Break 12/21/2026 – 01/03/2027 (Holiday) removed.');
  });
});

describe('study sessions', () => {
  it.each([
    [{ minutes: 0 }, 'minutes'],
    [{ minutes: 1441 }, 'minutes'],
    [{ date: '2026-11-26' }, 'date'],
    [{ domainId: 'finance' }, 'domainId'],
    [{ planItemId: 'nope' }, 'planItemId'],
  ])('refuses %j naming the field', async (patch, field) => {
    const trackId = await pmpTrack();
    const error = await fieldsOf('sessions:add', { trackId, date: '2026-11-25', minutes: 30, domainId: 'people', ...patch });
    expect(error.fields).toContain(field);
    expect((await callOk(core, 'sessions:list', { trackId })).sessions).toEqual([]);
  });

  it('counts a session against today’s plan item and the today view', async () => {
    const trackId = await pmpTrack();
    const view = await callOk(core, 'prep:setup', { trackId, ...SETUP });
    const item = view.plan?.today.items[0];
    await callOk(core, 'sessions:add', { trackId, date: '2026-11-25', minutes: 30, domainId: item?.domainId ?? null, planItemId: item?.itemId ?? null });
    const after = await callOk(core, 'prep:get', { trackId });
    expect(after.plan?.today).toMatchObject({ plannedMinutes: 60, doneMinutes: 30, remainingMinutes: 30 });
    expect(after.plan?.today.items[0]).toMatchObject({ doneMinutes: 30, remainingMinutes: 15 });
  });

  it('edits and deletes a session', async () => {
    const trackId = await pmpTrack();
    const session = await callOk(core, 'sessions:add', { trackId, date: '2026-11-24', minutes: 30, domainId: 'people', notes: 'Ch. 3' });
    const edited = await callOk(core, 'sessions:update', { id: session.id, patch: { minutes: 50, domainId: null } });
    expect(edited).toMatchObject({ minutes: 50, domainId: null, domainName: 'Whole exam', notes: 'Ch. 3' });
    const bad = await fieldsOf('sessions:update', { id: session.id, patch: { date: '2027-01-01' } });
    expect(bad.fields).toEqual(['patch.date']);
    await callOk(core, 'sessions:remove', { id: session.id });
    expect((await callOk(core, 'sessions:list', { trackId })).sessions).toEqual([]);
  });

  it('keeps a running timer across closing and reopening, measuring with the core’s clock', async () => {
    const trackId = await pmpTrack();
    await callOk(core, 'sessions:start-timer', { trackId, domainId: 'process' });
    expect((await fieldsOf('sessions:start-timer', { trackId })).code).toBe('conflict');
    const dataDir = core.dataDir;
    core.close();
    core = await testCore({ dataDir });
    core.clock.set(new Date('2026-11-25T10:35:30Z'));
    expect((await callOk(core, 'sessions:list', { trackId })).timer).toMatchObject({ domainId: 'process', domainName: 'Process', elapsedMinutes: 35 });
    const session = await callOk(core, 'sessions:stop-timer', { trackId });
    expect(session).toMatchObject({ date: '2026-11-25', minutes: 35, source: 'timer', domainId: 'process' });
    expect((await callOk(core, 'sessions:list', { trackId })).timer).toBeNull();
  });

  it('refuses to record a timer left running for more than a day, and lets it be discarded', async () => {
    const trackId = await pmpTrack();
    await callOk(core, 'sessions:start-timer', { trackId });
    core.clock.set(new Date('2026-11-26T11:00:00Z'));
    const error = await fieldsOf('sessions:stop-timer', { trackId });
    expect(error).toMatchObject({ code: 'rule_violation' });
    expect(error.message).toMatch(/more than a day/);
    await callOk(core, 'sessions:discard-timer', { trackId });
    expect((await callOk(core, 'sessions:list', { trackId })).sessions).toEqual([]);
  });
});

describe('practice results and the CSV import', () => {
  const CSV = [
    'Taken on,Provider,Overall %,People %,Process %,BE score',
    '2026-10-20,Simulator A,61,66,58,60',
    '2026-11-05,Simulator A,68,70,64,71',
    '2026-11-19,Simulator B,74,78,70,75',
  ].join('\n');
  const MAPPING = {
    date: 'Taken on',
    source: 'Provider',
    total: 'Overall %',
    domains: [
      { domainId: 'people', column: 'People %' },
      { domainId: 'process', column: 'Process %' },
      { domainId: 'business-environment', column: 'BE score' },
    ],
  };

  it('previews, then imports every row in one go and re-weights the plan', async () => {
    const trackId = await pmpTrack();
    await callOk(core, 'prep:setup', { trackId, ...SETUP });
    const preview = await callOk(core, 'practice:preview-import', { trackId, csvText: CSV });
    expect(preview.suggestedMapping.domains[2]).toEqual({ domainId: 'business-environment', column: null });
    expect(preview).toMatchObject({ validCount: 3, invalidCount: 0, missingRequired: [] });
    expect(await callOk(core, 'practice:import', { trackId, csvText: CSV, mapping: MAPPING })).toEqual({ imported: 3, skippedLines: [] });
    const plan = await callOk(core, 'prep:get', { trackId });
    expect(plan.plan?.allocation.find((a) => a.domainId === 'process')).toMatchObject({ weaknessSource: 'practice', weakness: 0.8 });
    expect(plan.plan?.changes[0]).toMatch(/^Study split changed \(weight × weakness\): /);
    const readiness = await callOk(core, 'readiness:get', { trackId });
    expect(readiness).toMatchObject({ sufficient: true, band: 'Target' });
    // The same file again: every row is already recorded.
    const again = await fieldsOf('practice:import', { trackId, csvText: CSV, mapping: MAPPING });
    expect(again.message).toMatch(/^3 of 3 rows cannot be imported, so nothing was imported \(line 2: Already recorded/);
  });

  it('imports nothing when a row does not parse, unless told to skip such rows', async () => {
    const trackId = await pmpTrack();
    const csv = `${CSV}\n2026-11-20,Simulator B,112,70,70,70`;
    const error = await fieldsOf('practice:import', { trackId, csvText: csv, mapping: MAPPING });
    expect(error.code).toBe('rule_violation');
    expect(error.message).toContain('line 5: The total 112 is above 100');
    expect(await callOk(core, 'practice:list', { trackId })).toEqual([]);
    expect(await callOk(core, 'practice:import', { trackId, csvText: csv, mapping: MAPPING, skipInvalid: true })).toEqual({ imported: 3, skippedLines: [5] });
  });

  it('refuses a CSV without a required column', async () => {
    const trackId = await pmpTrack();
    const csv = 'Provider,Overall %\nSimulator A,70';
    const preview = await callOk(core, 'practice:preview-import', { trackId, csvText: csv });
    expect(preview.missingRequired.map((m) => m.field)).toEqual(['date']);
    const error = await fieldsOf('practice:import', { trackId, csvText: csv, mapping: { date: null, source: 'Provider', total: 'Overall %', domains: [] } });
    expect(error.fields).toEqual(['mapping.date']);
    expect(error.message).toMatch(/the file needs one/);
  });

  it('refuses a score above 100 or a domain the exam does not have', async () => {
    const trackId = await pmpTrack();
    expect((await fieldsOf('practice:add', { trackId, date: '2026-11-20', source: 'X', totalPercent: 120 })).fields).toEqual(['totalPercent']);
    const unknown = await fieldsOf('practice:add', { trackId, date: '2026-11-20', source: 'X', totalPercent: 70, domainScores: [{ domainId: 'finance', percent: 50 }] });
    expect(unknown.fields).toEqual(['domainScores.0.domainId']);
    expect(await callOk(core, 'practice:list', { trackId })).toEqual([]);
  });
});
