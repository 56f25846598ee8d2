import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { callOk, testCore } from '../../support/core';
import { uploadBytes } from '../../support/dataSafety';

/**
 * Deck CSV/TSV files are decoded by the shared CSV decoder (domain/csvFileText.ts) like every
 * other CSV import: byte-order marks, UTF-16 with or without one, Windows-1252, the separator
 * detected (or taken from Anki's `#separator:` line), and the encoding said once for the file.
 */

let core: Core;
let trackId: string;
beforeAll(async () => {
  core = await testCore();
  trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
});
afterAll(() => core?.close());

async function preview(fileName: string, bytes: Buffer) {
  const uploadId = await uploadBytes(core, bytes, fileName);
  return { uploadId, preview: await callOk(core, 'flashcards:preview-import', { trackId, uploadId }) };
}

const FRENCH = 'front;back;domain\r\nQuelle durée ?;Deux semaines;people\r\nCoût réel ?;AC;process\r\n';

describe('flashcard CSV encodings', () => {
  it('reads UTF-8 with a byte-order mark without a stray character in the header', async () => {
    const { preview: p } = await preview('deck.csv', Buffer.from(`\uFEFFfront,back\nCafé,Crème brûlée\n`, 'utf8'));
    expect(p.csv?.columns).toEqual(['front', 'back']);
    expect(p.sample.map((s) => [s.front, s.back])).toEqual([['Café', 'Crème brûlée']]);
    expect(p.warnings).toEqual([]);
  });

  it('reads UTF-16 (little-endian with a BOM, and big-endian without one) and says so once', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]);
    const be = Buffer.from(FRENCH, 'utf16le').swap16();
    for (const bytes of [le, be]) {
      const { preview: p } = await preview('deck.csv', bytes);
      expect(p.sample.map((s) => s.front)).toEqual(['Quelle durée ?', 'Coût réel ?']);
      expect(p.csv?.delimiter).toBe('semicolon');
      expect(p.warnings).toEqual([{ place: 'deck.csv', message: expect.stringMatching(/UTF-16.*semicolons/) }]);
      expect(p.problems).toEqual([]);
    }
  });

  it('reads Windows-1252 when the bytes are not UTF-8, and imports what the preview showed', async () => {
    const { uploadId, preview: p } = await preview('deck.csv', Buffer.from('front,back\nCaf\xe9 \x80,Na\xefve\n', 'latin1'));
    expect(p.sample.map((s) => [s.front, s.back])).toEqual([['Café €', 'Naïve']]);
    expect(p.warnings[0]?.message).toMatch(/Windows-1252/);
    const result = await callOk(core, 'flashcards:import', { trackId, uploadId, deckName: 'Latin' });
    const cards = await callOk(core, 'cards:list', { trackId, deckId: result.deckId });
    expect(cards.cards.map((c) => c.front)).toEqual(['Café €']);
  });

  it('obeys Anki’s #separator line and keeps line numbers as in the file', async () => {
    const text = '#separator:tab\n#html:true\nfront\tback\nQ1\tA1\n\tA2\n';
    const { preview: p } = await preview('notes.txt', Buffer.from(text));
    expect(p.format).toBe('tsv');
    expect(p.problems).toEqual([{ place: 'line 5', message: 'The front is empty' }]);
  });
});
