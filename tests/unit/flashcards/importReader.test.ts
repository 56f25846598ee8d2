import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportFile } from '../../../src/main/core/services/flashcards/import/importFile';
import { ImportFileAssembler, type ImportFileMessage, messagesOf } from '../../../src/main/core/services/flashcards/import/importFileMessages';
import { InProcessImportReader, WorkerImportReader, defaultImportReader } from '../../../src/main/core/services/flashcards/import/importReader';
import { ImportFileError } from '../../../src/main/core/services/flashcards/import/timeSlicer';
import { TINY_PNG, buildAnkiPackage } from '../../support/ankiPackages';
import { BUILT_IMPORT_WORKER } from '../../support/flashcardSlice';
import { freshDataDir } from '../../support/webHost';

/**
 * Reading an import file off the core's thread: the built worker (out/main/flashcardImportWorker.js)
 * gives exactly what reading in slices in the core's thread gives, failures included; the file
 * crosses in many small pages; a worker that cannot start falls back to reading in slices.
 */

const NOTES = Array.from({ length: 1200 }, (_, i) => ({
  id: 1_700_000_000_000 + i,
  fields: [`Question ${i} <img src="diagram.png">`, `Answer ${i}`],
  tags: [`PMP::${['People', 'Process'][i % 2]}`],
  // A revlog row's id is its time in milliseconds: each note's reviews get their own second.
  reviews: i % 5 === 0 ? [{ at: new Date(Date.parse('2026-10-01T09:00:00Z') + i * 1000).toISOString(), ease: 3, type: 0 }, { at: new Date(Date.parse('2026-10-08T09:00:00Z') + i * 1000).toISOString(), ease: 4, type: 1 }] : [],
}));

function fileOf(name: string, bytes: Uint8Array | string): string {
  const file = join(freshDataDir('certplan-reader-'), name);
  writeFileSync(file, bytes);
  return file;
}

/** The parts of a read file a draft uses, with each image read, so two reads can be compared. */
async function contents(file: ImportFile) {
  if (file.kind === 'csv') return file;
  const media: Record<string, unknown> = {};
  for (const [name, entry] of file.media) media[name] = { zipName: entry.zipName, sizeBytes: entry.sizeBytes, read: await entry.read().then((r) => ({ sha256: r.sha256, bytes: Buffer.from(r.bytes).toString('base64') }), (e: unknown) => String(e)) };
  const reviews = Object.fromEntries([...file.collection.reviews].map(([card, list]) => [card, [...list].sort((a, b) => a.id - b.id)]));
  return { ...file, media, collection: { ...file.collection, reviews } };
}

beforeAll(() => {
  if (!existsSync(BUILT_IMPORT_WORKER)) throw new Error(`${BUILT_IMPORT_WORKER} is missing: run \`npm run build\` first`);
});

describe('the import worker', () => {
  it.each(['anki2', 'anki21', 'anki21b'] as const)('reads a collection.%s package exactly as the core’s thread does', async (format) => {
    const file = fileOf('deck.apkg', buildAnkiPackage(format, { notes: NOTES, media: { 'diagram.png': TINY_PNG, 'sound.mp3': new Uint8Array([1, 2, 3]) } }));
    const inWorker = await new WorkerImportReader(BUILT_IMPORT_WORKER).read('deck.apkg', file);
    const inProcess = await new InProcessImportReader().read('deck.apkg', file);
    expect(inWorker.kind).toBe('anki');
    if (inWorker.kind !== 'anki') return;
    expect(inWorker.collection.notes).toHaveLength(1200);
    expect(inWorker.collection.reviews.size).toBe(240);
    const worker = await contents(inWorker);
    const local = await contents(inProcess);
    if (worker.kind !== 'anki' || local.kind !== 'anki') throw new Error('Both reads are Anki packages');
    // Images are unpacked in the worker; other media only listed (the draft leaves them out).
    expect(worker.media).toEqual({ ...local.media, 'sound.mp3': { ...(local.media['sound.mp3'] as object), read: 'ImportFileError: The file cannot be read' } });
    expect({ ...worker, media: null }).toEqual({ ...local, media: null });
  });

  it('reads a UTF-16 CSV with its note, as the core’s thread does', async () => {
    const text = '\uFEFFfront;back;domain\r\nQuelle durée ?;Deux semaines;people\r\n';
    const utf16 = Buffer.from(text, 'utf16le');
    const file = fileOf('deck.csv', utf16);
    const inWorker = await new WorkerImportReader(BUILT_IMPORT_WORKER).read('deck.csv', file);
    expect(inWorker).toEqual(await new InProcessImportReader().read('deck.csv', file));
    expect(inWorker).toMatchObject({ kind: 'csv', table: { delimiter: ';', header: ['front', 'back', 'domain'], rows: [{ line: 1 }, { line: 2, cells: ['Quelle durée ?', 'Deux semaines', 'people'] }] } });
    expect(inWorker.kind === 'csv' && inWorker.table.fileNote).toMatch(/UTF-16/);
  });

  it('refuses a file it cannot read with the same place and reason', async () => {
    const file = fileOf('deck.apkg', buildAnkiPackage('anki21b', { notes: NOTES.slice(0, 1), brokenZstd: true }));
    const worker = await new WorkerImportReader(BUILT_IMPORT_WORKER).read('deck.apkg', file).catch((e: unknown) => e);
    const local = await new InProcessImportReader().read('deck.apkg', file).catch((e: unknown) => e);
    expect(worker).toBeInstanceOf(ImportFileError);
    expect(worker).toMatchObject({ place: (local as ImportFileError).place, message: (local as ImportFileError).message });
    expect((worker as ImportFileError).place).toBe('deck.apkg › collection.anki21b');
  });

  it('falls back to reading in the core’s thread when the worker cannot start', async () => {
    const logged: string[] = [];
    const reader = new WorkerImportReader(join(freshDataDir(), 'no-such-worker.js'), (message) => logged.push(message));
    const file = fileOf('deck.apkg', buildAnkiPackage('anki21', { notes: NOTES.slice(0, 3) }));
    const read = await reader.read('deck.apkg', file);
    expect(read.kind === 'anki' && read.collection.notes.length).toBe(3);
    expect(logged).toEqual([expect.stringMatching(/could not start; reading “deck\.apkg” in the core’s thread instead/)]);
  });

  it('is what the core uses where the build has one, and reading in slices where it has not (the sources)', () => {
    expect(defaultImportReader().where).toBe('in-process');
  });
});

describe('the file crossing between threads', () => {
  it('goes in pages small enough to take in one short step, and comes back whole', async () => {
    const source = await new InProcessImportReader().read('deck.apkg', fileOf('deck.apkg', buildAnkiPackage('anki21', { notes: NOTES, media: { 'diagram.png': TINY_PNG } })));
    const assembler = new ImportFileAssembler();
    const kinds: ImportFileMessage['type'][] = [];
    let transferred = 0;
    for await (const { message, transfer } of messagesOf(source)) {
      kinds.push(message.type);
      transferred += transfer.length;
      if (message.type === 'notes') expect(message.rows.length).toBeLessThanOrEqual(400);
      assembler.accept(message);
    }
    expect(kinds.filter((k) => k === 'notes')).toHaveLength(3);
    expect(kinds.at(-1)).toBe('done');
    // The image's bytes are moved, not copied.
    expect(transferred).toBe(1);
    expect(await contents(assembler.file())).toEqual(await contents(source));
  });
});
