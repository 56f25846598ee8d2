import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

const text = (s: string) => Buffer.from(s).toString('base64');

describe('evidence store', () => {
  it('keeps each file once under its content hash and deletes it with its last reference', async () => {
    const core = await testCore();
    const a = await callOk(core, 'evidence:add', { fileName: 'certificate.pdf', mediaType: 'application/pdf', contentBase64: text('same bytes') });
    const b = await callOk(core, 'evidence:add', { fileName: 'copy.pdf', mediaType: 'application/pdf', contentBase64: text('same bytes') });
    expect(a.sha256).toBe(b.sha256);
    expect(a.id).not.toBe(b.id);
    const dir = join(core.dataDir, 'evidence');
    expect(readdirSync(dir)).toEqual([a.sha256]);

    await callOk(core, 'evidence:remove', { id: a.id });
    expect(existsSync(join(dir, a.sha256))).toBe(true);
    await callOk(core, 'evidence:remove', { id: b.id });
    expect(existsSync(join(dir, a.sha256))).toBe(false);
    core.close();
  });

  it('refuses an empty file and leaves nothing behind', async () => {
    const core = await testCore();
    const result = await core.call('evidence:add', { fileName: 'empty.txt', contentBase64: '' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'invalid_input', message: 'contentBase64: The file is empty' });
    expect((await callOk(core, 'evidence:list', {})).length).toBe(0);
    core.close();
  });

  it('reports a stored copy that went missing instead of returning nothing', async () => {
    const core = await testCore();
    const file = await callOk(core, 'evidence:add', { fileName: 'letter.txt', contentBase64: text('employer letter') });
    rmSync(join(core.dataDir, 'evidence', file.sha256));
    const result = await core.call('evidence:get', { id: file.id });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'storage', message: 'The stored copy of "letter.txt" is missing from the evidence folder' });
    core.close();
  });
});

describe('credentials', () => {
  it('copy the catalog identity and rules, refuse duplicates and future dates', async () => {
    const core = await testCore();
    const pmp = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2023-06-15' });
    expect(pmp).toMatchObject({ acronym: 'PMP', body: 'PMI', origin: 'manual', hasRenewalRules: true, certificationId: 'pmi-pmp' });
    const again = await core.call('credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-01-01' });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    const future = await core.call('credentials:add', { name: 'IPMA Level C', earnedOn: '2026-12-01' });
    expect(future.ok ? null : future.error.details?.issues).toEqual([{ path: 'earnedOn', message: 'Cannot be in the future' }]);
    const other = await callOk(core, 'credentials:add', { name: 'IPMA Level C', body: 'IPMA', earnedOn: '2020-03-01' });
    expect(other).toMatchObject({ acronym: 'IPMA Level C', hasRenewalRules: false, certificationId: null });
    const noName = await core.call('credentials:add', { earnedOn: '2020-03-01' });
    expect(noName.ok ? null : noName.error.details?.issues?.[0]?.path).toBe('name');
    expect((await callOk(core, 'credentials:list', {})).map((c) => c.acronym)).toEqual(['PMP', 'IPMA Level C']);
    core.close();
  });
});

describe('evidence store hardening', () => {
  it('stores names without bidi controls, leaves no partial file, and sweeps stale ones at start', async () => {
    const dataDir = freshDataDir();
    const core = await testCore({ dataDir });
    const file = await callOk(core, 'evidence:add', { fileName: 'receipt\u202Efdp.exe', contentBase64: text('receipt') });
    expect(file.fileName).toBe('receiptfdp.exe');
    const dir = join(dataDir, 'evidence');
    expect(readdirSync(dir)).toEqual([file.sha256]);
    expect(statSync(join(dir, file.sha256)).mode & 0o777).toBe(0o600);
    core.close();
    writeFileSync(join(dir, `${file.sha256}.12345.partial`), 'half a file');
    const again = await testCore({ dataDir });
    expect(readdirSync(dir)).toEqual([file.sha256]);
    again.close();
  });

  it('keeps the data folder, the database and its WAL readable by their owner only', async () => {
    const dataDir = join(freshDataDir(), 'Certplan');
    const core = await testCore({ dataDir });
    await callOk(core, 'settings:update', { patch: { theme: 'dark' } });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const name of ['certplan.sqlite3', 'certplan.sqlite3-wal', 'certplan.sqlite3-shm']) expect(statSync(join(dataDir, name)).mode & 0o777).toBe(0o600);
    core.close();
  });
});
