import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { BACKUP_DIR_NAME } from '../../src/main/core/services/backups/backupFolder';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { LEGACY_PMP_SNAPSHOT } from '../unit/catalog/fixtures/legacyPmpSnapshot';
import { writeVersion5DataDir } from '../support/legacyDataDir';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

/**
 * A data folder written by the release before issue 8 (database version 5, catalog release 1):
 * rules snapshots in the old shape on a track, a credential and a custom entry. Migration 0006 and
 * the upgrade-on-read must load all of it with nothing lost and keep it behaving as before — the
 * same exam outline, carry-over without a maximum — until the person adopts the new rules.
 */

const writeVersion5 = writeVersion5DataDir;

describe('upgrading a version-5 data folder', () => {
  it('migrates to the latest version after a backup, adding only the new columns and table', async () => {
    const dataDir = freshDataDir();
    writeVersion5(dataDir);
    const core = await testCore({ dataDir });
    core.close();
    expect(readdirSync(join(dataDir, BACKUP_DIR_NAME)).some((name) => name.endsWith('-before-migration.zip'))).toBe(true);
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
