import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { BACKUP_DIR_NAME } from '../../src/main/core/db/backup';
import { openDatabase } from '../../src/main/core/db/connection';
import { applyMigrations, pendingMigrations } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { LEGACY_PMP_SNAPSHOT } from '../unit/catalog/fixtures/legacyPmpSnapshot';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

/**
 * A data folder written by the release before issue 8 (database version 5, catalog release 1):
 * rules snapshots in the old shape on a track, a credential and a custom entry. Migration 0006 and
 * the upgrade-on-read must load all of it with nothing lost and keep it behaving as before — the
 * same exam outline, carry-over without a maximum — until the person adopts the new rules.
 */

const AT = '2026-11-01T10:00:00.000Z';
const LEGACY_CUSTOM = { ...LEGACY_PMP_SNAPSHOT, id: 'custom-legacy', origin: 'custom', name: 'My PMP variant', acronym: 'MYPMP', copiedFrom: 'pmi-pmp', facts: {} };

function writeVersion5(dataDir: string): void {
  const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
  applyMigrations(db, pendingMigrations(db, MIGRATIONS.slice(0, 5)));
  const cert = db.prepare('INSERT INTO certifications (id, origin, body, name, acronym, level, revision, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  cert.run('pmi-pmp', 'builtin', 'PMI', 'Project Management Professional', 'PMP', 'professional', 1, JSON.stringify(LEGACY_PMP_SNAPSHOT), AT, AT);
  cert.run('custom-legacy', 'custom', 'PMI', 'My PMP variant', 'MYPMP', 'professional', 1, JSON.stringify(LEGACY_CUSTOM), AT, AT);
  const track = db.prepare('INSERT INTO tracks (id, certification_id, status, snapshot, snapshot_revision, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)');
  track.run('track-pmp', 'pmi-pmp', 'exploring', JSON.stringify(LEGACY_PMP_SNAPSHOT), 1, AT, AT);
  track.run('track-custom', 'custom-legacy', 'exploring', JSON.stringify(LEGACY_CUSTOM), 1, AT, AT);
  db.prepare("INSERT INTO track_status_history (track_id, status, reason, changed_at) VALUES ('track-pmp', 'exploring', 'Started tracking PMP (rules revision 1)', ?)").run(AT);
  db.prepare(
    `INSERT INTO credentials (id, certification_id, track_id, name, acronym, body, credential_number, earned_on, rules_snapshot, origin, notes, created_at, updated_at)
     VALUES ('cred-pmp', 'pmi-pmp', NULL, 'Project Management Professional', 'PMP', 'PMI', '123', '2022-01-10', ?, 'manual', '', ?, ?)`,
  ).run(JSON.stringify(LEGACY_PMP_SNAPSHOT), AT, AT);
  const activity = db.prepare('INSERT INTO ce_activities (id, activity_date, title, provider, units, category_id, notes, created_at, updated_at) VALUES (?, ?, ?, \'\', ?, ?, \'\', ?, ?)');
  const link = db.prepare("INSERT INTO ce_activity_credentials (activity_id, credential_id) VALUES (?, 'cred-pmp')");
  for (const [id, date, units, category] of [
    ['ce-1', '2022-03-01', 20, 'ways-of-working'],
    ['ce-2', '2022-04-01', 15, 'power-skills'],
    ['ce-3', '2023-02-01', 15, 'business-acumen'],
    ['ce-4', '2024-02-01', 40, 'power-skills'],
  ] as const) {
    activity.run(id, date, `Activity ${id}`, units, category, AT, AT);
    link.run(id);
  }
  db.prepare("INSERT INTO renewals (id, credential_id, cycle_start, submitted_on, approved_on, fee_paid, created_at, updated_at) VALUES ('ren-1', 'cred-pmp', '2022-01-10', '2024-12-01', '2024-12-10', 1, ?, ?)").run(AT, AT);
  db.prepare("INSERT INTO meta (key, value) VALUES ('builtin_catalog_version', '1')").run();
  db.close();
}

describe('upgrading a version-5 data folder', () => {
  it('migrates to version 6 after a backup, adding only the new columns and table', async () => {
    const dataDir = freshDataDir();
    writeVersion5(dataDir);
    const core = await testCore({ dataDir });
    core.close();
    expect(readdirSync(join(dataDir, BACKUP_DIR_NAME)).some((name) => name.includes('before-migration-to-v6'))).toBe(true);
    const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT own_outline, rules_kept_revision FROM tracks WHERE id = 'track-pmp'").get()).toEqual({ own_outline: null, rules_kept_revision: null });
    expect(db.prepare("SELECT activity_type_id FROM ce_activities WHERE id = 'ce-1'").get()).toEqual({ activity_type_id: null });
    // The old snapshot is read in the new shape, not rewritten: the stored JSON is the person's, as it was.
    const stored = db.prepare("SELECT snapshot FROM tracks WHERE id = 'track-pmp'").get() as { snapshot: string };
    expect(JSON.parse(stored.snapshot)).toEqual(LEGACY_PMP_SNAPSHOT);
    db.close();
  });

  it('keeps the track on its old rules (185 questions, one outline) and offers the newer ones', async () => {
    const dataDir = freshDataDir();
    writeVersion5(dataDir);
    const core = await testCore({ dataDir });
    const track = await callOk(core, 'tracks:get', { id: 'track-pmp' });
    expect(track).toMatchObject({ newerRulesAvailable: true, snapshot: { revision: 1 }, history: [{ reason: 'Started tracking PMP (rules revision 1)' }] });
    expect(track.snapshot.exam.outlines).toHaveLength(1);
    expect(track.outline.outline).toMatchObject({ questions: 185, durationMinutes: 240 });
    expect(track.outline.outline?.domains.map((d) => d.weight)).toEqual([33, 41, 26]);
    expect(track.snapshot.paths[0]?.requirements.map((r) => r.label)).toEqual(LEGACY_PMP_SNAPSHOT.paths[0]?.requirements.map((r) => r.label));
    expect((await callOk(core, 'catalog:get', { id: 'pmi-pmp' })).certification.revision).toBe(2);
    core.close();
  });

  it('loads the custom entry with nothing lost, and its track sees no newer rules', async () => {
    const dataDir = freshDataDir();
    writeVersion5(dataDir);
    const core = await testCore({ dataDir });
    const custom = (await callOk(core, 'catalog:get', { id: 'custom-legacy' })).certification;
    expect(custom).toMatchObject({ origin: 'custom', name: 'My PMP variant', acronym: 'MYPMP', copiedFrom: 'pmi-pmp', revision: 1 });
    expect(custom.exam.outlines[0]).toMatchObject({ questions: 185, scoredQuestions: 175, durationMinutes: 240, format: LEGACY_PMP_SNAPSHOT.exam.format, domains: LEGACY_PMP_SNAPSHOT.exam.domains });
    expect(custom.exam).toMatchObject({ delivery: LEGACY_PMP_SNAPSHOT.exam.delivery, passing: LEGACY_PMP_SNAPSHOT.exam.passing, fees: LEGACY_PMP_SNAPSHOT.exam.fees, retakeFees: LEGACY_PMP_SNAPSHOT.exam.retakeFees, performanceBands: LEGACY_PMP_SNAPSHOT.exam.performanceBands });
    expect(custom.maintenance).toMatchObject({ totalUnits: 60, unitStep: 0.25, suspensionMonths: 12, perYear: null, carryOver: { rule: 'last-year-excess', maxUnits: 'no-limit' }, renewalFees: LEGACY_PMP_SNAPSHOT.maintenance.renewalFees });
    expect(custom.maintenance.groups.map((g) => [g.id, g.min, g.max, g.categories.map((c) => [c.id, c.min, c.max, c.sharing])])).toEqual(
      LEGACY_PMP_SNAPSHOT.maintenance.groups.map((g) => [g.id, g.min, g.max, g.categories.map((c) => [c.id, c.min, c.max, c.sharing])]),
    );
    expect(custom.sources.map((s) => [s.id, s.url, s.title])).toEqual(LEGACY_PMP_SNAPSHOT.sources.map((s) => [s.id, s.url, s.title]));
    expect((await callOk(core, 'tracks:get', { id: 'track-custom' })).newerRulesAvailable).toBe(false);
    // Editing the old custom entry saves it in the new shape.
    const { id: _id, origin: _origin, revision: _revision, facts: _facts, updatedAt: _updatedAt, ...draft } = custom;
    const saved = await callOk(core, 'catalog:update-custom', { id: custom.id, certification: { ...draft, name: 'My PMP variant, edited' } });
    expect(saved).toMatchObject({ revision: 2, name: 'My PMP variant, edited' });
    core.close();
  });

  it('keeps the credential behaving as before — the whole last-year surplus carries over — until the person adopts', async () => {
    const dataDir = freshDataDir();
    writeVersion5(dataDir);
    const core = await testCore({ dataDir });
    const view = await callOk(core, 'renewal:get', { credentialId: 'cred-pmp' });
    expect(view.credential).toMatchObject({ newerRulesAvailable: true, rulesRevision: 1, credentialNumber: '123' });
    expect(view.cycles.map((c) => [c.start, c.state])).toEqual([
      ['2022-01-10', 'renewed'],
      ['2025-01-10', 'open'],
    ]);
    expect(view.progress).toMatchObject({ carriedIn: 30, counted: 30, stillNeeded: 30 });
    await callOk(core, 'credentials:adopt-latest-rules', { id: 'cred-pmp' });
    expect((await callOk(core, 'renewal:get', { credentialId: 'cred-pmp' })).progress).toMatchObject({ carriedIn: 20, stillNeeded: 40 });
    core.close();
    const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(db.prepare("SELECT from_revision, to_revision, json_array_length(changes) > 0 AS listed FROM rules_adoptions WHERE credential_id = 'cred-pmp'").get()).toEqual({ from_revision: 1, to_revision: 2, listed: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM ce_activities").get()).toEqual({ n: 4 });
    db.close();
  });
});
