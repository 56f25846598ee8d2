import { TRANSFER_CHUNK_BYTES } from '../../../src/shared/schemas/backups';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { type AnkiFormat, TINY_PNG, buildAnkiPackage, collectionBytes, fieldsTableUnreadable } from '../../support/ankiPackages';
import { callOk, testCore } from '../../support/core';

/** Importing Anki packages of all three formats, built in the test from Anki's documented schema. */

let core: Core;
afterEach(() => core.close());

async function pmp() {
  core = await testCore();
  return (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
}

async function upload(fileName: string, bytes: Uint8Array): Promise<string> {
  const started = await callOk(core, 'uploads:begin', { fileName, sizeBytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += TRANSFER_CHUNK_BYTES) {
    await callOk(core, 'uploads:append', { uploadId: started.uploadId, offset, contentBase64: Buffer.from(bytes.subarray(offset, offset + TRANSFER_CHUNK_BYTES)).toString('base64') });
  }
  return started.uploadId;
}

const NOTES = [
  { id: 1700000000001, fields: ['What does WBS stand for?', 'Work breakdown structure'], tags: ['PMP::Process'], reviews: [{ at: '2026-11-01T09:00:00Z', ease: 3, type: 0 }, { at: '2026-11-02T09:00:00Z', ease: 3, type: 1 }, { at: '2026-11-10T09:00:00Z', ease: 2, type: 1 }] },
  { id: 1700000000002, kind: 'cloze' as const, fields: ['The {{c1::sponsor}} signs the {{c2::charter}}', 'Initiating'], tags: ['people'] },
  { id: 1700000000003, fields: ['A diagram <img src="wbs.png">', 'See above [sound:wbs.mp3]'], suspended: true, extraOrds: [1] },
];

describe.each<AnkiFormat>(['anki2', 'anki21', 'anki21b'])('an Anki package (collection.%s)', (format) => {
  it('previews notes, cloze gaps, tags with domain suggestions, media and review history, then imports it all', async () => {
    const trackId = await pmp();
    const bytes = buildAnkiPackage(format, { notes: NOTES, media: { 'wbs.png': TINY_PNG } });
    const uploadId = await upload('pmp.apkg', bytes);
    const preview = await callOk(core, 'flashcards:preview-import', { trackId, uploadId });
    expect(preview).toMatchObject({ format, notes: 3, cards: 4, reviewHistory: 3, media: { files: 1 }, problems: [], canImport: true });
    expect(preview.noteTypes.map((t) => [t.name, t.kind, t.fields])).toEqual(
      expect.arrayContaining([['Basic', 'basic', ['Front', 'Back']], ['Cloze', 'cloze', ['Text', 'Back Extra']]]),
    );
    expect(preview.tags).toEqual(expect.arrayContaining([{ tag: 'PMP::Process', notes: 1, suggestedDomainId: 'process' }, { tag: 'people', notes: 1, suggestedDomainId: 'people' }]));
    expect(preview.warnings.map((w) => w.message).join(' ')).toMatch(/other card templates.*1 sound/s);
    expect(preview.sample[2]?.front).toMatch(/^A diagram <img src="media:[0-9a-f]{64}" alt="" \/>$/);

    const result = await callOk(core, 'flashcards:import', {
      trackId,
      uploadId,
      deckName: 'PMP from Anki',
      tagDomains: preview.tags.map((t) => ({ tag: t.tag, domainId: t.suggestedDomainId })),
    });
    expect(result).toMatchObject({ notes: 3, cards: 4, reviews: 3, media: 1 });
    const list = await callOk(core, 'cards:list', { trackId, deckId: result.deckId });
    expect(list.total).toBe(3);
    const wbs = list.cards.find((c) => c.front.startsWith('What does'));
    expect(wbs).toMatchObject({ domainId: 'process', state: 'review', reps: 3, source: 'anki' });
    expect(list.cards.find((c) => c.kind === 'cloze')).toMatchObject({ domainId: 'people', reviewCards: 2, state: 'new' });
    expect(list.cards.find((c) => c.front.startsWith('A diagram'))).toMatchObject({ suspended: true });
    const image = /media:([0-9a-f]{64})/.exec(list.cards.find((c) => c.front.startsWith('A diagram'))?.front ?? '')?.[1];
    expect((await callOk(core, 'cards:get-media', { sha256: image })).contentBase64).toBe(Buffer.from(TINY_PNG).toString('base64'));
  });
});

describe('reading the newest collections', () => {
  it('meets the unicase tables better-sqlite3 cannot query, and still reads field names', async () => {
    expect(fieldsTableUnreadable(collectionBytes(18, { notes: NOTES }))).toBe(true);
    const trackId = await pmp();
    const uploadId = await upload('new.apkg', buildAnkiPackage('anki21b', { notes: NOTES }));
    const preview = await callOk(core, 'flashcards:preview-import', { trackId, uploadId });
    expect(preview.noteTypes.find((t) => t.name === 'Cloze')?.fields).toEqual(['Text', 'Back Extra']);
  });
});
