import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { BACKUP_DIR_NAME } from '../../src/main/core/services/backups/backupFolder';
import { openDatabase } from '../../src/main/core/db/connection';
import { FutureDatabaseError, applyMigrations, assertMonotonic, pendingMigrations } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

const LATEST = MIGRATIONS.length;

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(() => assertMonotonic(MIGRATIONS)).not.toThrow();
    expect(() => assertMonotonic([{ version: 2, name: 'x', sql: '' }])).toThrow(/expected 1/);
  });

  it('migrate an empty folder to the latest version with WAL and foreign keys on', async () => {
    const core = await testCore();
    core.close();
    const db = openDatabase(join(core.dataDir, DATABASE_FILE_NAME));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual(expect.arrayContaining([{ name: 'certifications' }, { name: 'tracks' }, { name: 'settings' }]));
    db.close();
    // No backup for a brand-new database: there was nothing to lose.
    expect(readdirSafe(join(core.dataDir, BACKUP_DIR_NAME))).toEqual([]);
  });

  it('refuse a database written by a newer version and leave it untouched', async () => {
    const dataDir = freshDataDir();
    const db = new Database(join(dataDir, DATABASE_FILE_NAME));
    db.exec('CREATE TABLE precious (v TEXT); INSERT INTO precious VALUES (\'keep me\')');
    db.pragma(`user_version = ${LATEST + 5}`);
    db.close();

    await expect(testCore({ dataDir })).rejects.toThrow(FutureDatabaseError);
    await expect(testCore({ dataDir })).rejects.toThrow(/newer version of Certplan/);

    const after = new Database(join(dataDir, DATABASE_FILE_NAME));
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST + 5);
    expect(after.prepare('SELECT v FROM precious').get()).toEqual({ v: 'keep me' });
    after.close();
  });

  it('take a backup before running pending migrations on an existing database', async () => {
    const dataDir = freshDataDir();
    // A database at the current version with a custom entry in it…
    const first = await testCore({ dataDir });
    await callOk(first, 'settings:update', { patch: { theme: 'dark' } });
    first.close();
    // …then a newer build with one more migration.
    const next = [...MIGRATIONS, { version: LATEST + 1, name: 'test_add_column', sql: 'ALTER TABLE settings ADD COLUMN note TEXT' }];
    const upgraded = await testCore({ dataDir, migrations: next });
    upgraded.close();

    const backups = readdirSafe(join(dataDir, BACKUP_DIR_NAME));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^certplan-backup-.*-before-migration\.zip$/);
    // The backup is an archive: the database plus its evidence files and a manifest.
    const archive = unzipSync(readFileSync(join(dataDir, BACKUP_DIR_NAME, backups[0] as string)));
    const manifest = JSON.parse(Buffer.from(archive['manifest.json'] ?? new Uint8Array()).toString('utf8')) as { reason: string; detail: string; schemaVersion: number };
    expect(manifest).toMatchObject({ reason: 'before-migration', detail: `to database version ${LATEST + 1}`, schemaVersion: LATEST });
    const copyFile = join(freshDataDir(), 'copy.sqlite3');
    writeFileSync(copyFile, archive['certplan.sqlite3'] ?? new Uint8Array());
    const copy = new Database(copyFile, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({ value: '"dark"' });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    const live = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(live.pragma('user_version', { simple: true })).toBe(LATEST + 1);
    live.close();
  });

  it('roll back a failing migration to the last good version', () => {
    const dataDir = freshDataDir();
    const db = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    const broken = [...MIGRATIONS, { version: LATEST + 1, name: 'broken', sql: 'CREATE TABLE ok_table (x); SELECT * FROM missing_table;' }];
    expect(() => applyMigrations(db, pendingMigrations(db, broken))).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
    db.close();
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
