import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { processStartTicks } from '../../src/main/core/db/processIdentity';
import { type WebHost, freshDataDir, runWebHostToExit, startWebHost } from '../support/webHost';
import { type SmallDisk, mountSmallDisk } from './mounts';

/**
 * What a person meets when the disk, the folder or the file lets them down: the message they
 * see (one line from the web host; the desktop shows the same words in a dialog), and that
 * nothing already saved was lost.
 */

const CLOCK = '2026-11-25T10:00:00.000Z';
const experience = (title: string) => ({ organisation: 'Acme', title, role: '', startMonth: '2021-01', endMonth: '2021-06', areas: [] });

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { body } = await host.call<T>(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
  return body.data;
}

async function titles(host: WebHost): Promise<string[]> {
  return (await ok<{ entries: { title: string }[] }>(host, 'experience:list', {})).entries.map((e) => e.title).sort();
}

function integrity(dataDir: string): string {
  const db = new Database(join(dataDir, 'certplan.sqlite3'), { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/** Fills the disk holding `folder` to the last byte, with `folder/filler.bin`. */
function fill(folder: string): void {
  const filler = join(folder, 'filler.bin');
  const fd = openSync(filler, 'a');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (let size = block.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          writeSync(fd, block, 0, size);
        } catch {
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

const disks: SmallDisk[] = [];
afterAll(() => disks.forEach((disk) => disk.unmount()));

function smallDisk(sizeKb: number): SmallDisk | null {
  const disk = mountSmallDisk(sizeKb);
  if ('unavailable' in disk) return null;
  disks.push(disk);
  return disk;
}

const probe = mountSmallDisk(64);
const noTmpfs = 'unavailable' in probe ? probe.unavailable : null;
if (!('unavailable' in probe)) probe.unmount();
if (noTmpfs) console.log(`full-disk and read-only (mount) scenarios skipped: ${noTmpfs}`);

describe('a damaged data file', () => {
  it('opens the recovery screen with a plain message, never changes the file, and the newest backup brings everything back', async () => {
    const dataDir = freshDataDir();
    let host = await startWebHost({ dataDir, clock: CLOCK });
    await ok(host, 'experience:add', experience('Kept safe'));
    await ok(host, 'backups:create', {});
    await host.stop();
    const file = join(dataDir, 'certplan.sqlite3');
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16) || 4096;
    for (let page = Math.floor(bytes.length / pageSize / 2); page * pageSize < bytes.length; page += 3) bytes.fill(0x5a, page * pageSize, page * pageSize + 200);
    writeFileSync(file, bytes);

    host = await startWebHost({ dataDir, clock: CLOCK });
    try {
      const line = host.output().split('\n').find((l) => l.includes('is damaged')) ?? '';
      expect(line).toMatch(/^The data file .*certplan\.sqlite3 is damaged \(.*\); Certplan opened its recovery screen and changed nothing\. Open the address below to recover\.$/);
      expect(await ok(host, 'recovery:status', {})).toMatchObject({ active: true, problem: 'damaged' });
      const refused = await host.call('experience:list', {});
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/damaged or empty.*recovery screen/) } });
      await host.call('recovery:export-readable', {});
      expect(readFileSync(file).equals(bytes)).toBe(true);
      const preview = await ok<{ backupId: string }>(host, 'backups:preview-restore', { source: { kind: 'newest' } });
      await ok(host, 'backups:restore', { source: { kind: 'backup', id: preview.backupId } });
      expect(await titles(host)).toEqual(['Kept safe']);
    } finally {
      await host.stop();
    }
    expect(integrity(dataDir)).toBe('ok');
  });

  it('asks before treating a zero-byte file as new', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, 'certplan.sqlite3'), '');
    const host = await startWebHost({ dataDir, clock: CLOCK });
    try {
      expect(host.output()).toMatch(/is empty \(0 bytes\); Certplan is waiting for you to restore a backup or start fresh/);
      expect(await ok(host, 'recovery:status', {})).toMatchObject({ active: true, problem: 'empty' });
    } finally {
      await host.stop();
    }
  });
});

describe.skipIf(noTmpfs !== null)('a full disk (tmpfs)', () => {
  it('says the disk is full, leaves no partial file, still deletes, and loses nothing', { timeout: 60_000 }, async () => {
    const disk = smallDisk(6 * 1024);
    if (!disk) throw new Error('tmpfs vanished');
    const dataDir = join(disk.dir, 'Certplan');
    const host = await startWebHost({ dataDir, clock: CLOCK });
    const filler = join(disk.dir, 'filler.bin');
    try {
      await ok(host, 'experience:add', experience('Before the disk filled'));
      const kept = await ok<{ id: string }>(host, 'evidence:add', { fileName: 'kept.pdf', contentBase64: Buffer.alloc(300_000, 7).toString('base64') });
      fill(disk.dir);

      const refused = await host.call('evidence:add', { fileName: 'big.pdf', contentBase64: Buffer.alloc(200_000, 9).toString('base64') });
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/^The disk is full, so “big\.pdf” could not be saved\. Free some space/) } });
      expect(readdirSync(join(dataDir, 'evidence')).filter((name) => name.endsWith('.partial'))).toEqual([]);
      const backup = await host.call('backups:create', {});
      expect(backup.body).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/disk is full/) } });
      expect(readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.partial'))).toEqual([]);
      const write = await host.call('experience:add', experience('While full'));
      if (!write.body.ok) expect(write.body.error).toMatchObject({ code: 'storage', message: expect.stringMatching(/disk is full/) });

      // Deleting still works, so space can be freed.
      expect(await ok(host, 'evidence:remove', { id: kept.id })).toEqual({ id: kept.id, undoToken: expect.any(String) });
    } finally {
      await host.stop();
    }
    // Starting on a full disk is refused with the reason, not a stack trace.
    fill(disk.dir);
    const start = await runWebHostToExit(dataDir);
    expect(start.code).toBe(1);
    expect(start.output.trim()).toBe(`The disk holding ${dataDir} is full, so Certplan cannot start safely. Free some space and start Certplan again; nothing was changed.`);

    rmSync(filler, { force: true });
    const after = await startWebHost({ dataDir, clock: CLOCK });
    try {
      expect(await titles(after)).toContain('Before the disk filled');
    } finally {
      await after.stop();
    }
    expect(integrity(dataDir)).toBe('ok');
  });
});

describe('a folder Certplan cannot write', () => {
  it.skipIf(noTmpfs !== null && process.getuid?.() === 0)('is refused in one line, and the data in it is untouched', async () => {
    const disk = noTmpfs === null ? smallDisk(8 * 1024) : null;
    const dataDir = disk ? join(disk.dir, 'Certplan') : freshDataDir();
    const host = await startWebHost({ dataDir, clock: CLOCK });
    await ok(host, 'experience:add', experience('On a read-only disk'));
    await host.stop();
    if (disk) disk.remount('ro');
    else execChmod(dataDir, 0o500);
    try {
      const start = await runWebHostToExit(dataDir);
      expect(start.code).toBe(1);
      expect(start.output.trim()).toBe(
        `Certplan cannot write to its data folder ${dataDir} (it is read-only, or you have no permission to change it). Make it writable, or choose another data folder, and start Certplan again. Nothing was changed.`,
      );
    } finally {
      if (disk) disk.remount('rw');
      else execChmod(dataDir, 0o700);
    }
    const again = await startWebHost({ dataDir, clock: CLOCK });
    try {
      expect(await titles(again)).toEqual(['On a read-only disk']);
    } finally {
      await again.stop();
    }
  });

  it('names a missing folder instead of creating a stray one', async () => {
    const missing = join(freshDataDir(), 'unplugged-drive', 'Certplan');
    const start = await runWebHostToExit(missing);
    expect(start.code).toBe(1);
    expect(start.output.trim()).toMatch(/^The folder .*unplugged-drive does not exist \(is a drive unplugged, or is the path mistyped\?\)/);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('a locked data folder', () => {
  it('is refused while another Certplan runs on it, and taken over once it is gone — even when its process id was reused', async () => {
    const dataDir = freshDataDir();
    const first = await startWebHost({ dataDir, clock: CLOCK });
    await ok(first, 'experience:add', experience('From the first'));
    const second = await runWebHostToExit(dataDir);
    expect(second.code).toBe(1);
    expect(second.output.trim()).toMatch(new RegExp(`^Certplan is already running on this data folder at ${first.baseUrl.replace(/[.]/g, '\\.')} \\(process \\d+\\)\\.`));
    expect(await titles(first)).toEqual(['From the first']);

    // A crash leaves the lock and the host file behind.
    await first.kill();
    expect(existsSync(join(dataDir, 'certplan.lock'))).toBe(true);
    const third = await startWebHost({ dataDir, clock: CLOCK });
    expect(await titles(third)).toEqual(['From the first']);
    await third.kill();

    // … and after a reboot their process id may belong to another program (here: process 1).
    writeFileSync(join(dataDir, 'certplan.lock'), JSON.stringify({ pid: 1, startTicks: '1', hostname: hostname(), app: 'certplan' }));
    writeFileSync(join(dataDir, 'web-host.json'), JSON.stringify({ url: 'http://127.0.0.1:9/', port: 9, token: 'x', pid: 1, startedAt: '', startTicks: '1' }));
    // Where the system cannot tell a process's start time, the message names the lock file instead (unit-tested).
    if (processStartTicks(1) !== null) {
      const fourth = await startWebHost({ dataDir, clock: CLOCK });
      expect(await titles(fourth)).toEqual(['From the first']);
      await fourth.stop();
    }
  });
});

/** Plain chmod works for a non-root user; root ignores modes, so root uses the read-only mount instead. */
function execChmod(dir: string, mode: number): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, mode);
}
