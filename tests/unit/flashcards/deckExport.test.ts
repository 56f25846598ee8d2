import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { TINY_PNG } from '../../support/ankiPackages';
import { callOk, testCore } from '../../support/core';

/** A deck exported as CSV and as an .apkg comes back the same through import. */

let core: Core;
afterEach(() => core.close());

async function upload(fileName: string, bytes: Uint8Array): Promise<string> {
  const started = await callOk(core, 'uploads:begin', { fileName, sizeBytes: bytes.length });
  await callOk(core, 'uploads:append', { uploadId: started.uploadId, offset: 0, contentBase64: Buffer.from(bytes).toString('base64') });
  return started.uploadId;
}

describe('exporting a deck', () => {
  it('writes CSV and an Anki package (legacy layout with media and history) that import back', async () => {
    core = await testCore();
    const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
    const deck = await callOk(core, 'decks:create', { trackId, name: 'Exported' });
    const image = await callOk(core, 'cards:add-media', { fileName: 'dot.png', mediaType: 'image/png', contentBase64: Buffer.from(TINY_PNG).toString('base64') });
    await callOk(core, 'cards:create', { deckId: deck.id, front: `=SUM(1) <img src="media:${image.sha256}">`, back: '<b>Back</b>', domainId: 'people', tags: ['formula'] });
    await callOk(core, 'cards:create', { deckId: deck.id, kind: 'cloze', front: '{{c1::Scope}} creep', back: '' });
    const next = await callOk(core, 'review:get-next', { trackId });
    await callOk(core, 'review:rate', { cardId: next.card?.cardId, rating: 4, durationMs: 6000 });

    const csv = await callOk(core, 'decks:export', { id: deck.id, format: 'csv' });
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFfront,back,domain,tags\r\n')).toBe(true);
    expect(text).toContain(`'=SUM(1)`);

    const apkg = await callOk(core, 'decks:export', { id: deck.id, format: 'apkg' });
    const files = unzipSync(Buffer.from(apkg.contentBase64, 'base64'));
    expect(Object.keys(files).sort()).toEqual(['0', 'collection.anki21', 'media']);
    expect(JSON.parse(new TextDecoder().decode(files.media))).toEqual({ 0: 'dot.png' });

    const fromCsv = await callOk(core, 'flashcards:preview-import', { trackId, uploadId: await upload('deck.csv', Buffer.from(csv.contentBase64, 'base64')) });
    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.sample.map((s) => [s.front, s.domainName, s.tags]).sort()).toEqual([
      [`=SUM(1) <img src="media:${image.sha256}" alt="" />`, 'People', ['formula']],
      ['{{c1::Scope}} creep', 'No domain', []],
    ]);
    // A CAPM track has other domains: the People column is refused with its line.
    const capm = (await callOk(core, 'tracks:create', { certificationId: 'pmi-capm' })).id;
    const elsewhere = await callOk(core, 'flashcards:preview-import', { trackId: capm, uploadId: await upload('deck.csv', Buffer.from(csv.contentBase64, 'base64')) });
    expect(elsewhere.problems[0]?.message).toMatch(/^“People” is not a domain of the CAPM exam/);
    const fromApkg = await callOk(core, 'flashcards:preview-import', { trackId, uploadId: await upload('deck.apkg', Buffer.from(apkg.contentBase64, 'base64')) });
    expect(fromApkg).toMatchObject({ format: 'anki21', notes: 2, cards: 2, reviewHistory: 1, media: { files: 1 }, problems: [] });
    expect(fromApkg.sample.map((n) => n.front)).toContain(`=SUM(1) <img src="media:${image.sha256}" alt="" />`);
    expect(fromApkg.tags).toEqual([{ tag: 'formula', notes: 1, suggestedDomainId: null }]);
  });
});
