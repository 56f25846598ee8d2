import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type WebHost, freshDataDir, startWebHost } from '../../support/webHost';
import type { MethodCases } from './types';

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { status, body } = await host.call<T>(method, input);
  expect(status).toBe(200);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

const PINNED = '2026-11-25T10:00:00.000Z';

async function backupId(host: WebHost): Promise<string> {
  await ok(host, 'experience:add', { organisation: 'Acme', title: `Backed up ${Math.random()}`, role: '', startMonth: '2021-01', endMonth: '2021-06', areas: [] });
  return (await ok<{ backup: { id: string } }>(host, 'backups:create', {})).backup.id;
}

/** Uploads bytes over HTTP in one chunk (they are small here). */
export async function upload(host: WebHost, bytes: Buffer, fileName = 'archive.zip'): Promise<string> {
  const { uploadId } = await ok<{ uploadId: string }>(host, 'uploads:begin', { fileName, sizeBytes: bytes.length });
  await ok(host, 'uploads:append', { uploadId, offset: 0, contentBase64: bytes.toString('base64') });
  return uploadId;
}

export async function download(host: WebHost, method: string, ref: Record<string, string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const chunk = await ok<{ contentBase64: string; done: boolean }>(host, method, { ...ref, offset });
    const bytes = Buffer.from(chunk.contentBase64, 'base64');
    parts.push(bytes);
    offset += bytes.length;
    if (chunk.done) return Buffer.concat(parts);
  }
}

async function exportBytes(host: WebHost): Promise<Buffer> {
  const { downloadId } = await ok<{ downloadId: string }>(host, 'data:export', {});
  return download(host, 'data:get-chunk', { downloadId });
}

/** A host of its own, for cases that need an empty, damaged or zero-byte data folder. */
async function withHost<T>(prepare: (dataDir: string) => void, run: (host: WebHost) => Promise<T>): Promise<T> {
  const dataDir = freshDataDir();
  prepare(dataDir);
  const host = await startWebHost({ dataDir, clock: PINNED });
  try {
    return await run(host);
  } finally {
    await host.stop();
  }
}

const zeroByteDatabase = (dataDir: string) => writeFileSync(join(dataDir, 'certplan.sqlite3'), '');
const notADatabase = (dataDir: string) => writeFileSync(join(dataDir, 'certplan.sqlite3'), Buffer.alloc(8192, 0x5a));

export const backupCases: MethodCases = {
  'backups:list': {
    good: async (host) => {
      const id = await backupId(host);
      const list = await ok<{ backups: { id: string; counts: { experience: number } }[]; canSaveAs: boolean }>(host, 'backups:list', {});
      expect(list.backups.map((b) => b.id)).toContain(id);
      expect(list.canSaveAs).toBe(false);
    },
    bad: { input: () => ({ newest: true }), field: '' },
  },
  'backups:create': {
    good: async (host) => {
      const created = await ok<{ backup: { reason: string; sizeBytes: number } }>(host, 'backups:create', {});
      expect(created.backup).toMatchObject({ reason: 'manual' });
      expect(created.backup.sizeBytes).toBeGreaterThan(0);
    },
    // The browser has no save dialog: the backup is downloaded from the list instead.
    bad: { input: () => ({ saveAs: true }), field: 'saveAs', code: 'rule_violation' },
  },
  'backups:remove': {
    good: async (host) => {
      const id = await backupId(host);
      expect(await ok(host, 'backups:remove', { id })).toEqual({ id });
      expect((await ok<{ backups: { id: string }[] }>(host, 'backups:list', {})).backups.map((b) => b.id)).not.toContain(id);
    },
    bad: { input: () => ({ id: '../certplan.sqlite3' }), field: 'id' },
  },
  'backups:preview-policy': {
    good: async (host) => {
      await backupId(host);
      const { wouldRemove } = await ok<{ wouldRemove: unknown[] }>(host, 'backups:preview-policy', { policy: { daily: 7, weekly: 4, monthly: 12 } });
      expect(wouldRemove).toEqual([]);
    },
    bad: { input: () => ({ policy: { daily: 0, weekly: 4, monthly: 12 } }), field: 'policy.daily' },
  },
  'backups:set-policy': {
    good: async (host) => expect(await ok(host, 'backups:set-policy', { policy: { daily: 10, weekly: 4, monthly: 12 } })).toMatchObject({ policy: { daily: 10 } }),
    bad: { input: () => ({ policy: { daily: 7, weekly: 4, monthly: 12, yearly: 2 } }), field: 'policy' },
  },
  'backups:get-chunk': {
    good: async (host) => {
      const bytes = await download(host, 'backups:get-chunk', { id: await backupId(host) });
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
    },
    bad: { input: async (host) => ({ id: await backupId(host), offset: -1 }), field: 'offset' },
  },
  'backups:preview-restore': {
    good: async (host) => {
      const id = await backupId(host);
      expect(await ok(host, 'backups:preview-restore', { source: { kind: 'backup', id } })).toMatchObject({ kind: 'backup', backupId: id });
    },
    // A corrupt archive: refused with the reason, naming the source.
    bad: { input: async (host) => ({ source: { kind: 'upload', uploadId: await upload(host, Buffer.from('PK not really a zip archive at all')) } }), field: 'source', code: 'rule_violation' },
  },
  'backups:restore': {
    good: async (host) => {
      const id = await backupId(host);
      const restored = await ok<{ undoBackupId: string }>(host, 'backups:restore', { source: { kind: 'backup', id } });
      expect(restored.undoBackupId).toMatch(/before-restore\.zip$/);
    },
    bad: { input: () => ({ source: { kind: 'backup', id: 'certplan-backup-20200101T000000-000Z-daily.zip' } }), field: 'id', code: 'not_found' },
  },
  'uploads:begin': {
    good: async (host) => expect(await ok(host, 'uploads:begin', { fileName: 'backup.zip', sizeBytes: 10 })).toHaveProperty('uploadId'),
    bad: { input: () => ({ fileName: 'huge.zip', sizeBytes: 3 * 1024 ** 3 }), field: 'sizeBytes' },
  },
  'uploads:append': {
    good: async (host) => {
      const { uploadId } = await ok<{ uploadId: string }>(host, 'uploads:begin', { fileName: 'b.zip', sizeBytes: 4 });
      expect(await ok(host, 'uploads:append', { uploadId, offset: 0, contentBase64: Buffer.from('abcd').toString('base64') })).toEqual({ receivedBytes: 4, complete: true });
    },
    bad: {
      input: async (host) => {
        const { uploadId } = await ok<{ uploadId: string }>(host, 'uploads:begin', { fileName: 'b.zip', sizeBytes: 4 });
        return { uploadId, offset: 2, contentBase64: 'YWI=' };
      },
      field: 'offset',
    },
  },
  'data:export': {
    good: async (host) => expect((await exportBytes(host)).subarray(0, 2).toString()).toBe('PK'),
    bad: { input: () => ({ format: 'xml' }), field: '' },
  },
  'data:get-chunk': {
    good: async (host) => {
      const { downloadId, sizeBytes } = await ok<{ downloadId: string; sizeBytes: number }>(host, 'data:export', {});
      expect((await download(host, 'data:get-chunk', { downloadId })).length).toBe(sizeBytes);
    },
    bad: { input: () => ({ downloadId: '00000000-0000-4000-8000-000000000000', offset: 0 }), field: 'downloadId', code: 'not_found' },
  },
  'data:preview-import': {
    good: async (host) => {
      const preview = await ok<{ kind: string; targetIsEmpty: boolean }>(host, 'data:preview-import', { uploadId: await upload(host, await exportBytes(host)) });
      expect(preview).toMatchObject({ kind: 'export', targetIsEmpty: false });
    },
    bad: { input: () => ({ uploadId: 'not-a-uuid' }), field: 'uploadId' },
  },
  'data:import': {
    good: async (host) => {
      const bytes = await exportBytes(host);
      await withHost(
        () => undefined,
        async (fresh) => {
          const result = await ok<{ imported: { experience: number } }>(fresh, 'data:import', { uploadId: await upload(fresh, bytes) });
          expect(result.imported.experience).toBeGreaterThan(0);
        },
      );
    },
    // This folder holds records: import only goes into an empty one.
    bad: { input: async (host) => ({ uploadId: await upload(host, await exportBytes(host)) }), field: 'uploadId', code: 'rule_violation' },
  },
  'recovery:status': {
    good: async (host) => expect(await ok(host, 'recovery:status', {})).toMatchObject({ active: false, problem: null }),
    bad: { input: () => ({ verbose: true }), field: '' },
  },
  'recovery:start-fresh': {
    good: async () =>
      withHost(zeroByteDatabase, async (fresh) => {
        expect(await ok(fresh, 'recovery:status', {})).toMatchObject({ active: true, problem: 'empty' });
        expect((await ok<{ movedAsideTo: string }>(fresh, 'recovery:start-fresh', {})).movedAsideTo).toMatch(/certplan-damaged-/);
        expect(await ok(fresh, 'recovery:status', {})).toMatchObject({ active: false });
      }),
    // The data file is fine: nothing to start afresh from.
    bad: { input: () => ({}), field: '', code: 'rule_violation' },
  },
  'recovery:export-readable': {
    good: async () =>
      withHost(notADatabase, async (fresh) => {
        const status = await ok<{ active: boolean; problem: string }>(fresh, 'recovery:status', {});
        expect(status).toMatchObject({ active: true, problem: 'damaged' });
        const refused = await fresh.call('recovery:export-readable', {});
        // Nothing at all can be read from a file that is not a database: said, not crashed.
        expect(refused.body).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
        expect(fresh.output()).toMatch(/is damaged .*recovery screen/);
      }),
    bad: { input: () => ({}), field: '', code: 'rule_violation' },
  },
};
