import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore';
import type { Db } from '../../../../src/main/core/db/connection';
import { trackTableWrites } from '../../../../src/main/core/db/tableVersions';
import type * as Replan from '../../../../src/main/core/domain/studyPlan/replan';
import type * as RenewalEvaluation from '../../../../src/main/core/services/renewalEvaluation';
import { callOk, testCore } from '../../../support/core';

/**
 * Issue 10: plans are kept per track and renewal evaluations per credential (TEMP triggers count
 * each changed row's owner, db/ownerTriggers.ts). The engines are wrapped to count runs per track
 * (by exam date) and per credential (by earned date): a write to one track re-plans that track
 * only, a CE activity re-evaluates its credentials only, and global inputs re-plan everything.
 */
const runs = vi.hoisted(() => ({ plans: new Map<string, number>(), evaluations: new Map<string, number>() }));

vi.mock('../../../../src/main/core/domain/studyPlan/replan', async (importOriginal) => {
  const original = await importOriginal<typeof Replan>();
  return {
    ...original,
    replan: (...args: Parameters<typeof original.replan>) => {
      const examDate = args[1].settings.examDate;
      runs.plans.set(examDate, (runs.plans.get(examDate) ?? 0) + 1);
      return original.replan(...args);
    },
  };
});
vi.mock('../../../../src/main/core/services/renewalEvaluation', async (importOriginal) => {
  const original = await importOriginal<typeof RenewalEvaluation>();
  return {
    ...original,
    evaluateCredential: (input: Parameters<typeof original.evaluateCredential>[0]) => {
      runs.evaluations.set(input.earnedOn, (runs.evaluations.get(input.earnedOn) ?? 0) + 1);
      return original.evaluateCredential(input);
    },
  };
});

const EXAM_A = '2027-01-20';
const EXAM_B = '2027-04-12';
const EXAM_C = '2027-02-15';
const PMP_EARNED = '2024-09-10';
const CAPM_EARNED = '2025-03-02';

let core: Core;
let trackA: string;
let trackB: string;
let trackC: string;
let pmp: string;
let capm: string;

async function prepared(certificationId: string, examDate: string): Promise<string> {
  const id = (await callOk(core, 'tracks:create', { certificationId })).id;
  await callOk(core, 'prep:setup', { trackId: id, examDate, goalMinutes: 40 * 60, availability: [60, 60, 60, 60, 60, 0, 0] });
  return id;
}

/** What the screens and the upkeep read: every plan, every renewal, the calendar, the reminders. */
async function readEverything() {
  await callOk(core, 'dashboard:get', {});
  for (const trackId of [trackA, trackB, trackC]) {
    await callOk(core, 'prep:get', { trackId });
    await callOk(core, 'prep:get-progress', { trackId });
  }
  for (const credentialId of [pmp, capm]) await callOk(core, 'renewal:get', { credentialId });
  await callOk(core, 'calendar:export', {});
  core.refresh();
}

beforeEach(async () => {
  core = await testCore();
  trackA = await prepared('pmi-acp', EXAM_A);
  trackB = await prepared('comptia-security-plus', EXAM_B);
  trackC = await prepared('aws-saa-c03', EXAM_C);
  pmp = (await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: PMP_EARNED })).id;
  capm = (await callOk(core, 'credentials:add', { certificationId: 'pmi-capm', earnedOn: CAPM_EARNED })).id;
  await readEverything();
  runs.plans.clear();
  runs.evaluations.clear();
});
afterEach(() => core.close());

describe('per-track plans', () => {
  it('a study session on track A re-plans A and not B, and the upkeep after it re-plans nothing else', async () => {
    await callOk(core, 'sessions:add', { trackId: trackA, date: '2026-11-25', minutes: 45 });
    await core.idle();
    await readEverything();
    expect(runs.plans.get(EXAM_A)).toBeGreaterThan(0);
    expect(runs.plans.get(EXAM_B)).toBeUndefined();
    expect(runs.plans.get(EXAM_C)).toBeUndefined();
    expect(runs.evaluations.size).toBe(0);
  });

  it('removing a session (and changing one) re-plans its own track only', async () => {
    const session = await callOk(core, 'sessions:add', { trackId: trackB, date: '2026-11-24', minutes: 30 });
    await readEverything();
    runs.plans.clear();
    await callOk(core, 'sessions:update', { id: session.id, patch: { minutes: 50 } });
    await readEverything();
    expect([...runs.plans.keys()]).toEqual([EXAM_B]);
    runs.plans.clear();
    await callOk(core, 'sessions:remove', { id: session.id });
    await readEverything();
    expect([...runs.plans.keys()]).toEqual([EXAM_B]);
  });

  it('a break re-plans its own track only', async () => {
    await callOk(core, 'prep:add-break', { trackId: trackC, kind: 'pause', startDate: '2026-12-01', endDate: '2026-12-05', label: '' });
    await readEverything();
    expect([...runs.plans.keys()]).toEqual([EXAM_C]);
  });

  it('removing a track (its sessions and plan go by foreign-key cascade) re-plans no other track', async () => {
    await callOk(core, 'sessions:add', { trackId: trackC, date: '2026-11-25', minutes: 30 });
    await readEverything();
    runs.plans.clear();
    await callOk(core, 'tracks:remove', { id: trackC });
    await core.idle();
    await callOk(core, 'dashboard:get', {});
    for (const trackId of [trackA, trackB]) await callOk(core, 'prep:get', { trackId });
    core.refresh();
    expect(runs.plans.size).toBe(0);
    // Its dates are gone from the calendar: the known dates noticed the removal.
    const calendar = await callOk(core, 'calendar:export', {});
    expect(Buffer.from(calendar.contentBase64, 'base64').toString('utf8')).not.toContain(`study-session:${trackC}`);
  });

  it('a settings change every plan reads (public holidays) re-plans every track', async () => {
    await callOk(core, 'settings:update', { patch: { holidayCountry: 'US' } });
    await readEverything();
    expect(runs.plans.get(EXAM_A)).toBeGreaterThan(0);
    expect(runs.plans.get(EXAM_B)).toBeGreaterThan(0);
    expect(runs.plans.get(EXAM_C)).toBeGreaterThan(0);
  });
});

describe('per-credential renewal evaluations', () => {
  it('a CE activity re-evaluates its credential and not the other one, and re-plans nothing', async () => {
    const view = await callOk(core, 'renewal:get', { credentialId: pmp });
    const categoryId = view.progress?.groups[0]?.categories[0]?.id ?? '';
    await callOk(core, 'ce:log', { date: '2026-11-01', title: 'Course', units: 5, categoryId, credentialIds: [pmp] });
    await core.idle();
    await readEverything();
    await callOk(core, 'eligibility:get', { trackId: trackA });
    expect(runs.evaluations.get(PMP_EARNED)).toBeGreaterThan(0);
    expect(runs.evaluations.get(CAPM_EARNED)).toBeUndefined();
    expect(runs.plans.size).toBe(0);
    expect((await callOk(core, 'renewal:get', { credentialId: pmp })).progress?.earned).toBe((view.progress?.earned ?? 0) + 5);
  });

  it('removing an activity re-evaluates the credentials it counted for (its links go by cascade)', async () => {
    const view = await callOk(core, 'renewal:get', { credentialId: pmp });
    const categoryId = view.progress?.groups[0]?.categories[0]?.id ?? '';
    const activity = await callOk(core, 'ce:log', { date: '2026-10-01', title: 'Webinar', units: 2, categoryId, credentialIds: [pmp] });
    await readEverything();
    runs.evaluations.clear();
    await callOk(core, 'ce:remove', { id: activity.id });
    await readEverything();
    expect(runs.evaluations.get(PMP_EARNED)).toBeGreaterThan(0);
    expect(runs.evaluations.get(CAPM_EARNED)).toBeUndefined();
    expect((await callOk(core, 'renewal:get', { credentialId: pmp })).progress?.earned).toBe(view.progress?.earned);
  });

  it('a study session leaves every evaluation kept, and a new day re-computes them', async () => {
    await callOk(core, 'sessions:add', { trackId: trackA, date: '2026-11-25', minutes: 45 });
    await readEverything();
    expect(runs.evaluations.size).toBe(0);
    (core as Core & { clock: { set: (d: Date) => void } }).clock.set(new Date('2026-11-26T10:00:00.000Z'));
    await readEverything();
    expect(runs.evaluations.get(PMP_EARNED)).toBeGreaterThan(0);
    expect(runs.evaluations.get(CAPM_EARNED)).toBeGreaterThan(0);
  });
});

describe('owner stamps at the connection', () => {
  let db: Db | undefined;
  afterEach(() => db?.close());

  function open() {
    const opened: Db = new Database(':memory:');
    db = opened;
    opened.pragma('foreign_keys = ON');
    opened.exec(`CREATE TABLE tracks (id TEXT PRIMARY KEY);
      CREATE TABLE study_sessions (id TEXT PRIMARY KEY, track_id TEXT NOT NULL REFERENCES tracks(id) ON DELETE CASCADE);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE credentials (id TEXT PRIMARY KEY);
      CREATE TABLE ce_activities (id TEXT PRIMARY KEY, units INTEGER);
      CREATE TABLE ce_activity_credentials (activity_id TEXT REFERENCES ce_activities(id) ON DELETE CASCADE, credential_id TEXT REFERENCES credentials(id) ON DELETE CASCADE);
      INSERT INTO tracks VALUES ('a'), ('b'); INSERT INTO credentials VALUES ('x'), ('y');`);
    return { versions: trackTableWrites(opened), db: opened };
  }
  const none = new Set<string>();

  it('move a track’s stamp for its own rows, cascades included, and every stamp for global tables', () => {
    const { versions, db } = open();
    const stamps = () => [versions.stampFor('track', 'a', none), versions.stampFor('track', 'b', none)];
    let [a, b] = stamps();
    db.prepare('INSERT INTO study_sessions VALUES (?, ?)').run('s1', 'a');
    expect(stamps()).toEqual([expect.not.stringMatching(`^${a}$`), b]);
    [a, b] = stamps();
    db.prepare("UPDATE study_sessions SET track_id = 'b' WHERE id = 's1'").run();
    const moved = stamps();
    expect(moved[0]).not.toBe(a);
    expect(moved[1]).not.toBe(b);
    db.prepare('INSERT INTO study_sessions VALUES (?, ?)').run('s2', 'a');
    [a, b] = stamps();
    db.prepare('DELETE FROM tracks WHERE id = ?').run('b');
    expect(stamps()[0]).toBe(a);
    expect(stamps()[1]).not.toBe(b);
    [a, b] = stamps();
    db.prepare("INSERT INTO settings VALUES ('holidayCountry', 'US')").run();
    expect(stamps()[0]).not.toBe(a);
    expect(stamps()[1]).not.toBe(b);
    // REPLACE deletes without delete triggers: every owner of that table counts.
    [, b] = stamps();
    db.prepare("INSERT OR REPLACE INTO study_sessions VALUES ('s2', 'a')").run();
    expect(stamps()[1]).not.toBe(b);
  });

  it('count a CE activity for the credentials it is linked to, before and after the links change', () => {
    const { versions, db } = open();
    const stamps = () => [versions.stampFor('credential', 'x', none), versions.stampFor('credential', 'y', none)];
    let [x, y] = stamps();
    db.prepare('INSERT INTO ce_activities VALUES (?, ?)').run('c1', 3);
    expect(stamps()).toEqual([x, y]); // no credential counts it yet
    db.prepare('INSERT INTO ce_activity_credentials VALUES (?, ?)').run('c1', 'x');
    expect(stamps()[0]).not.toBe(x);
    expect(stamps()[1]).toBe(y);
    [x, y] = stamps();
    db.prepare('UPDATE ce_activities SET units = 4 WHERE id = ?').run('c1');
    expect(stamps()[0]).not.toBe(x);
    expect(stamps()[1]).toBe(y);
    db.prepare('INSERT INTO ce_activity_credentials VALUES (?, ?)').run('c1', 'y');
    [x, y] = stamps();
    db.prepare('DELETE FROM ce_activities WHERE id = ?').run('c1');
    expect(stamps()[0]).not.toBe(x);
    expect(stamps()[1]).not.toBe(y);
  });
});
