import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { MethodName } from '../../../src/shared/contract';
import { callOk, testCore } from '../../support/core';

/** Undo after a delete: the record comes back with its links and evidence, or nothing changes. */

let core: Core;
afterEach(() => core.close());

const base64 = (s: string) => Buffer.from(s).toString('base64');

async function removed(method: MethodName, id: string): Promise<string> {
  const result = await callOk(core, method, { id });
  const token = (result as { undoToken?: string }).undoToken;
  if (!token) throw new Error(`${method} gave no undo token`);
  return token;
}

async function failure(token: string) {
  const result = await core.call('undo:restore', { token });
  if (result.ok) throw new Error('undo:restore should have failed');
  return result.error;
}

describe('undo after delete', () => {
  it('brings an experience entry back exactly as it was, and announces its area', async () => {
    core = await testCore();
    const entry = await callOk(core, 'experience:add', { organisation: 'Acme', title: 'ERP rollout', startMonth: '2021-01', endMonth: '2022-06', areas: ['leading projects'], description: 'Led it' });
    const token = await removed('experience:remove', entry.id);
    expect((await callOk(core, 'experience:list', {})).entries).toEqual([]);
    const changed: string[][] = [];
    core.on('data:changed', ({ areas }) => changed.push(areas));
    expect(await callOk(core, 'undo:restore', { token })).toEqual({ restored: 'ERP rollout', areas: ['experience'] });
    expect((await callOk(core, 'experience:list', {})).entries).toEqual([entry]);
    expect(changed).toContainEqual(['experience']);
    // A token is used once.
    expect((await failure(token)).code).toBe('not_found');
  });

  it('brings a CE activity back with the credentials it counted toward and its evidence list', async () => {
    core = await testCore();
    const pmp = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
    const file = await callOk(core, 'evidence:add', { fileName: 'cert.pdf', mediaType: 'application/pdf', contentBase64: base64('pdf') });
    const logged = await callOk(core, 'ce:log', { date: '2026-02-14', title: 'Webinar', units: 10, categoryId: 'power-skills', credentialIds: [pmp.id], evidenceIds: [file.id] });
    const before = await callOk(core, 'renewal:get', { credentialId: pmp.id });
    const token = await removed('ce:remove', logged.id);
    expect((await callOk(core, 'renewal:get', { credentialId: pmp.id })).progress?.counted).toBe(0);
    await callOk(core, 'undo:restore', { token });
    const after = await callOk(core, 'renewal:get', { credentialId: pmp.id });
    expect(after.activities).toEqual(before.activities);
    expect(after.progress?.counted).toBe(10);
  });

  it('writes a deleted evidence file back into the store', async () => {
    core = await testCore();
    const file = await callOk(core, 'evidence:add', { fileName: 'receipt.pdf', mediaType: 'application/pdf', contentBase64: base64('the receipt') });
    const token = await removed('evidence:remove', file.id);
    expect(existsSync(join(core.dataDir, 'evidence', file.sha256))).toBe(false);
    await callOk(core, 'undo:restore', { token });
    expect((await callOk(core, 'evidence:get', { id: file.id })).contentBase64).toBe(base64('the receipt'));
  });

  it('brings a removed track back with its plan, sessions and practice results', async () => {
    core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    await callOk(core, 'prep:setup', { trackId: track.id, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 0, 0] });
    await callOk(core, 'sessions:add', { trackId: track.id, date: '2026-11-24', minutes: 50 });
    await callOk(core, 'practice:add', { trackId: track.id, date: '2026-11-20', source: 'Sim', totalPercent: 71 });
    const plan = await callOk(core, 'prep:get', { trackId: track.id });
    const stored = await callOk(core, 'tracks:get', { id: track.id });
    const token = await removed('tracks:remove', track.id);
    expect(await callOk(core, 'tracks:list', {})).toEqual([]);
    expect(await callOk(core, 'undo:restore', { token })).toMatchObject({ restored: 'PMP' });
    expect(await callOk(core, 'tracks:get', { id: track.id })).toEqual(stored);
    expect((await callOk(core, 'sessions:list', { trackId: track.id })).sessions.map((s) => s.minutes)).toEqual([50]);
    expect((await callOk(core, 'practice:list', { trackId: track.id })).map((r) => r.totalPercent)).toEqual([71]);
    expect((await callOk(core, 'prep:get', { trackId: track.id })).plan?.items).toEqual(plan.plan?.items);
  });

  it('says so and restores nothing when something it was linked to is gone', async () => {
    core = await testCore();
    const file = await callOk(core, 'evidence:add', { fileName: 'cert.pdf', mediaType: 'application/pdf', contentBase64: base64('pdf') });
    const course = await callOk(core, 'training:add', { course: 'Boot camp', provider: 'Academy', hours: 35, completedOn: '2025-03-14', topic: 'PM education', evidenceId: file.id });
    const token = await removed('training:remove', course.id);
    await callOk(core, 'evidence:remove', { id: file.id });
    const error = await failure(token);
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('“Boot camp” was not restored: since you deleted it, an evidence file attached to it was deleted. Nothing was changed.');
    expect((await callOk(core, 'training:list', {})).entries).toEqual([]);
  });

  it('says so when a newer record has taken its place', async () => {
    core = await testCore();
    const first = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    const token = await removed('tracks:remove', first.id);
    const second = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    const error = await failure(token);
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^“PMP” was not restored: a newer record has taken its place/) });
    expect((await callOk(core, 'tracks:list', {})).map((t) => t.id)).toEqual([second.id]);
  });

  it('refuses an unknown token and bad input without changing anything', async () => {
    core = await testCore();
    expect((await failure('00000000-0000-0000-0000-000000000000')).message).toMatch(/can no longer be undone/);
    const bad = await core.call('undo:restore', { token: '' });
    expect(bad.ok === false && bad.error).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'token' }] } });
    const extra = await core.call('undo:restore', { token: 'x', also: 1 });
    expect(extra.ok).toBe(false);
  });
});
