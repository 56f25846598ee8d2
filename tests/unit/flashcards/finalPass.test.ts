import { describe, expect, it } from 'vitest';
import { plusDays } from '../../../src/main/core/domain/calendarDays';
import { localDateOf } from '../../../src/main/core/clock';
import { callOk, testCore } from '../../support/core';

/**
 * Exam-date mode through the real review queue: a person reviews every day until the queue stops
 * them. Every card is seen once in the final pass, no day goes over its budget by more than the
 * card that was on screen when it ran out, and nothing due is left behind.
 */
describe('reviewing every day up to the exam', () => {
  it('shows every card in the final pass and keeps each day inside its budget', async () => {
    const core = await testCore();
    const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
    const today = localDateOf(core.clock.now());
    const examDate = plusDays(today, 12);
    await callOk(core, 'prep:setup', { trackId, examDate, goalMinutes: 600, availability: [60, 60, 60, 60, 60, 60, 60] });
    await callOk(core, 'flashcards:update-settings', { trackId, patch: { reviewSharePercent: 10, finalPassDays: 4, newCardsPerDay: 10 } });
    const deck = await callOk(core, 'decks:create', { trackId, name: 'Drill' });
    const cards: string[] = [];
    for (let i = 0; i < 24; i++) cards.push((await callOk(core, 'cards:create', { deckId: deck.id, front: `Question ${i}`, back: `Answer ${i}`, domainId: 'process' })).id);

    const seenInWindow = new Set<string>();
    let windowStart: string | null = null;
    for (let d = 0; d < 12; d++) {
      const day = plusDays(today, d);
      core.clock.set(new Date(`${day}T09:00:00`));
      core.refresh();
      const plan = await callOk(core, 'flashcards:get-plan', { trackId });
      windowStart ??= plan.day.date >= (plan.finalPassStartsOn ?? '9999') ? plan.finalPassStartsOn : null;
      let budgetSeconds = plan.day.budgetMinutes * 60;
      for (let step = 0; step < 200; step++) {
        const next = await callOk(core, 'review:get-next', { trackId });
        if (!next.card) {
          expect(['budget', 'done']).toContain(next.stopReason);
          expect(next.day.reviewedSeconds).toBeLessThanOrEqual(budgetSeconds + 30);
          break;
        }
        if (next.card.phase === 'final-pass') seenInWindow.add(next.card.noteId);
        await callOk(core, 'review:rate', { cardId: next.card.cardId, rating: 3, durationMs: 30_000 });
        core.clock.set(new Date(core.clock.now().getTime() + 60_000));
        budgetSeconds = next.day.budgetMinutes * 60;
      }
    }
    expect(windowStart).not.toBeNull();
    expect([...seenInWindow].sort()).toEqual([...cards].sort());
    core.close();
  }, 60_000);
});
