import { TRANSFER_CHUNK_BYTES } from '../../../src/shared/schemas/backups';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { TINY_PNG, buildAnkiPackage } from '../../support/ankiPackages';
import { callOk, testCore } from '../../support/core';

/** Bad files are refused with a message naming the file, line or note and the reason; nothing is imported. */

let core: Core;
afterEach(() => core.close());

async function pmp() {
  core = await testCore();
  return (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
}

async function upload(fileName: string, content: Uint8Array | string): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const started = await callOk(core, 'uploads:begin', { fileName, sizeBytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += TRANSFER_CHUNK_BYTES) {
    await callOk(core, 'uploads:append', { uploadId: started.uploadId, offset, contentBase64: Buffer.from(bytes.subarray(offset, offset + TRANSFER_CHUNK_BYTES)).toString('base64') });
  }
  return started.uploadId;
}

async function refused(method: string, input: unknown) {
  const result = await core.call(method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}

async function nothingImported(trackId: string) {
  expect(await callOk(core, 'decks:list', { trackId })).toEqual([]);
  expect((await callOk(core, 'cards:list', { trackId })).total).toBe(0);
}

const GOOD = [{ id: 1700000000001, fields: ['Front text', 'Back text'] }];

describe('files that are not importable', () => {
  it.each([
    ['not a zip', 'deck.apkg', () => new TextEncoder().encode('this is not a zip'), /^deck\.apkg: This is not a zip archive/],
    ['a zip without a collection', 'deck.apkg', () => zipSync({ 'readme.txt': new TextEncoder().encode('hello') }), /^deck\.apkg: The zip holds no Anki collection/],
    ['an unknown Anki schema', 'deck.apkg', () => buildAnkiPackage('anki21', { notes: GOOD, schema: 19 }), /collection\.anki21: The collection uses Anki schema 19, which Certplan does not know/],
    ['a zstd stream that does not decode', 'deck.apkg', () => buildAnkiPackage('anki21b', { notes: GOOD, brokenZstd: true }), /collection\.anki21b: The Zstandard-compressed data does not decode/],
    ['a file that is neither', 'notes.docx', () => new TextEncoder().encode('words'), /^notes\.docx: Certplan imports Anki packages/],
  ])('refuses %s', async (_what, fileName, bytes, message) => {
    const trackId = await pmp();
    const uploadId = await upload(fileName, bytes());
    const error = await refused('flashcards:preview-import', { trackId, uploadId });
    expect(error.code).toBe('rule_violation');
    expect(error.message).toMatch(message);
    expect(error.details?.issues?.[0]?.path).toBe('uploadId');
    const run = await refused('flashcards:import', { trackId, uploadId, deckName: 'X' });
    expect(run.message).toMatch(message);
    await nothingImported(trackId);
  });
});

describe('problems inside a package', () => {
  it('lists media over the size limit and cards with an empty front with their place, and imports nothing', async () => {
    const trackId = await pmp();
    const big = new Uint8Array(11 * 1024 * 1024);
    const uploadId = await upload(
      'deck.apkg',
      buildAnkiPackage('anki21', {
        notes: [...GOOD, { id: 1700000000002, fields: ['', 'no front'] }, { id: 1700000000003, fields: ['Big <img src="huge.png">', 'b'] }],
        media: { 'huge.png': big, 'ok.png': TINY_PNG },
      }),
    );
    const preview = await callOk(core, 'flashcards:preview-import', { trackId, uploadId });
    expect(preview.canImport).toBe(false);
    expect(preview.problems).toEqual([
      { place: 'media file 0 (huge.png), shown by note 1700000000003', message: 'The image is 11.0 MB; an image on a card can be at most 10 MB' },
      { place: 'note 1700000000002', message: 'The front (field “Front”) is empty' },
    ]);
    const error = await refused('flashcards:import', { trackId, uploadId, deckName: 'Deck' });
    expect(error).toMatchObject({ code: 'rule_violation' });
    expect(error.message).toMatch(/^2 problems in “deck\.apkg”, so nothing was imported/);
    expect(error.details?.issues?.map((i) => i.message)).toContain('note 1700000000002: The front (field “Front”) is empty');
    await nothingImported(trackId);
  });
});

describe('CSV and TSV', () => {
  it('maps front, back, domain and tags from the header and imports into an existing deck', async () => {
    const trackId = await pmp();
    const deck = await callOk(core, 'decks:create', { trackId, name: 'Mine' });
    const uploadId = await upload('cards.csv', 'front,back,domain,tags\n"What is a risk?","An uncertain event",Process,risk pmbok\nA {{c1::stakeholder}},,people,\n');
    const preview = await callOk(core, 'flashcards:preview-import', { trackId, uploadId });
    expect(preview).toMatchObject({ format: 'csv', notes: 2, cards: 2, canImport: true, csv: { columns: ['front', 'back', 'domain', 'tags'], mapping: { hasHeader: true, front: 0, back: 1, domain: 2, tags: 3 } } });
    expect(preview.sample.map((s) => [s.kind, s.domainName])).toEqual([['basic', 'Process'], ['cloze', 'People']]);
    const result = await callOk(core, 'flashcards:import', { trackId, uploadId, deckName: 'ignored', deckId: deck.id });
    expect(result).toMatchObject({ deckId: deck.id, notes: 2 });
    const cards = await callOk(core, 'cards:list', { trackId, deckId: deck.id });
    expect(cards.cards.map((c) => [c.front, c.domainId, c.tags]).sort()).toEqual([
      ['A {{c1::stakeholder}}', 'people', []],
      ['What is a risk?', 'process', ['risk', 'pmbok']],
    ]);
    expect((await callOk(core, 'decks:list', { trackId })).map((d) => d.name)).toEqual(['Mine']);
  });

  it('reads a tab-separated file without a header', async () => {
    const trackId = await pmp();
    const uploadId = await upload('anki-export.txt', '#separator:tab\n#html:true\nFront one\tBack one\nFront two\tBack two\n');
    const preview = await callOk(core, 'flashcards:preview-import', { trackId, uploadId });
    expect(preview).toMatchObject({ format: 'tsv', notes: 2, csv: { delimiter: 'tab', mapping: { hasHeader: false, front: 0, back: 1 } } });
  });

  it('names the line of every bad row and imports none of them', async () => {
    const trackId = await pmp();
    const uploadId = await upload('cards.csv', 'front,back,domain\nok,fine,people\n,empty front,people\nx,y,Peopel\n');
    const preview = await callOk(core, 'flashcards:preview-import', { trackId, uploadId });
    expect(preview.problems).toEqual([
      { place: 'line 3', message: 'The front is empty' },
      { place: 'line 4', message: '“Peopel” is not a domain of the PMP exam (its domains: People, Process, Business Environment)' },
    ]);
    await refused('flashcards:import', { trackId, uploadId, deckName: 'D' });
    await nothingImported(trackId);
  });

  it('refuses a file with a missing column', async () => {
    const trackId = await pmp();
    const uploadId = await upload('cards.csv', 'front\nonly a front\n');
    const preview = await callOk(core, 'flashcards:preview-import', { trackId, uploadId });
    expect(preview.problems).toEqual([{ place: 'cards.csv', message: 'The file has no column for the back; say which column holds it' }]);
    expect(preview.canImport).toBe(false);
  });
});

describe('uploads', () => {
  it('take chunks in order, within the size given, and refuse to import before the last one', async () => {
    const trackId = await pmp();
    const started = await callOk(core, 'uploads:begin', { fileName: 'a.csv', sizeBytes: 10 });
    expect((await refused('uploads:append', { uploadId: started.uploadId, offset: 4, contentBase64: 'YWJj' })).message).toMatch(/offset.*Expected offset 0/);
    await callOk(core, 'uploads:append', { uploadId: started.uploadId, offset: 0, contentBase64: 'YWJj' });
    expect((await refused('flashcards:preview-import', { trackId, uploadId: started.uploadId })).message).toMatch(/has not finished uploading \(3 of 10 bytes\)/);
    expect((await refused('uploads:append', { uploadId: started.uploadId, offset: 3, contentBase64: Buffer.from('x'.repeat(20)).toString('base64') })).message).toMatch(/announced size/);
  });
});

describe('import limits', () => {
  it('refuses a CSV with more than 100,000 rows', async () => {
    const trackId = await pmp();
    const uploadId = await upload('huge.csv', `front,back\n${'q,a\n'.repeat(100_001)}`);
    const error = await refused('flashcards:preview-import', { trackId, uploadId });
    expect(error.message).toMatch(/^huge\.csv: The file has more than 100,000 rows/);
  });
});
