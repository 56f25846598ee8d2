import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { callOk, testCore } from '../../support/core';

/** Decks, cards and review through the core's edge, with a pinned clock (2026-11-25 10:00 UTC). */

let core: Core & { clock: { set(d: Date): void; now(): Date } };
afterEach(() => core.close());

const SETUP = { examDate: '2027-02-17', goalMinutes: 120 * 60, availability: [60, 60, 60, 60, 60, 240, 120] };

async function pmpWithDeck(prep = true) {
  core = await testCore();
  const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  if (prep) await callOk(core, 'prep:setup', { trackId: track.id, ...SETUP });
  const deck = await callOk(core, 'decks:create', { trackId: track.id, name: 'PMP basics' });
  return { trackId: track.id, deckId: deck.id };
}

describe('review', () => {
  it('shows new cards, rates them with FSRS, logs the review and counts the minutes as study', async () => {
    const { trackId, deckId } = await pmpWithDeck();
    await callOk(core, 'cards:create', { deckId, front: 'What is a WBS?', back: 'Work breakdown structure', domainId: 'process' });
    await callOk(core, 'cards:create', { deckId, kind: 'cloze', front: 'The {{c1::project charter}} authorises the {{c2::project}}', domainId: 'people' });
    const next = await callOk(core, 'review:get-next', { trackId });
    expect(next.stopReason).toBeNull();
    expect(next.card?.question).toBe('What is a WBS?');
    expect(next.day.mode).toBe('exam');
    expect(next.day.budgetMinutes).toBeGreaterThan(0);
    const rated = await callOk(core, 'review:rate', { cardId: next.card?.cardId, rating: 3, durationMs: 90_000 });
    expect(rated.interval).toBe('10 min');
    const second = await callOk(core, 'review:get-next', { trackId });
    expect(second.card?.question).toContain('[…]');
    await callOk(core, 'review:rate', { cardId: second.card?.cardId, rating: 4, durationMs: 45_000 });
    const sessions = await callOk(core, 'sessions:list', { trackId });
    expect(sessions.sessions.filter((s) => s.source === 'review').map((s) => [s.domainId, s.minutes]).sort()).toEqual([['people', 1], ['process', 2]]);
    const plan = await callOk(core, 'flashcards:get-plan', { trackId });
    expect(plan.mode).toBe('exam');
    expect(plan.finalPassStartsOn).not.toBeNull();
    const stats = await callOk(core, 'flashcards:get-stats', { trackId });
    expect(stats.heatmap.at(-1)).toMatchObject({ date: '2026-11-25', reviews: 2 });
    const undone = await callOk(core, 'review:undo', { trackId });
    expect(undone.day.reviewedCards).toBe(1);
  });
});
