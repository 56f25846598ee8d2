import { randomBytes } from 'node:crypto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { type WebHost, startWebHost } from '../support/webHost';
import { download, upload } from './cases/backupCases';

/** Archives a person might pick by mistake, or from a newer Certplan, over HTTP: refused with the reason, nothing changed. */
let host: WebHost;
beforeAll(async () => {
  host = await startWebHost({ clock: '2026-11-25T10:00:00.000Z' });
  await host.call('experience:add', { organisation: 'Acme', title: 'Kept', role: '', startMonth: '2021-01', endMonth: '2021-06', areas: [] });
});
afterAll(async () => {
  await host.stop();
});

async function refusal(method: string, input: unknown): Promise<{ code: string; message: string; fields: string[] }> {
  const { status, body } = await host.call(method, input);
  expect(status).toBe(200);
  if (body.ok) throw new Error(`${method} should have refused`);
  return { code: body.error.code, message: body.error.message, fields: body.error.details?.issues?.map((i) => i.path) ?? [] };
}

async function backupBytes(): Promise<Buffer> {
  const created = await host.call<{ backup: { id: string } }>('backups:create', {});
  if (!created.body.ok) throw new Error(created.body.error.message);
  return download(host, 'backups:get-chunk', { id: created.body.data.backup.id });
}

function rewriteManifest(bytes: Buffer, change: (manifest: Record<string, unknown>) => Record<string, unknown>): Buffer {
  const entries = unzipSync(bytes);
  const manifest = JSON.parse(Buffer.from(entries['manifest.json'] ?? new Uint8Array()).toString()) as Record<string, unknown>;
  return Buffer.from(zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(change(manifest))) }));
}

describe('archives that cannot be used', () => {
  it('a corrupt backup (random bytes, a truncated file, a flipped byte) is refused naming the problem', async () => {
    const good = await backupBytes();
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 3)] = (flipped[Math.floor(flipped.length / 3)] ?? 0) ^ 0xff;
    for (const [bytes, reason] of [
      [randomBytes(5000), /not a ZIP archive/],
      [good.subarray(0, good.length - 64), /not a ZIP archive|cut short|damaged/],
      [flipped, /damaged|does not match/],
    ] as const) {
      const error = await refusal('backups:preview-restore', { source: { kind: 'upload', uploadId: await upload(host, bytes) } });
      expect(error).toMatchObject({ code: 'rule_violation', fields: ['source'] });
      expect(error.message).toMatch(reason);
    }
  });

  it('a backup and an export from a future version are refused with "update Certplan"', async () => {
    const future = rewriteManifest(await backupBytes(), (m) => ({ ...m, schemaVersion: MIGRATIONS.length + 1 }));
    const restore = await refusal('backups:restore', { source: { kind: 'upload', uploadId: await upload(host, future) } });
    expect(restore.message).toMatch(/made by a newer version of Certplan \(database version \d+; this version understands up to \d+\)\. Update Certplan/);

    const exported = await host.call<{ downloadId: string }>('data:export', {});
    if (!exported.body.ok) throw new Error('export failed');
    const exportBytes = await download(host, 'data:get-chunk', { downloadId: exported.body.data.downloadId });
    const newerFormat = rewriteManifest(exportBytes, (m) => ({ ...m, formatVersion: 7 }));
    const preview = await refusal('data:preview-import', { uploadId: await upload(host, newerFormat) });
    expect(preview).toMatchObject({ code: 'rule_violation', fields: ['uploadId'] });
    expect(preview.message).toMatch(/archive format 7; this version reads up to 1\)\. Update Certplan/);
  });

  it('an export offered to Restore, or a backup to Import, is told apart', async () => {
    const asImport = await refusal('data:preview-import', { uploadId: await upload(host, await backupBytes()) });
    expect(asImport.message).toMatch(/This is a backup, not an export/);
  });

  it('nothing changed through any of it', async () => {
    const list = await host.call<{ entries: { title: string }[] }>('experience:list', {});
    expect(list.body.ok && list.body.data.entries.map((e) => e.title)).toEqual(['Kept']);
    const status = await host.call<{ active: boolean }>('recovery:status', {});
    expect(status.body.ok && status.body.data.active).toBe(false);
  });
});
