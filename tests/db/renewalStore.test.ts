import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { openDatabase } from '../../src/main/core/db/connection';
import { applyMigrations } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

const open = (dataDir: string) => new Database(join(dataDir, DATABASE_FILE_NAME));

describe('renewal and reminder tables', () => {
  it('upgrade a version-2 database with credentials to the latest version, keeping them', async () => {
    const dataDir = freshDataDir();
    // A version-2 file as the previous release left it: no catalog rows needed for a manual credential.
    const old = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    applyMigrations(old, MIGRATIONS.slice(0, 2));
    old
      .prepare(
        `INSERT INTO credentials (id, name, acronym, body, earned_on, origin, created_at, updated_at)
         VALUES ('credential-old', 'Old Cert', 'OLD', 'Other', '2024-09-10', 'manual', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      )
      .run();
    old.close();
    const latest = await testCore({ dataDir });
    const view = await callOk(latest, 'renewal:get', { credentialId: 'credential-old' });
    expect(view).toMatchObject({ status: 'unknown', cycles: [], activities: [] });
    latest.close();
    const db = open(dataDir);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('read a credential’s activities and the reminders in play through their indexes', async () => {
    const core = await testCore();
    core.close();
    const db = open(core.dataDir);
    const plan = (sql: string, ...args: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(
      plan('SELECT a.id FROM ce_activity_credentials l JOIN ce_activities a ON a.id = l.activity_id WHERE l.credential_id = ?', 'c1'),
    ).toMatch(/ce_activity_credentials_by_credential/);
    expect(plan("SELECT id FROM reminders WHERE state = ? ORDER BY fire_at", 'pending')).toMatch(/USING INDEX reminders_by_state/);
    expect(plan('SELECT title FROM ce_activity_evidence e JOIN ce_activities a ON a.id = e.activity_id WHERE e.evidence_id = ?', 'e1')).toMatch(
      /ce_activity_evidence_by_evidence/,
    );
    db.close();
  });

  it('refuse a second live reminder for the same date and lead time, and deleting evidence still in use', async () => {
    const core = await testCore();
    const credential = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
    const file = await callOk(core, 'evidence:add', { fileName: 'a.pdf', contentBase64: Buffer.from('a').toString('base64') });
    await callOk(core, 'ce:log', { date: '2026-01-10', title: 'Course', units: 5, categoryId: 'power-skills', credentialIds: [credential.id], evidenceIds: [file.id] });
    core.close();
    const db = open(core.dataDir);
    const insert = db.prepare(
      `INSERT INTO reminders (id, date_key, kind, lead_days, due_date, title, detail, state, fire_at, created_at, updated_at)
       VALUES (?, 'k', 'exam', 7, '2027-01-01', 't', '', ?, '2026-12-25T09:00:00Z', 'x', 'x')`,
    );
    insert.run('r1', 'pending');
    expect(() => insert.run('r2', 'delivered')).toThrow(/UNIQUE/);
    insert.run('r3', 'retired');
    expect(() => db.prepare('DELETE FROM evidence_files WHERE id = ?').run(file.id)).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('keep a credential with activities (the audit trail) until they are removed; then its pace target and links go with it', async () => {
    const core = await testCore();
    const credential = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
    const activity = await callOk(core, 'ce:log', { date: '2026-01-10', title: 'Course', units: 5, categoryId: 'power-skills', credentialIds: [credential.id] });
    await callOk(core, 'renewal:set-pace-target', { credentialId: credential.id, finishDaysBefore: 60 });
    const refused = await core.call('credentials:remove', { id: credential.id });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    await callOk(core, 'ce:remove', { id: activity.id });
    await callOk(core, 'credentials:remove', { id: credential.id });
    core.close();
    const db = open(core.dataDir);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('ce_activity_credentials'), count('credential_pace_targets'), count('renewals'), count('ce_activities')]).toEqual([0, 0, 0, 0]);
    db.close();
  });
});
