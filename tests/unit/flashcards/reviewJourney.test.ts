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

describe('the review session', () => {
  it('stops at the day’s budget, and the budget follows the plan when the exam date moves', async () => {
    const { trackId, deckId } = await pmpWithDeck();
    // A small goal leaves room in each day, so a nearer exam raises the day's plan.
    await callOk(core, 'prep:setup', { trackId, ...SETUP, goalMinutes: 1800 });
    for (let i = 0; i < 30; i++) await callOk(core, 'cards:create', { deckId, front: `Q${i}`, back: `A${i}` });
    const before = (await callOk(core, 'flashcards:get-plan', { trackId })).day.budgetMinutes;
    let stop: string | null = null;
    for (let i = 0; i < 100 && !stop; i++) {
      const next = await callOk(core, 'review:get-next', { trackId });
      stop = next.stopReason;
      if (next.card) await callOk(core, 'review:rate', { cardId: next.card.cardId, rating: 3, durationMs: 60_000 });
    }
    expect(stop).toBe('budget');
    const day = (await callOk(core, 'review:get-next', { trackId })).day;
    expect(day.reviewedSeconds).toBeGreaterThanOrEqual(before * 60);
    expect(day.reviewedSeconds).toBeLessThanOrEqual(before * 60 + 60);
    // A nearer exam leaves fewer days for the same goal: more minutes a day, a larger budget.
    await callOk(core, 'prep:setup', { trackId, ...SETUP, goalMinutes: 1800, examDate: '2026-12-20' });
    expect((await callOk(core, 'flashcards:get-plan', { trackId })).day.budgetMinutes).toBeGreaterThan(before);
  });

  it('leaves out suspended and deleted cards and archived decks, and brings them back', async () => {
    const { trackId, deckId } = await pmpWithDeck();
    const card = await callOk(core, 'cards:create', { deckId, front: 'Only card', back: 'x' });
    await callOk(core, 'cards:update', { id: card.id, patch: { suspended: true } });
    expect((await callOk(core, 'review:get-next', { trackId })).stopReason).toBe('no-cards');
    await callOk(core, 'cards:update', { id: card.id, patch: { suspended: false } });
    await callOk(core, 'cards:remove', { id: card.id });
    expect((await callOk(core, 'review:get-next', { trackId })).card).toBeNull();
    expect((await callOk(core, 'cards:restore', { id: card.id })).front).toBe('Only card');
    await callOk(core, 'decks:update', { id: deckId, patch: { status: 'archived' } });
    expect((await callOk(core, 'review:get-next', { trackId })).card).toBeNull();
    await callOk(core, 'decks:remove', { id: deckId });
    expect(await callOk(core, 'decks:list', { trackId })).toEqual([]);
    await callOk(core, 'decks:restore', { id: deckId });
    await callOk(core, 'decks:update', { id: deckId, patch: { status: 'active' } });
    expect((await callOk(core, 'review:get-next', { trackId })).card?.question).toBe('Only card');
  });

  it('reviews one deck when asked, and refuses a deck of another track', async () => {
    const { trackId, deckId } = await pmpWithDeck();
    const other = await callOk(core, 'decks:create', { trackId, name: 'Other' });
    await callOk(core, 'cards:create', { deckId, front: 'In the first deck', back: 'x' });
    await callOk(core, 'cards:create', { deckId: other.id, front: 'In the other deck', back: 'y' });
    expect((await callOk(core, 'review:get-next', { trackId, deckId: other.id })).card?.question).toBe('In the other deck');
    const capm = await callOk(core, 'tracks:create', { certificationId: 'pmi-capm' });
    const refused = await core.call('review:get-next', { trackId: capm.id, deckId });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'not_found', details: { issues: [{ path: 'deckId' }] } });
  });

  it('schedules without an exam date in steady mode with the minutes set for it', async () => {
    const { trackId, deckId } = await pmpWithDeck(false);
    await callOk(core, 'cards:create', { deckId, front: 'Q', back: 'A' });
    const plan = await callOk(core, 'flashcards:get-plan', { trackId });
    expect(plan).toMatchObject({ mode: 'steady', examDate: null, finalPassStartsOn: null, day: { budgetMinutes: 20, retention: 0.85 } });
    expect(plan.modeReason).toMatch(/^No exam date yet/);
  });

  it('moves the decks to maintenance after the exam, or archives them when asked', async () => {
    const { trackId, deckId } = await pmpWithDeck();
    await callOk(core, 'cards:create', { deckId, front: 'Q', back: 'A' });
    const early = await core.call('flashcards:after-exam', { trackId, choice: 'archive' });
    expect(early.ok ? null : early.error.code).toBe('conflict');
    core.clock.set(new Date('2027-02-18T10:00:00.000Z'));
    const plan = await callOk(core, 'flashcards:get-plan', { trackId });
    expect(plan).toMatchObject({ mode: 'maintenance', afterExam: { examDate: '2027-02-17', choice: null }, day: { budgetMinutes: 10 } });
    await callOk(core, 'flashcards:after-exam', { trackId, choice: 'archive' });
    expect((await callOk(core, 'decks:list', { trackId })).map((d) => d.status)).toEqual(['archived']);
    expect((await callOk(core, 'flashcards:get-plan', { trackId })).afterExam).toEqual({ examDate: '2027-02-17', choice: 'archive' });
  });

  it('refuses review input that does not fit, naming the field', async () => {
    const { trackId, deckId } = await pmpWithDeck();
    const note = await callOk(core, 'cards:create', { deckId, front: 'Q', back: 'A' });
    const cases: [string, unknown, string][] = [
      ['review:rate', { cardId: 'card-missing', rating: 3, durationMs: 1 }, 'cardId'],
      ['review:rate', { cardId: 'x', rating: 0, durationMs: 1 }, 'rating'],
      ['cards:create', { deckId, kind: 'cloze', front: 'no gaps here' }, 'front'],
      ['cards:create', { deckId, front: 'Q', domainId: 'finance' }, 'domainId'],
      ['cards:create', { deckId, front: 'Q', tags: ['two words'] }, 'tags.0'],
      ['cards:update', { id: note.id, patch: { front: `<img src="media:${'a'.repeat(64)}">` } }, 'patch.front'],
      ['flashcards:update-settings', { trackId, patch: { baseRetention: 0.95 } }, 'patch.baseRetention'],
      ['decks:create', { trackId, name: 'PMP basics' }, ''],
    ];
    for (const [method, input, field] of cases) {
      const result = await core.call(method, input);
      expect(result.ok, method).toBe(false);
      if (!result.ok && field) expect(result.error.details?.issues?.map((i) => i.path)).toContain(field);
    }
    expect((await callOk(core, 'cards:list', { trackId })).total).toBe(1);
  });
});

describe('statistics', () => {
  it('reports recall by domain from reviews of cards past their learning steps', async () => {
    const { trackId, deckId } = await pmpWithDeck();
    for (let i = 0; i < 6; i++) await callOk(core, 'cards:create', { deckId, front: `Q${i}`, back: 'A', domainId: i < 3 ? 'people' : 'process' });
    // Learn every card (two Good ratings), then come back when they are due and rate them.
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < 6; i++) {
        const next = await callOk(core, 'review:get-next', { trackId });
        if (next.card) await callOk(core, 'review:rate', { cardId: next.card.cardId, rating: 3, durationMs: 5000 });
      }
      core.clock.set(new Date(core.clock.now().getTime() + 11 * 60_000));
    }
    core.clock.set(new Date('2026-12-05T10:00:00.000Z'));
    let i = 0;
    for (let next = await callOk(core, 'review:get-next', { trackId }); next.card; next = await callOk(core, 'review:get-next', { trackId })) {
      await callOk(core, 'review:rate', { cardId: next.card.cardId, rating: i++ % 3 === 0 ? 1 : 3, durationMs: 5000 });
      if (i > 30) break;
    }
    const retention = await callOk(core, 'flashcards:get-retention', { trackId });
    expect(retention.overall.reviews).toBe(6);
    expect(retention.domains.map((d) => [d.domainId, d.reviews])).toEqual([['people', 3], ['process', 3], ['business-environment', 0]]);
    expect(retention.domains.find((d) => d.domainId === 'business-environment')?.retentionPercent).toBeNull();
    expect(retention.overall.retentionPercent).toBeCloseTo(66.7, 1);
    expect(retention.method).toMatch(/not part of the readiness estimate/);
  });
});
