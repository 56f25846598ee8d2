import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { normalizeForSearch } from '../../../src/main/core/services/catalogService';
import { callOk, testCore } from '../../support/core';

let core: Core;
beforeAll(async () => {
  core = await testCore();
});
afterAll(() => core.close());

describe('catalog search', () => {
  it('normalizes case, spaces and dashes', () => {
    expect(normalizeForSearch('PMI-ACP')).toBe(normalizeForSearch('pmi acp'));
    expect(normalizeForSearch('Prince2 7')).toBe('prince27');
  });

  it.each([
    ['pmp', 'pmi-pmp'],
    ['PMI ACP', 'pmi-acp'],
    ['pmocp', 'pmi-pmocp'],
    ['portfolio', 'pmi-pfmp'],
    ['security+', 'comptia-security-plus'],
  ])('finds "%s"', async (query, id) => {
    const list = await callOk(core, 'catalog:list', { query });
    expect(list.items.map((i) => i.id)).toContain(id);
  });

  it('filters by body and level together, keeping the facets', async () => {
    const list = await callOk(core, 'catalog:list', { body: 'PeopleCert', level: 'foundation' });
    expect(list.items.length).toBeGreaterThanOrEqual(4);
    expect(list.items.every((i) => i.body === 'PeopleCert' && i.level === 'foundation')).toBe(true);
    expect(list.bodies).toContain('PMI');
    expect(list.total).toBeGreaterThanOrEqual(20);
  });

  it('returns ladders with the current entry in them', async () => {
    const detail = await callOk(core, 'catalog:get', { id: 'pmi-pmp' });
    const ladder = detail.ladders.find((l) => l.id === 'pmi-project-to-portfolio');
    expect(ladder?.stepDetails.map((s) => s.acronym)).toEqual(['CAPM', 'PMP', 'PgMP', 'PfMP']);
  });

  it('refuses to edit or delete a built-in entry', async () => {
    const detail = await callOk(core, 'catalog:get', { id: 'pmi-capm' });
    const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
    const update = await core.call('catalog:update-custom', { id: 'pmi-capm', certification: draft });
    expect(update.ok ? null : update.error.code).toBe('rule_violation');
    const del = await core.call('catalog:delete-custom', { id: 'pmi-capm' });
    expect(del.ok ? null : del.error.message).toMatch(/built-in entry and cannot be deleted/);
  });
});

describe('tracks', () => {
  it('allow one open track per certification and keep a snapshot', async () => {
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-capm' });
    expect(track.status).toBe('exploring');
    expect(track.snapshot.id).toBe('pmi-capm');
    expect(track.history).toHaveLength(1);
    const again = await core.call('tracks:create', { certificationId: 'pmi-capm' });
    expect(again.ok ? null : again.error.code).toBe('conflict');

    const archived = await callOk(core, 'tracks:set-archived', { id: track.id, archived: true });
    expect(archived.archived).toBe(true);
    expect((await callOk(core, 'tracks:list', {})).map((t) => t.id)).not.toContain(track.id);
    expect((await callOk(core, 'tracks:list', { includeArchived: true })).map((t) => t.id)).toContain(track.id);

    // A new open track is allowed while the old one is archived; restoring the old one is not.
    const second = await callOk(core, 'tracks:create', { certificationId: 'pmi-capm' });
    const restore = await core.call('tracks:set-archived', { id: track.id, archived: false });
    expect(restore.ok ? null : restore.error.code).toBe('conflict');

    await callOk(core, 'tracks:remove', { id: second.id });
    const gone = await core.call('tracks:get', { id: second.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
  });

  it('marks the catalog entry as tracked', async () => {
    await callOk(core, 'tracks:create', { certificationId: 'scrumorg-psm-1' });
    const list = await callOk(core, 'catalog:list', { query: 'PSM' });
    expect(list.items.find((i) => i.id === 'scrumorg-psm-1')?.tracked).toBe(true);
  });

  it('keep running when their custom entry is deleted', async () => {
    const base = (await callOk(core, 'catalog:get', { id: 'pmi-pmp' })).certification;
    const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = base;
    const custom = await callOk(core, 'catalog:create-custom', { certification: { ...draft, name: 'Company PM cert', acronym: 'CPM', copiedFrom: 'pmi-pmp' } });
    const track = await callOk(core, 'tracks:create', { certificationId: custom.id });
    const removed = await callOk(core, 'catalog:delete-custom', { id: custom.id });
    expect(removed.tracksKept).toBe(1);
    const after = await callOk(core, 'tracks:get', { id: track.id });
    expect(after.certificationId).toBeNull();
    expect(after.snapshot.acronym).toBe('CPM');
  });
});
