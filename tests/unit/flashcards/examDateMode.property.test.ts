import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDays } from '../../../src/main/core/domain/calendarDays';
import { type ReviewPlanInput, capacityOf, planReviews, spreadOverCapacity } from '../../../src/main/core/domain/flashcards/reviewPlan';
import { shortfallChoices } from '../../../src/main/core/domain/flashcards/reviewShortfall';

/**
 * Exam-date mode, as properties over random decks, budgets and exam dates:
 * no day above its budget; every card seen once in the final pass; no due card lost.
 */

const TODAY = '2026-11-25';

const inputs = fc
  .record({
    examInDays: fc.integer({ min: 3, max: 120 }),
    // Minutes per weekday and a few days off (blackouts, pauses).
    week: fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 7, maxLength: 7 }),
    offDays: fc.uniqueArray(fc.integer({ min: 0, max: 119 }), { maxLength: 15 }),
    secondsPerCard: fc.integer({ min: 5, max: 30 }),
    newCardsPerDay: fc.integer({ min: 0, max: 40 }),
    finalPassDays: fc.integer({ min: 1, max: 14 }),
    doneTodaySeconds: fc.integer({ min: 0, max: 1200 }),
    cards: fc.array(
      fc.record({
        isNew: fc.boolean(),
        dueOffset: fc.integer({ min: -30, max: 200 }),
        intervalDays: fc.integer({ min: 0, max: 120 }),
        reviewedAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      }),
      { maxLength: 1500 },
    ),
  })
  .map((g): ReviewPlanInput => {
    const off = new Set(g.offDays.map((i) => plusDays(TODAY, i)));
    return {
      today: TODAY,
      lastDay: plusDays(TODAY, g.examInDays - 1),
      finalPass: { minDays: g.finalPassDays, startedOn: null },
      budgetMinutes: (day) => (off.has(day) ? 0 : (g.week[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? 0)),
      secondsPerCard: g.secondsPerCard,
      newCardsPerDay: g.newCardsPerDay,
      cards: g.cards.map((c) => ({
        isNew: c.isNew,
        dueDay: plusDays(TODAY, c.dueOffset),
        intervalDays: c.isNew ? 0 : c.intervalDays,
        lastReviewDay: c.isNew || c.reviewedAgo === null ? null : plusDays(TODAY, -c.reviewedAgo),
      })),
      doneToday: { seconds: g.doneTodaySeconds, newCards: 0 },
    };
  });

const RUNS = { numRuns: 150 };

describe('exam-date mode', () => {
  it('never plans a day above its budget (today counts what was already reviewed)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = planReviews(input);
        for (const [i, day] of plan.days.entries()) {
          const cards = day.reviews + day.newCards + day.finalPass;
          const budgetSeconds = input.budgetMinutes(day.date) * 60 - (i === 0 ? input.doneToday.seconds : 0);
          expect(cards).toBeLessThanOrEqual(day.capacity);
          expect(cards * input.secondsPerCard).toBeLessThanOrEqual(Math.max(0, budgetSeconds));
          if (input.budgetMinutes(day.date) === 0) expect(cards).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('gives every card exactly one day of the final pass whenever the window can hold them', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = planReviews(input);
        const start = plan.finalPassStart;
        expect(start).not.toBeNull();
        if (!plan.finalPassFits) return;
        const ids = input.cards.flatMap((c, i) => (c.lastReviewDay === null || c.lastReviewDay < (start ?? '') ? [i] : []));
        // Hand the cards out in order, a day's quota at a time, as the review queue does.
        const window = plan.days.filter((d) => d.date >= (start ?? ''));
        const seen = new Map<number, string>();
        let next = 0;
        for (const day of window) {
          for (let k = 0; k < day.finalPass; k++) {
            const id = ids[next++];
            if (id === undefined) break;
            expect(seen.has(id)).toBe(false);
            seen.set(id, day.date);
          }
        }
        expect(seen.size).toBe(ids.length);
        expect(window.length).toBeGreaterThanOrEqual(Math.min(input.finalPass?.minDays ?? 1, plan.days.length));
      }),
      RUNS,
    );
  });

  it('loses no due review: each waits for a day with room, into the final pass if need be', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = planReviews(input);
        const start = plan.finalPassStart ?? '9999-12-31';
        let waiting = 0;
        for (const day of plan.days.filter((d) => d.date < start)) {
          // Reviews waiting yesterday plus those arriving today are done today or still waiting.
          expect(day.backlog).toBe(waiting + day.arrivals - day.reviews);
          expect(day.reviews).toBeLessThanOrEqual(waiting + day.arrivals);
          waiting = day.backlog;
        }
        expect(plan.backlogAtEnd).toBe(waiting);
        // Overdue cards are due today; those due before the window opens must arrive on some day of it.
        const dueBeforeWindow = input.cards.filter((c) => !c.isNew && (c.dueDay < TODAY ? TODAY : c.dueDay) < start).length;
        const arrivedFirstTime = plan.days.filter((d) => d.date < start).reduce((s, d) => s + d.arrivals, 0);
        expect(arrivedFirstTime).toBeGreaterThanOrEqual(dueBeforeWindow);
        // Whatever still waits when the window opens is among the cards the final pass reviews:
        // every card not already reviewed on a day of the window.
        expect(plan.finalPassCards).toBe(input.cards.filter((c) => c.lastReviewDay === null || c.lastReviewDay < start).length);
        if (plan.backlogAtEnd > 0 || !plan.finalPassFits) expect(plan.fits).toBe(false);
      }),
      RUNS,
    );
  });

  it('offers ways out that do make the cards fit', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = planReviews(input);
        if (plan.fits) return;
        const choices = shortfallChoices(input, { reviewSharePercent: 25, examDate: plusDays(input.lastDay, 1) });
        if (choices.newCardsPerDay !== null) expect(planReviews({ ...input, newCardsPerDay: choices.newCardsPerDay }).fits).toBe(true);
        if (choices.extraMinutesPerStudyDay !== null) {
          const extra = choices.extraMinutesPerStudyDay;
          expect(planReviews({ ...input, budgetMinutes: (d) => input.budgetMinutes(d) + (input.budgetMinutes(d) > 0 ? extra : 0) }).fits).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('new cards left for the final pass', () => {
  it('are offered a number of new cards a day, or more minutes, that learns them all in time', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = planReviews(input);
        if (!plan.fits || plan.newUnseen === 0) return;
        const choices = shortfallChoices(input, { reviewSharePercent: 25, examDate: plusDays(input.lastDay, 1), goal: 'introduce-all' });
        const learnsAll = (p: ReturnType<typeof planReviews>) => p.fits && p.newUnseen === 0;
        if (choices.newCardsPerDay !== null) {
          expect(choices.newCardsPerDay).toBeGreaterThan(input.newCardsPerDay);
          expect(learnsAll(planReviews({ ...input, newCardsPerDay: choices.newCardsPerDay }))).toBe(true);
        }
        if (choices.extraMinutesPerStudyDay !== null) {
          const extra = choices.extraMinutesPerStudyDay;
          expect(learnsAll(planReviews({ ...input, budgetMinutes: (d) => input.budgetMinutes(d) + (input.budgetMinutes(d) > 0 ? extra : 0) }))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the final pass window', () => {
  it('spreads cards over days in proportion to their room, never over it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 2000 }), (caps, count) => {
        const quotas = spreadOverCapacity(count, caps);
        const total = caps.reduce((s, c) => s + c, 0);
        quotas.forEach((q, i) => expect(q).toBeLessThanOrEqual(caps[i] ?? 0));
        expect(quotas.reduce((s, q) => s + q, 0)).toBe(Math.min(count, total));
      }),
    );
  });

  it('starts as late as the cards allow, but keeps at least the days asked for', () => {
    const input: ReviewPlanInput = {
      today: TODAY,
      lastDay: plusDays(TODAY, 59),
      finalPass: { minDays: 7, startedOn: null },
      budgetMinutes: () => 10,
      secondsPerCard: 10,
      newCardsPerDay: 20,
      cards: Array.from({ length: 600 }, () => ({ isNew: true, dueDay: TODAY, intervalDays: 0, lastReviewDay: null })),
      doneToday: { seconds: 0, newCards: 0 },
    };
    expect(capacityOf(10, 0, 10)).toBe(60);
    expect(planReviews(input).finalPassStart).toBe(plusDays(TODAY, 50));
    expect(planReviews({ ...input, cards: input.cards.slice(0, 100) }).finalPassStart).toBe(plusDays(TODAY, 53));
    const plan = planReviews(input);
    expect(plan.days.filter((d) => d.finalPass > 0).map((d) => d.finalPass)).toEqual(Array(10).fill(60));
  });
});
