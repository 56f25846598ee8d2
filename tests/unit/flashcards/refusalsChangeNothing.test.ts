import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { DATABASE_FILE_NAME } from '../../../src/main/core/createCore';
import { callOk, testCore } from '../../support/core';

/**
 * A refused flashcard call commits nothing (found by the contract fuzz): deciding "the exam is not
 * over" or "nothing to undo" must not first compute the day, which stores the day's plan.
 */

let core: Core;
let reader: Database.Database;
let trackId: string;
// A fresh core for each case: the day, once computed, is cached, and the first computation is what stores it.
beforeEach(async () => {
  core = await testCore();
  trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
  await callOk(core, 'prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 120, 0], selfRatings: [] });
  const deck = await callOk(core, 'decks:create', { trackId, name: 'Deck' });
  await callOk(core, 'cards:create', { deckId: deck.id, front: 'Q', back: 'A', domainId: 'process' });
  reader = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
});
afterEach(() => {
  reader?.close();
  core?.close();
});

describe('refused flashcard calls', () => {
  it.each([
    ['flashcards:after-exam', () => ({ trackId, choice: 'archive' }), /exam date has not passed/],
    ['review:undo', () => ({ trackId }), /no rating from today to undo/],
  ] as const)('%s, refused, changes nothing', async (method, input, message) => {
    const before = reader.pragma('data_version', { simple: true });
    const result = await core.call(method, input());
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(message) } });
    expect(reader.pragma('data_version', { simple: true })).toBe(before);
  });
});
