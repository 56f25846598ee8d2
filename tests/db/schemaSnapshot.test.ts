import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { callOk, testCore } from '../support/core';

/**
 * Once a version ships, its tables and columns may only be added to. This snapshot makes any
 * change to the schema visible in review; removing or renaming a column must fail here.
 */
describe('schema', () => {
  it('matches the snapshot (additive changes only)', async () => {
    const core = await testCore();
    core.close();
    const db = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const schema = Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid').all(name) as object[]).map((c) =>
          Object.values(c).join(' '),
        ),
      ]),
    );
    db.close();
    expect(schema).toMatchSnapshot();
  });

  it('finds the open track of a certification through its partial index', async () => {
    const core = await testCore();
    await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    core.close();
    const db = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM tracks WHERE certification_id = ? AND archived_at IS NULL")
      .all('pmi-pmp') as { detail: string }[];
    db.close();
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX tracks_one_open_per_certification/);
  });
});
