import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Db } from '../../../../src/main/core/db/connection';
import { KeptReads } from '../../../../src/main/core/db/keptReads';
import { trackTableWrites } from '../../../../src/main/core/db/tableVersions';
import { evaluateCredential, type EvaluationInput } from '../../../../src/main/core/services/renewalEvaluation';
import type { CeActivity } from '../../../../src/shared/schemas/ce';
import { callOk, testCore } from '../../../support/core';
import { PMP } from '../../domain/fixtures';

/**
 * Issue 10: parsed tracks and credentials are kept until a table they are read from is written
 * (db/keptReads.ts), and closed renewal cycles' results are kept per rules object under a key of
 * everything they depend on (services/renewalEvaluation.ts). Each must give what a fresh read gives.
 */
describe('kept reads', () => {
  it('reads again after a write to any table it names, and only then', () => {
    const db = new Database(':memory:') as unknown as Db;
    db.exec('CREATE TABLE a (x INTEGER); CREATE TABLE b (x INTEGER); CREATE TABLE c (x INTEGER)');
    const versions = trackTableWrites(db);
    const kept = new KeptReads<number>(versions, ['a', 'b']);
    let reads = 0;
    const read = () => kept.get('k', () => ++reads);
    expect([read(), read()]).toEqual([1, 1]);
    db.prepare('INSERT INTO c VALUES (1)').run();
    expect(read()).toBe(1);
    db.prepare('INSERT INTO b VALUES (1)').run();
    expect(read()).toBe(2);
    db.prepare('DELETE FROM a').run();
    expect(read()).toBe(3);
    expect(new KeptReads<number>(undefined, ['a']).get('k', () => 7)).toBe(7);
  });

  it('tracks and credentials read through the contract follow every write that changes them', async () => {
    const core = await testCore();
    try {
      const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
      expect((await callOk(core, 'tracks:list', {})).map((t) => t.id)).toContain(track.id);
      const credential = await callOk(core, 'credentials:add', { certificationId: 'pmi-capm', earnedOn: '2025-03-02' });
      expect((await callOk(core, 'credentials:list', {})).map((c) => c.earnedOn)).toEqual(['2025-03-02']);
      await callOk(core, 'credentials:update', { id: credential.id, patch: { earnedOn: '2025-04-02' } });
      expect((await callOk(core, 'credentials:list', {})).map((c) => c.earnedOn)).toEqual(['2025-04-02']);
      await callOk(core, 'credentials:remove', { id: credential.id });
      expect(await callOk(core, 'credentials:list', {})).toEqual([]);
      await callOk(core, 'tracks:remove', { id: track.id });
      expect((await callOk(core, 'tracks:list', {})).map((t) => t.id)).not.toContain(track.id);
    } finally {
      core.close();
    }
  });
});

describe('the records and practice lists kept', () => {
  it('follow every write they show, a new track’s areas and topics, and a new month', async () => {
    const core = await testCore();
    try {
      const titles = async () => (await callOk(core, 'experience:list', {})).entries.map((e) => e.title);
      const areas = async () => (await callOk(core, 'experience:list', {})).areaOptions.map((o) => o.area);
      const courses = async () => (await callOk(core, 'training:list', {})).entries.map((e) => e.course);
      expect(await titles()).toEqual([]);
      const before = await areas();
      const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
      expect(await areas()).not.toEqual(before);
      await callOk(core, 'experience:add', { organisation: 'Acme', title: 'PMO lead', startMonth: '2021-01', endMonth: null, areas: [] });
      expect(await titles()).toEqual(['PMO lead']);
      const months = async () => (await callOk(core, 'experience:list', {})).entries[0]?.monthsCovered;
      const thisMonth = await months();
      core.clock.set(new Date(core.clock.now().getTime() + 40 * 86_400_000));
      expect(await months()).toBeGreaterThan(thisMonth ?? 0);
      const timeline = async () => (await callOk(core, 'experience:get-timeline', {})).toMonth;
      const to = await timeline();
      core.clock.set(new Date(core.clock.now().getTime() + 40 * 86_400_000));
      expect(await timeline()).not.toBe(to);
      await callOk(core, 'training:add', { course: 'PMP boot camp', provider: 'Academy', hours: 28, completedOn: '2025-03-10', topic: 'PM education' });
      expect(await courses()).toEqual(['PMP boot camp']);
      const results = async () => (await callOk(core, 'practice:list', { trackId: track.id })).map((r) => r.totalPercent);
      expect(await results()).toEqual([]);
      await callOk(core, 'practice:add', { trackId: track.id, date: '2025-11-20', source: 'Sim', totalPercent: 70 });
      expect(await results()).toEqual([70]);
    } finally {
      core.close();
    }
  });
});

describe('the evidence list kept', () => {
  it('shows each file’s uses as they change: attached to an activity, its title edited, the activity removed', async () => {
    const core = await testCore();
    try {
      const file = await callOk(core, 'evidence:add', { fileName: 'certificate.pdf', contentBase64: Buffer.from('%PDF certificate').toString('base64') });
      const uses = async () => (await callOk(core, 'evidence:list', {})).find((f) => f.id === file.id)?.usedBy;
      expect(await uses()).toEqual([]);
      const credential = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2025-03-02' });
      const renewal = await callOk(core, 'renewal:get', { credentialId: credential.id });
      const categoryId = renewal.progress?.groups[0]?.categories[0]?.id ?? '';
      const activity = await callOk(core, 'ce:log', { date: '2025-06-01', title: 'Webinar', units: 2, categoryId, credentialIds: [credential.id], evidenceIds: [file.id] });
      expect(await uses()).toEqual(['CE activity: Webinar (2025-06-01)']);
      await callOk(core, 'ce:update', { id: activity.id, activity: { date: '2025-06-01', title: 'Keynote', units: 2, categoryId, credentialIds: [credential.id], evidenceIds: [file.id] } });
      expect(await uses()).toEqual(['CE activity: Keynote (2025-06-01)']);
      await callOk(core, 'ce:remove', { id: activity.id });
      expect(await uses()).toEqual([]);
    } finally {
      core.close();
    }
  });
});

describe('closed renewal cycles kept', () => {
  const activity = (id: string, date: string, units: number, categoryId: string): CeActivity => ({
    id, date, title: id, provider: '', units, categoryId, activityTypeId: null, credentialIds: ['pmp'], evidenceIds: [], notes: '', createdAt: '', updatedAt: '',
  });
  const input = (activities: CeActivity[]): EvaluationInput => ({
    maintenance: PMP,
    earnedOn: '2021-01-15',
    renewals: [{ id: 'r', cycleStart: '2021-01-15', submittedOn: '2024-01-05', approvedOn: '2024-01-06', feePaid: true }],
    activities,
    finishDaysBefore: 30,
    today: '2024-06-01',
  });
  const base = [activity('w', '2021-06-01', 15, 'ways-of-working'), activity('p', '2021-07-01', 15, 'power-skills'), activity('late', '2023-06-01', 22, 'business-acumen')];
  // A copy of the rules is a different object: nothing kept for it, so it computes from scratch.
  const fresh = (activities: CeActivity[]) => evaluateCredential({ ...input(activities), maintenance: structuredClone(PMP) });

  it('a change to a closed cycle’s activity (units, date, category, removal) gives the fresh answer', () => {
    const variants = [
      base,
      base.map((a) => (a.id === 'late' ? { ...a, units: 30 } : a)),
      base.map((a) => (a.id === 'late' ? { ...a, date: '2022-06-01' } : a)),
      base.map((a) => (a.id === 'w' ? { ...a, categoryId: 'business-acumen' } : a)),
      base.filter((a) => a.id !== 'p'),
      [...base, activity('open', '2024-03-01', 5, 'power-skills')],
      base,
    ];
    for (const activities of variants) {
      const kept = evaluateCredential(input(activities));
      expect(kept.cycles.map((c) => c.progress)).toEqual(fresh(activities).cycles.map((c) => c.progress));
      expect(kept.status).toBe(fresh(activities).status);
    }
    // The carry-over into the open cycle follows the closed cycle's last-year units.
    const carried = (a: CeActivity[]) => evaluateCredential(input(a)).cycles[1]?.progress?.counted;
    expect(carried(base)).toBe(0);
    expect(carried(base.map((a) => (a.id === 'late' ? { ...a, units: 40 } : a)))).toBe(10);
  });
});
