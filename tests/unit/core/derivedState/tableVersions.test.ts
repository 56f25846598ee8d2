import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/connection';
import { trackTableWrites, writtenTable } from '../../../../src/main/core/db/tableVersions';

/** The per-table write counters every kept answer is keyed on (issue 10). */
let db: Db | undefined;
afterEach(() => db?.close());

function open() {
  const opened: Db = new Database(':memory:');
  db = opened;
  opened.pragma('foreign_keys = ON');
  opened.exec(`CREATE TABLE parents (id TEXT PRIMARY KEY);
    CREATE TABLE children (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parents(id) ON DELETE CASCADE);
    CREATE TABLE others (id TEXT PRIMARY KEY);`);
  return { versions: trackTableWrites(opened), db: opened };
}

describe('table versions', () => {
  it('name the table a statement writes', () => {
    expect(writtenTable('INSERT INTO ce_activities (id) VALUES (?)')).toBe('ce_activities');
    expect(writtenTable('  insert or replace into "settings" VALUES (?, ?)')).toBe('settings');
    expect(writtenTable('UPDATE tracks SET status = ?')).toBe('tracks');
    expect(writtenTable('DELETE FROM reminders WHERE id = ?')).toBe('reminders');
    expect(writtenTable('SAVEPOINT x')).toBeNull();
  });

  it('move only the stamps that read the written table; reads move none', () => {
    const { versions, db } = open();
    const children = versions.stampOf(['children']);
    const notOthers = versions.stampExcept(new Set(['others']));
    db.prepare('SELECT * FROM parents').all();
    expect(versions.stampOf(['children'])).toBe(children);
    db.prepare('INSERT INTO others (id) VALUES (?)').run('o');
    expect(versions.stampOf(['children'])).toBe(children);
    expect(versions.stampExcept(new Set(['others']))).toBe(notOthers);
    db.prepare('INSERT INTO parents (id) VALUES (?)').run('p');
    expect(versions.stampExcept(new Set(['others']))).not.toBe(notOthers);
  });

  it('count a parent’s write for the tables that follow it through foreign keys', () => {
    const { versions, db } = open();
    const children = versions.stampOf(['children']);
    db.prepare('DELETE FROM parents WHERE id = ?').run('none');
    expect(versions.stampOf(['children'])).not.toBe(children);
  });

  it('count a rolled-back transaction and exec as a write to every table', () => {
    const { versions, db } = open();
    const others = versions.stampOf(['others']);
    expect(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO parents (id) VALUES (?)').run('p');
        throw new Error('no');
      })(),
    ).toThrow('no');
    expect(versions.stampOf(['others'])).not.toBe(others);
    const again = versions.stampOf(['others']);
    db.exec('DELETE FROM children');
    expect(versions.stampOf(['others'])).not.toBe(again);
  });

  it('leave pragmas uncounted', () => {
    const { versions, db } = open();
    const all = versions.stampExcept(new Set());
    db.pragma('user_version = 3');
    expect(versions.stampExcept(new Set())).toBe(all);
  });
});
