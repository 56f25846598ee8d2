import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { TINY_PNG, buildAnkiPackage } from '../support/ankiPackages';
import type { WebHost } from '../support/webHost';

/**
 * The flashcard writes the kill loop makes between kills — cards created and edited, ratings
 * appended to the review log, whole packages imported — and what must hold after every kill:
 * every acknowledged write is there, an edit is the acknowledged text or one sent after it whose
 * answer a kill cut off, and an
 * import is all or nothing (its notes all in its deck, or all still in the hidden deck that the
 * next start finishes or removes; never a deck with part of them).
 */

export const NOTES_PER_IMPORT = 60;
const PACKAGE = buildAnkiPackage('anki21b', {
  notes: Array.from({ length: NOTES_PER_IMPORT }, (_, i) => ({
    id: 1_700_000_000_000 + i,
    fields: [`Kill-loop question ${i}${i === 0 ? ' <img src="dot.png">' : ''}`, `Answer ${i}`],
    tags: ['Process'],
    reviews: i % 3 === 0 ? [{ at: new Date(Date.parse('2026-10-01T09:00:00Z') + i * 1000).toISOString(), ease: 3, type: 0 }] : [],
  })),
  media: { 'dot.png': TINY_PNG },
});

export interface FlashcardAcks {
  trackId: string | null;
  deckId: string | null;
  cards: Set<string>;
  reviews: Set<string>;
  /** Per edited card: the last acknowledged back text, and those sent since whose answer a kill cut off. */
  edits: Map<string, { acked: string | null; unanswered: string[] }>;
  imports: Set<string>;
}

export const noFlashcardAcks = (): FlashcardAcks => ({ trackId: null, deckId: null, cards: new Set(), reviews: new Set(), edits: new Map(), imports: new Set() });

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T | null> {
  const { body } = await host.call<T>(method, input);
  return body.ok ? body.data : null;
}

/** One flashcard write; throws when the host is gone (as the other lanes' calls do). */
export async function flashcardWrite(host: WebHost, acks: FlashcardAcks, round: number, n: number): Promise<void> {
  // The track and deck first; one whose answer a kill cut off is found again, not created twice.
  if (!acks.trackId) {
    const listed = (await ok<{ id: string; certificationId: string }[]>(host, 'tracks:list', {}))?.find((t) => t.certificationId === 'pmi-pmp');
    acks.trackId = listed?.id ?? (await ok<{ id: string }>(host, 'tracks:create', { certificationId: 'pmi-pmp' }))?.id ?? null;
    return;
  }
  if (!acks.deckId) {
    const listed = (await ok<{ id: string; name: string }[]>(host, 'decks:list', { trackId: acks.trackId }))?.find((d) => d.name === 'Kill loop');
    acks.deckId = listed?.id ?? (await ok<{ id: string }>(host, 'decks:create', { trackId: acks.trackId, name: 'Kill loop' }))?.id ?? null;
    return;
  }
  const step = n % 4;
  if (step === 0 || acks.cards.size === 0) {
    const card = await ok<{ id: string }>(host, 'cards:create', { deckId: acks.deckId, front: `Card ${round}.${n}`, back: 'Back', domainId: 'process' });
    if (card) acks.cards.add(card.id);
  } else if (step === 1) {
    const next = await ok<{ card: { cardId: string } | null }>(host, 'review:get-next', { trackId: acks.trackId });
    if (!next?.card) return;
    const rated = await ok<{ reviewId: string }>(host, 'review:rate', { cardId: next.card.cardId, rating: 1 + ((round + n) % 4), durationMs: 4000 });
    if (rated) acks.reviews.add(rated.reviewId);
  } else if (step === 2) {
    const cardId = [...acks.cards][n % acks.cards.size] as string;
    const edit = acks.edits.get(cardId) ?? { acked: null, unanswered: [] };
    const back = `Edited ${round}.${n}`;
    edit.unanswered.push(back);
    acks.edits.set(cardId, edit);
    const updated = await ok(host, 'cards:update', { id: cardId, patch: { back } });
    if (updated) acks.edits.set(cardId, { acked: back, unanswered: [] });
  } else if (n % 8 === 3) {
    const upload = await ok<{ uploadId: string }>(host, 'uploads:begin', { fileName: `kill-${round}-${n}.apkg`, sizeBytes: PACKAGE.length });
    if (!upload) return;
    await host.call('uploads:append', { uploadId: upload.uploadId, offset: 0, contentBase64: Buffer.from(PACKAGE).toString('base64') });
    const deckName = `Import ${round}.${n}`;
    const result = await ok(host, 'flashcards:import', { trackId: acks.trackId, uploadId: upload.uploadId, deckName });
    if (result) acks.imports.add(deckName);
  }
}

/** After a kill, before the next start: every acknowledged flashcard write is there, nothing half-imported is visible. */
export function checkFlashcards(db: Database.Database, acks: FlashcardAcks): void {
  const cards = new Set(db.prepare<[], { id: string }>('SELECT id FROM flashcard_notes').all().map((r) => r.id));
  expect([...acks.cards].filter((id) => !cards.has(id)), 'acknowledged cards lost').toEqual([]);
  const reviews = new Set(db.prepare<[], { id: string }>('SELECT id FROM flashcard_review_log').all().map((r) => r.id));
  expect([...acks.reviews].filter((id) => !reviews.has(id)), 'acknowledged ratings lost').toEqual([]);
  const back = db.prepare<[string], { back: string }>('SELECT back FROM flashcard_notes WHERE id = ?');
  for (const [cardId, edit] of acks.edits) {
    const stored = back.get(cardId)?.back ?? null;
    const allowed = [edit.acked ?? 'Back', ...edit.unanswered];
    expect(allowed, `card ${cardId}'s text`).toContain(stored);
  }
  // An import is a visible deck with all its notes, or (committed, still moving) the rest waiting in
  // a hidden deck marked with it, or nothing visible at all.
  const decks = db
    .prepare<[], { id: string; name: string; notes: number; waiting: number }>(
      `SELECT d.id, d.name,
              (SELECT count(*) FROM flashcard_notes n WHERE n.deck_id = d.id) AS notes,
              (SELECT count(*) FROM flashcard_notes n JOIN flashcard_decks s ON s.id = n.deck_id
                WHERE s.status = 'importing' AND s.description = 'certplan-import-into:' || d.id) AS waiting
         FROM flashcard_decks d WHERE d.status = 'active' AND d.name LIKE 'Import %'`,
    )
    .all();
  for (const deck of decks) expect(deck.notes + deck.waiting, `notes of ${deck.name}`).toBe(NOTES_PER_IMPORT);
  const visible = new Set(decks.map((d) => d.name));
  expect([...acks.imports].filter((name) => !visible.has(name)), 'acknowledged imports lost').toEqual([]);
  // The review log is still append-only (a trigger fires only for a row it would change).
  if (reviews.size > 0) expect(() => db.prepare('UPDATE flashcard_review_log SET rating = rating').run()).toThrow(/append-only/);
}

/** After a clean start: every import the kills interrupted was finished or removed. */
export function checkImportsSettled(db: Database.Database): void {
  expect(db.prepare("SELECT count(*) AS n FROM flashcard_decks WHERE status = 'importing'").get()).toEqual({ n: 0 });
  const decks = db.prepare<[], { name: string; notes: number }>(
    "SELECT d.name, (SELECT count(*) FROM flashcard_notes n WHERE n.deck_id = d.id) AS notes FROM flashcard_decks d WHERE d.name LIKE 'Import %'",
  ).all();
  for (const deck of decks) expect(deck.notes, `notes of ${deck.name}`).toBe(NOTES_PER_IMPORT);
}
