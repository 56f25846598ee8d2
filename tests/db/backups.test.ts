import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { callOk, testCore } from '../support/core';
import { EXPERIENCE, addSampleRecords, downloadAll, uploadBytes } from '../support/dataSafety';
import { freshDataDir } from '../support/webHost';

let open: Core[] = [];
afterEach(() => {
  open.forEach((core) => core.close());
  open = [];
});
const track = <C extends Core>(core: C): C => {
  open.push(core);
  return core;
};

describe('backups', () => {
  it('hold the database and its evidence in one verified archive, counted', async () => {
    const core = track(await testCore());
    await addSampleRecords(core);
    const { backup } = await callOk(core, 'backups:create', {});
    expect(backup).toMatchObject({ reason: 'manual', counts: { experience: 1, training: 1, credentials: 1, evidenceFiles: 1, tracks: 0 }, missingEvidence: 0 });
    const list = await callOk(core, 'backups:list', {});
    expect(list.backups.map((b) => b.id)).toEqual([backup?.id]);
    expect(list.policy).toEqual({ daily: 7, weekly: 4, monthly: 12 });

    const file = join(core.dataDir, 'backups', backup?.id ?? '');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const zip = unzipSync(readFileSync(file));
    expect(Object.keys(zip).sort()).toEqual(['certplan.sqlite3', expect.stringMatching(/^evidence\/[0-9a-f]{64}$/), 'manifest.json']);
    const copy = join(freshDataDir(), 'copy.sqlite3');
    writeFileSync(copy, zip['certplan.sqlite3'] ?? new Uint8Array());
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('restore with a preview, keep the data before as a backup, and can be undone', async () => {
    const core = track(await testCore());
    await addSampleRecords(core);
    const { backup } = await callOk(core, 'backups:create', {});
    const added = await callOk(core, 'experience:add', { ...EXPERIENCE, title: 'Added after the backup' });

    const preview = await callOk(core, 'backups:preview-restore', { source: { kind: 'backup', id: backup?.id } });
    expect(preview).toMatchObject({ kind: 'backup', counts: { experience: 1 }, current: { experience: 2 }, backupId: backup?.id });
    expect(preview.checks.join(' ')).toMatch(/integrity check/);
    // A preview changes nothing.
    expect((await callOk(core, 'experience:list', {})).entries.map((e) => e.id)).toContain(added.id);

    const restored = await callOk(core, 'backups:restore', { source: { kind: 'backup', id: backup?.id } });
    expect(restored.undoBackupId).toMatch(/before-restore\.zip$/);
    expect((await callOk(core, 'experience:list', {})).entries.map((e) => e.title)).toEqual(['ERP rollout']);
    const list = await callOk(core, 'backups:list', {});
    expect(list.lastRestore).toMatchObject({ undoBackupId: restored.undoBackupId });

    await callOk(core, 'backups:restore', { source: { kind: 'backup', id: restored.undoBackupId } });
    expect((await callOk(core, 'experience:list', {})).entries.map((e) => e.title).sort()).toEqual(['Added after the backup', 'ERP rollout']);
    // The evidence file still opens after two swaps.
    const evidence = await callOk(core, 'evidence:list', {});
    expect(Buffer.from((await callOk(core, 'evidence:get', { id: evidence[0]?.id })).contentBase64, 'base64').toString()).toContain('sample certificate');
  });

  it('swap the file cleanly with a WAL present: the folder reopens intact with the restored data', async () => {
    const dataDir = freshDataDir();
    const core = await testCore({ dataDir });
    await addSampleRecords(core);
    const { backup } = await callOk(core, 'backups:create', {});
    // Writes after the backup sit in the WAL of the live connection.
    for (let i = 0; i < 20; i++) await callOk(core, 'experience:add', { ...EXPERIENCE, title: `WAL ${i}` });
    expect(statSync(join(dataDir, `${DATABASE_FILE_NAME}-wal`)).size).toBeGreaterThan(0);
    await callOk(core, 'backups:restore', { source: { kind: 'backup', id: backup?.id } });
    core.close();

    const db = new Database(join(dataDir, DATABASE_FILE_NAME));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) AS n FROM experience_entries').get()).toEqual({ n: 1 });
    db.close();
    const again = track(await testCore({ dataDir }));
    expect((await callOk(again, 'experience:list', {})).entries).toHaveLength(1);
  });

  it('refuse a corrupt archive or one from a newer version with the reason, changing nothing', async () => {
    const core = track(await testCore());
    await addSampleRecords(core);
    const { backup } = await callOk(core, 'backups:create', {});
    const bytes = await downloadAll(core, 'backups:get-chunk', { id: backup?.id ?? '' });

    const truncated = await uploadBytes(core, bytes.subarray(0, bytes.length - 100));
    const cut = await core.call('backups:preview-restore', { source: { kind: 'upload', uploadId: truncated } });
    expect(cut.ok ? null : cut.error).toMatchObject({ code: 'rule_violation', details: { issues: [{ path: 'source' }] } });

    const entries = unzipSync(bytes);
    const manifest = JSON.parse(Buffer.from(entries['manifest.json'] ?? new Uint8Array()).toString()) as Record<string, unknown>;
    const future = zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify({ ...manifest, schemaVersion: MIGRATIONS.length + 3 })) });
    const newer = await core.call('backups:restore', { source: { kind: 'upload', uploadId: await uploadBytes(core, Buffer.from(future)) } });
    expect(newer.ok ? null : newer.error.message).toMatch(/newer version of Certplan.*Update Certplan/);

    const formatTwo = zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify({ ...manifest, formatVersion: 2 })) });
    const format = await core.call('backups:restore', { source: { kind: 'upload', uploadId: await uploadBytes(core, Buffer.from(formatTwo)) } });
    expect(format.ok ? null : format.error.message).toMatch(/archive format 2/);

    const tampered = zipSync({ ...entries, 'certplan.sqlite3': strToU8('not a database') });
    const bad = await core.call('backups:restore', { source: { kind: 'upload', uploadId: await uploadBytes(core, Buffer.from(tampered)) } });
    expect(bad.ok ? null : bad.error.message).toMatch(/does not match its manifest/);

    expect((await callOk(core, 'experience:list', {})).entries).toHaveLength(1);
    expect((await callOk(core, 'backups:list', {})).backups).toHaveLength(1);
  });

  it('are pruned by the policy, keeping backups made by hand', async () => {
    const core = track(await testCore());
    await addSampleRecords(core);
    const manual = await callOk(core, 'backups:create', {});
    for (const day of ['2026-11-26', '2026-11-27', '2026-11-28']) {
      core.clock.set(new Date(`${day}T10:00:00Z`));
      await callOk(core, 'experience:add', { ...EXPERIENCE, title: day });
      await callOk(core, 'tracks:list', {});
      core.refresh();
      // The daily backup runs after the answer; give it time on a loaded machine.
      await expect.poll(async () => (await callOk(core, 'backups:list', {})).backups.some((b) => b.createdAt.startsWith(day)), { timeout: 15_000 }).toBe(true);
    }
    const policy = { daily: 1, weekly: 0, monthly: 0 };
    const { wouldRemove } = await callOk(core, 'backups:preview-policy', { policy });
    expect(wouldRemove.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-27', '2026-11-26']);
    const after = await callOk(core, 'backups:set-policy', { policy });
    expect(after.backups.map((b) => b.reason)).toEqual(['daily', 'manual']);
    expect(after.backups.map((b) => b.id)).toContain(manual.backup?.id);
    expect(after.policy).toEqual(policy);
  });
});

describe('recovery at start', () => {
  it('opens a damaged database in recovery mode, never modifies it, and restores the newest good backup', async () => {
    const dataDir = freshDataDir();
    const first = await testCore({ dataDir });
    await addSampleRecords(first);
    await callOk(first, 'backups:create', {});
    first.close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    damage(file);
    const before = readFileSync(file);

    const core = track(await testCore({ dataDir }));
    const status = await callOk(core, 'recovery:status', {});
    expect(status).toMatchObject({ active: true, problem: 'damaged', backupCount: 1 });
    expect(status.message).toMatch(/damaged/);
    const refused = await core.call('experience:list', {});
    expect(refused.ok ? null : refused.error.code).toBe('storage');
    expect(core.recoveryLine()).toMatch(/is damaged/);

    const preview = await callOk(core, 'backups:preview-restore', { source: { kind: 'newest' } });
    expect(preview).toMatchObject({ current: null, counts: { experience: 1 } });
    const restored = await callOk(core, 'backups:restore', { source: { kind: 'backup', id: preview.backupId } });
    expect(restored.movedAsideTo).toMatch(/certplan-damaged-.*\.sqlite3$/);
    expect(readFileSync(restored.movedAsideTo ?? '').equals(before)).toBe(true);
    expect((await callOk(core, 'recovery:status', {})).active).toBe(false);
    expect((await callOk(core, 'experience:list', {})).entries).toHaveLength(1);
  });

  it('exports what can still be read from a damaged file, read-only', async () => {
    const dataDir = freshDataDir();
    const first = await testCore({ dataDir });
    await addSampleRecords(first);
    first.close();
    damage(join(dataDir, DATABASE_FILE_NAME));
    const before = readFileSync(join(dataDir, DATABASE_FILE_NAME));
    const core = track(await testCore({ dataDir }));
    const rescued = await callOk(core, 'recovery:export-readable', {});
    const zip = unzipSync(await downloadAll(core, 'data:get-chunk', { downloadId: rescued.downloadId }));
    expect(Object.keys(zip)).toContain('records/settings.json');
    expect(readFileSync(join(dataDir, DATABASE_FILE_NAME)).equals(before)).toBe(true);
  });

  it('asks before treating a zero-byte database as new, and starts fresh with the empty file moved aside', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), '');
    const core = track(await testCore({ dataDir }));
    expect(await callOk(core, 'recovery:status', {})).toMatchObject({ active: true, problem: 'empty', backupCount: 0 });
    const { movedAsideTo } = await callOk(core, 'recovery:start-fresh', {});
    expect(statSync(movedAsideTo).size).toBe(0);
    expect((await callOk(core, 'recovery:status', {})).active).toBe(false);
    await callOk(core, 'experience:add', EXPERIENCE);
    expect((await callOk(core, 'experience:list', {})).entries).toHaveLength(1);
    const start = await core.call('recovery:start-fresh', {});
    expect(start.ok ? null : start.error.code).toBe('rule_violation');
  });
});

describe('export and import', () => {
  it('round-trip: export → import into a fresh folder → export gives the same records', async () => {
    const source = track(await testCore());
    await addSampleRecords(source);
    await callOk(source, 'settings:update', { patch: { theme: 'dark' } });
    const exported = await callOk(source, 'data:export', {});
    const first = await downloadAll(source, 'data:get-chunk', { downloadId: exported.downloadId });
    const firstZip = unzipSync(first);
    expect(Object.keys(firstZip)).toEqual(expect.arrayContaining(['README.txt', 'csv/experience.csv', 'csv/training.csv', 'csv/ce-activities.csv', 'csv/study-sessions.csv', 'csv/practice-results.csv', 'records/experience_entries.json']));

    const target = track(await testCore());
    const uploadId = await uploadBytes(target, first);
    const preview = await callOk(target, 'data:preview-import', { uploadId });
    expect(preview).toMatchObject({ kind: 'export', targetIsEmpty: true, counts: { experience: 1, training: 1, evidenceFiles: 1 } });
    expect((await callOk(target, 'data:import', { uploadId })).imported).toMatchObject({ experience: 1 });
    expect((await callOk(target, 'settings:get', {})).theme).toBe('dark');

    const again = await callOk(target, 'data:export', {});
    const secondZip = unzipSync(await downloadAll(target, 'data:get-chunk', { downloadId: again.downloadId }));
    const records = (zip: Record<string, Uint8Array>) =>
      Object.fromEntries(Object.entries(zip).filter(([name]) => name.startsWith('records/') || name.startsWith('evidence/')).map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')]));
    expect(records(secondZip)).toEqual(records(firstZip));
  });

  it('only goes into an empty data folder', async () => {
    const source = track(await testCore());
    await addSampleRecords(source);
    const exported = await callOk(source, 'data:export', {});
    const bytes = await downloadAll(source, 'data:get-chunk', { downloadId: exported.downloadId });
    const uploadId = await uploadBytes(source, bytes);
    expect((await callOk(source, 'data:preview-import', { uploadId })).targetIsEmpty).toBe(false);
    const refused = await source.call('data:import', { uploadId });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'rule_violation', details: { issues: [{ path: 'uploadId' }] } });
  });

  it('refuses an export whose records break the rules, importing nothing', async () => {
    const source = track(await testCore());
    await addSampleRecords(source);
    const exported = await callOk(source, 'data:export', {});
    const entries = unzipSync(await downloadAll(source, 'data:get-chunk', { downloadId: exported.downloadId }));
    const rows = JSON.parse(Buffer.from(entries['records/experience_entries.json'] ?? new Uint8Array()).toString()) as Record<string, unknown>[];
    const broken = Buffer.from(JSON.stringify([{ ...rows[0], start_month: 'someday' }]));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json'] ?? new Uint8Array()).toString()) as { files: { path: string; sha256: string; sizeBytes: number }[] };
    const { createHash } = await import('node:crypto');
    manifest.files = manifest.files.map((f) => (f.path === 'records/experience_entries.json' ? { ...f, sha256: createHash('sha256').update(broken).digest('hex'), sizeBytes: broken.length } : f));
    const archive = zipSync({ ...entries, 'records/experience_entries.json': broken, 'manifest.json': strToU8(JSON.stringify(manifest)) });
    const target = track(await testCore());
    const result = await target.call('data:import', { uploadId: await uploadBytes(target, Buffer.from(archive)) });
    expect(result.ok ? null : result.error.message).toMatch(/records\/experience_entries\.json, record 1 was refused/);
    expect((await callOk(target, 'experience:list', {})).entries).toHaveLength(0);
    expect(existsSync(join(target.dataDir, 'evidence')) ? readdirSync(join(target.dataDir, 'evidence')) : []).toEqual([]);
  });
});

/** Overwrites some pages in the second half of the file (table data, not the schema) with garbage. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) || 4096;
  const pages = Math.floor(bytes.length / pageSize);
  for (let page = Math.floor(pages / 2); page < pages; page += 3) bytes.fill(0x5a, page * pageSize, page * pageSize + 200);
  writeFileSync(file, bytes);
  expect(existsSync(file)).toBe(true);
}
