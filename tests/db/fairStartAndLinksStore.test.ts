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
const FAIR_START = MIGRATIONS.findIndex((m) => m.name === '0006_fair_start_and_linked_records');

describe('fair start and linked records tables', () => {
  it('upgrade a database from before them: credentials already stored are never held back', async () => {
    const dataDir = freshDataDir();
    const old = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    applyMigrations(old, MIGRATIONS.slice(0, FAIR_START));
    old
      .prepare(
        `INSERT INTO credentials (id, name, acronym, body, earned_on, origin, created_at, updated_at)
         VALUES ('credential-old', 'Old Cert', 'OLD', 'Other', '2024-09-10', 'manual', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      )
      .run();
    old.close();
    const core = await testCore({ dataDir });
    expect((await callOk(core, 'renewal:get', { credentialId: 'credential-old' })).fairStart).toBeNull();
    core.close();
    const db = open(dataDir);
    expect(db.prepare('SELECT COUNT(*) AS n FROM credential_fair_starts').get()).toEqual({ n: 0 });
    db.close();
  });

  it('remove a credential’s fair start with it, and only the link when a linked record is deleted', async () => {
    const core = await testCore();
    const held = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
    const course = await callOk(core, 'training:add', { course: 'PMO course', provider: 'PMO Academy', hours: 21, completedOn: '2026-05-04', topic: 'PMO' });
    const activity = await callOk(core, 'training:log-as-ce', { trainingId: course.id, credentialId: held.id, categoryId: 'ways-of-working' });
    await callOk(core, 'training:remove', { id: course.id });
    const view = await callOk(core, 'renewal:get', { credentialId: held.id });
    expect(view.activities).toEqual([expect.objectContaining({ id: activity.id, linkedTraining: null })]);
    await callOk(core, 'ce:remove', { id: activity.id });
    await callOk(core, 'credentials:remove', { id: held.id });
    core.close();
    const db = open(core.dataDir);
    expect(db.prepare('SELECT COUNT(*) AS n FROM credential_fair_starts').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM training_ce_links').get()).toEqual({ n: 0 });
    db.close();
  });
});
