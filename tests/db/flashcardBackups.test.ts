import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { RecordCountsSchema } from '../../src/shared/schemas/backups';
import { TINY_PNG, buildAnkiPackage } from '../support/ankiPackages';
import { callOk, testCore } from '../support/core';
import { downloadAll, uploadBytes } from '../support/dataSafety';

/**
 * Flashcards in backups, restores, exports and imports: decks, cards, the review log and the
 * images cards show travel together, are counted in every manifest and preview, and come back
 * elsewhere whole. The review log stays append-only throughout, while restore (which replaces
 * the whole database file) and import (which builds a new one, inserting rows) still work.
 */

let open: Core[] = [];
afterEach(() => {
  open.forEach((core) => core.close());
  open = [];
});
async function newCore(): Promise<Core> {
  const core = await testCore();
  open.push(core);
  return core;
}

const IMAGE_B64 = Buffer.from(TINY_PNG).toString('base64');

/** A PMP track with a deck, a card showing an image, and one rating in the review log. */
async function cardsWithAnImage(core: Core) {
  const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  await callOk(core, 'prep:setup', { trackId: track.id, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 120, 0], selfRatings: [] });
  const deck = await callOk(core, 'decks:create', { trackId: track.id, name: 'Diagrams' });
  const media = await callOk(core, 'cards:add-media', { fileName: 'dot.png', mediaType: 'image/png', contentBase64: IMAGE_B64 });
  const card = await callOk(core, 'cards:create', { deckId: deck.id, front: `What is shown? <img src="media:${media.sha256}">`, back: 'A dot', domainId: 'process' });
  const next = await callOk(core, 'review:get-next', { trackId: track.id });
  if (!next.card) throw new Error('a card to review');
  await callOk(core, 'review:rate', { cardId: next.card.cardId, rating: 3, durationMs: 8000 });
  return { trackId: track.id, deckId: deck.id, cardId: card.id, sha256: media.sha256 };
}

const FLASHCARD_COUNTS = { flashcardDecks: 1, flashcards: 1, flashcardReviews: 1, cardImages: 1 };

/** Tries a statement the review log's triggers must refuse, on the data folder's database file. */
function reviewLogRefuses(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE_NAME));
  try {
    const refusals: string[] = [];
    expect(db.prepare('SELECT count(*) AS n FROM flashcard_review_log').get()).toEqual({ n: 1 });
    for (const sql of ['UPDATE flashcard_review_log SET rating = 1', 'DELETE FROM flashcard_review_log']) {
      try {
        db.prepare(sql).run();
        refusals.push(`${sql}: allowed`);
      } catch (error) {
        refusals.push(`${sql}: ${(error as Error).message}`);
      }
    }
    expect(db.prepare('SELECT count(*) AS n FROM flashcard_review_log').get()).toEqual({ n: 1 });
    return refusals;
  } finally {
    db.close();
  }
}

const REFUSED = ['UPDATE flashcard_review_log SET rating = 1: The review log is append-only', 'DELETE FROM flashcard_review_log: The review log is append-only'];

async function imageOf(core: Core, sha256: string): Promise<string> {
  return (await callOk(core, 'cards:get-media', { sha256 })).contentBase64;
}

describe('flashcards in backups and restores', () => {
  it('a backup holds the decks, cards, review log and card images, counted, and restores them elsewhere whole', async () => {
    const core = await newCore();
    const { sha256, trackId } = await cardsWithAnImage(core);
    const { backup } = await callOk(core, 'backups:create', {});
    expect(backup?.counts).toMatchObject(FLASHCARD_COUNTS);
    const bytes = await downloadAll(core, 'backups:get-chunk', { id: backup?.id ?? '' });
    const zip = unzipSync(bytes);
    expect(Object.keys(zip)).toContain(`flashcard-media/${sha256}`);
    expect(Buffer.from(zip[`flashcard-media/${sha256}`] ?? []).toString('base64')).toBe(IMAGE_B64);
    const manifest = JSON.parse(Buffer.from(zip['manifest.json'] ?? []).toString('utf8')) as { counts: object; missingMedia: unknown[] };
    expect(manifest).toMatchObject({ counts: FLASHCARD_COUNTS, missingMedia: [] });

    // Another computer: the backup file restored into a new data folder.
    const elsewhere = await newCore();
    const source = { kind: 'upload', uploadId: await uploadBytes(elsewhere, bytes) };
    const preview = await callOk(elsewhere, 'backups:preview-restore', { source });
    expect(preview.counts).toMatchObject(FLASHCARD_COUNTS);
    expect(preview.current).toMatchObject({ flashcardDecks: 0, flashcards: 0, flashcardReviews: 0, cardImages: 0 });
    await callOk(elsewhere, 'backups:restore', { source });
    expect(await imageOf(elsewhere, sha256)).toBe(IMAGE_B64);
    expect((await callOk(elsewhere, 'decks:list', { trackId })).map((d) => d.cardCount)).toEqual([1]);
    expect(reviewLogRefuses(elsewhere.dataDir)).toEqual(REFUSED);
  });

  it('restoring over a database whose review log has grown brings the earlier log back, and the restore can be undone', async () => {
    const core = await newCore();
    const { trackId, cardId } = await cardsWithAnImage(core);
    const { backup } = await callOk(core, 'backups:create', {});
    await callOk(core, 'cards:update', { id: cardId, patch: { back: 'A dot, edited after the backup' } });
    const another = await callOk(core, 'cards:create', { deckId: (await callOk(core, 'decks:list', { trackId }))[0]?.id, front: 'Added after the backup', back: 'B', domainId: 'people' });

    const next = await callOk(core, 'review:get-next', { trackId });
    await callOk(core, 'review:rate', { cardId: next.card?.cardId, rating: 4, durationMs: 6000 });

    const preview = await callOk(core, 'backups:preview-restore', { source: { kind: 'backup', id: backup?.id } });
    expect(preview).toMatchObject({ counts: { flashcards: 1, flashcardReviews: 1 }, current: { flashcards: 2, flashcardReviews: 2 } });
    const restored = await callOk(core, 'backups:restore', { source: { kind: 'backup', id: backup?.id } });
    expect((await callOk(core, 'cards:get', { id: cardId })).back).toBe('A dot');
    expect((await callOk(core, 'cards:get', { id: another.id }).catch(() => null)) ?? null).toBeNull();
    expect(reviewLogRefuses(core.dataDir)).toEqual(REFUSED);

    await callOk(core, 'backups:restore', { source: { kind: 'backup', id: restored.undoBackupId } });
    expect((await callOk(core, 'cards:get', { id: cardId })).back).toBe('A dot, edited after the backup');
  });
});

describe('a restore during a long flashcard import', () => {
  it('waits for an import that is writing before swapping: both succeed, and the restored data holds nothing of the import', { timeout: 120_000 }, async () => {
    const core = await newCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    const { backup } = await callOk(core, 'backups:create', {});
    const notes = Array.from({ length: 4_000 }, (_, i) => ({ id: 1_700_000_000_000 + i, fields: [`Question ${i}`, `Answer ${i}`], tags: ['Process'] }));
    const uploadId = await uploadBytes(core, Buffer.from(buildAnkiPackage('anki21', { notes })), 'large.apkg');
    const importing = core.call('flashcards:import', { trackId: track.id, uploadId, deckName: 'Large' });
    // Once the import is writing (its hidden deck is there), restore the earlier backup.
    const watcher = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      const writing = watcher.prepare("SELECT count(*) AS n FROM flashcard_notes n JOIN flashcard_decks d ON d.id = n.deck_id WHERE d.status = 'importing'");
      while ((writing.get() as { n: number }).n === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    } finally {
      watcher.close();
    }
    const restored = await core.call('backups:restore', { source: { kind: 'backup', id: backup?.id } });
    const imported = await importing;
    expect(imported).toMatchObject({ ok: true, data: { notes: 4_000 } });
    expect(restored).toMatchObject({ ok: true });
    // The restored data is the backup's: no deck, and nothing the import wrote after the swap.
    expect(await callOk(core, 'decks:list', { trackId: track.id })).toEqual([]);
    const db = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM flashcard_notes').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

describe('flashcards in a full export and import', () => {
  it('export lists the card images and the import brings cards back with them, the same records again', async () => {
    const core = await newCore();
    const { sha256, cardId } = await cardsWithAnImage(core);
    const exported = await callOk(core, 'data:export', {});
    const bytes = await downloadAll(core, 'data:get-chunk', { downloadId: exported.downloadId });
    const zip = unzipSync(bytes);
    expect(Object.keys(zip)).toEqual(expect.arrayContaining([`flashcard-media/${sha256}`, 'records/flashcard_media.json', 'records/flashcard_review_log.json']));
    expect(JSON.parse(Buffer.from(zip['manifest.json'] ?? []).toString('utf8'))).toMatchObject({ counts: FLASHCARD_COUNTS, problems: [] });
    expect(Buffer.from(zip['README.txt'] ?? []).toString('utf8')).toMatch(/flashcard-media\//);

    const elsewhere = await newCore();
    const uploadId = await uploadBytes(elsewhere, bytes);
    const preview = await callOk(elsewhere, 'data:preview-import', { uploadId });
    expect(preview).toMatchObject({ counts: FLASHCARD_COUNTS, targetIsEmpty: true });
    expect((await callOk(elsewhere, 'data:import', { uploadId })).imported).toMatchObject(FLASHCARD_COUNTS);
    expect(await imageOf(elsewhere, sha256)).toBe(IMAGE_B64);
    expect((await callOk(elsewhere, 'cards:get', { id: cardId })).front).toContain(`media:${sha256}`);
    // The imported log is as append-only as one written by reviews.
    expect(reviewLogRefuses(elsewhere.dataDir)).toEqual(REFUSED);

    // Export → import → export gives the same flashcard records.
    const again = unzipSync(await downloadAll(elsewhere, 'data:get-chunk', { downloadId: (await callOk(elsewhere, 'data:export', {})).downloadId }));
    for (const table of ['flashcard_decks', 'flashcard_notes', 'flashcard_cards', 'flashcard_review_log', 'flashcard_media']) {
      expect(Buffer.from(again[`records/${table}.json`] ?? []).toString('utf8'), table).toBe(Buffer.from(zip[`records/${table}.json`] ?? []).toString('utf8'));
    }
  });

  it('refuses an export whose card image is not named after its content, and changes nothing', async () => {
    const core = await newCore();
    const { sha256 } = await cardsWithAnImage(core);
    const bytes = await downloadAll(core, 'data:get-chunk', { downloadId: (await callOk(core, 'data:export', {})).downloadId });
    const zip = unzipSync(bytes);
    const manifest = JSON.parse(Buffer.from(zip['manifest.json'] ?? []).toString('utf8')) as { files: { path: string }[] };
    const wrong = `flashcard-media/${'0'.repeat(64)}`;
    for (const file of manifest.files) if (file.path === `flashcard-media/${sha256}`) file.path = wrong;
    const tampered = Buffer.from(zipSync({ ...Object.fromEntries(Object.entries(zip).filter(([name]) => name !== `flashcard-media/${sha256}`)), [wrong]: zip[`flashcard-media/${sha256}`] ?? new Uint8Array(), 'manifest.json': Buffer.from(JSON.stringify(manifest)) }));
    const elsewhere = await newCore();
    const result = await elsewhere.call('data:preview-import', { uploadId: await uploadBytes(elsewhere, tampered) });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule_violation', message: expect.stringMatching(/not named after its content/) } });
    expect(existsSync(join(elsewhere.dataDir, 'flashcard-media'))).toBe(false);
  });

  it('reads the counts of archives written before flashcards were counted as none', () => {
    const old = { tracks: 1, credentials: 0, experience: 2, training: 0, ceActivities: 0, studySessions: 0, practiceResults: 0, customCertifications: 0, evidenceFiles: 1 };
    expect(RecordCountsSchema.parse(old)).toEqual({ ...old, flashcardDecks: 0, flashcards: 0, flashcardReviews: 0, cardImages: 0 });
  });
});
