import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../src/main/core/services/backups/archiveError';
import { ZipReader, isSafeEntryName } from '../../../src/main/core/services/backups/zipReader';
import { ZipWriter } from '../../../src/main/core/services/backups/zipWriter';
import { freshDataDir } from '../../support/webHost';

async function writeArchive(entries: Record<string, Uint8Array>): Promise<string> {
  const file = join(freshDataDir('certplan-zip-'), 'archive.zip');
  const writer = await ZipWriter.create(file, new Date('2026-11-25T10:00:00Z'));
  for (const [name, data] of Object.entries(entries)) await writer.add(name, data);
  await writer.finish();
  return file;
}

describe('ZIP archives', () => {
  // Stored data that contains the data-descriptor signature broke fflate's streaming reader.
  const tricky = Buffer.concat([Buffer.from('PK\x07\x08 inner zip bytes PK\x03\x04'), randomBytes(70_000)]);
  const text = strToU8('hello '.repeat(5000));

  it('writes archives that another ZIP reader opens, and reads them back checked', async () => {
    const file = await writeArchive({ 'manifest.json': strToU8('{}'), 'evidence/a': tricky, 'notes/b.txt': text, 'empty': new Uint8Array() });
    const other = unzipSync(readFileSync(file));
    expect(Object.keys(other)).toEqual(['manifest.json', 'evidence/a', 'notes/b.txt', 'empty']);
    expect(Buffer.from(other['evidence/a'] as Uint8Array).equals(tricky)).toBe(true);

    const reader = await ZipReader.open(file);
    expect([...reader.entries.keys()]).toEqual(['manifest.json', 'evidence/a', 'notes/b.txt', 'empty']);
    expect((await reader.read('evidence/a', 1e6)).equals(tricky)).toBe(true);
    expect(Buffer.from(await reader.read('notes/b.txt', 1e6)).equals(Buffer.from(text))).toBe(true);
    expect((await reader.read('empty', 10)).length).toBe(0);
    await expect(reader.read('notes/b.txt', 100)).rejects.toThrow(/larger than expected/);
    await reader.close();
  });

  it('reads archives written by another ZIP writer', async () => {
    const file = join(freshDataDir('certplan-zip-'), 'other.zip');
    writeFileSync(file, zipSync({ 'a.txt': text, 'dir/b.bin': tricky }));
    const reader = await ZipReader.open(file);
    expect((await reader.read('dir/b.bin', 1e6)).equals(tricky)).toBe(true);
    await reader.close();
  });

  it('refuses truncated, flipped and foreign files with a reason', async () => {
    const file = await writeArchive({ 'a.txt': text, 'b.bin': tricky });
    const bytes = readFileSync(file);
    const cut = join(freshDataDir('certplan-zip-'), 'cut.zip');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 30));
    await expect(ZipReader.open(cut)).rejects.toThrow(ArchiveError);

    const flipped = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2); // inside b.bin's stored data
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    const flippedFile = join(freshDataDir('certplan-zip-'), 'flipped.zip');
    writeFileSync(flippedFile, flipped);
    const reader = await ZipReader.open(flippedFile);
    expect((await reader.read('a.txt', 1e6)).length).toBe(text.length);
    await expect(reader.read('b.bin', 1e6)).rejects.toThrow(/checksum does not match/);
    await reader.close();

    const foreign = join(freshDataDir('certplan-zip-'), 'notes.txt');
    writeFileSync(foreign, 'just some text that is long enough to look at');
    await expect(ZipReader.open(foreign)).rejects.toThrow(/not a ZIP archive/);
  });

  it('refuses entry names that would leave the extraction folder', () => {
    for (const bad of ['../x', '/etc/passwd', 'a/../../b', 'a\\b', '', 'a//b', 'x\u0000y']) expect(isSafeEntryName(bad)).toBe(false);
    for (const good of ['manifest.json', 'evidence/abc', 'records/tracks.json']) expect(isSafeEntryName(good)).toBe(true);
  });
});
