import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDays } from '../../../../src/main/core/domain/calendarDays';
import { capacityOf } from '../../../../src/main/core/domain/studyPlan/capacity';
import { generatePlan } from '../../../../src/main/core/domain/studyPlan/generatePlan';
import { replan } from '../../../../src/main/core/domain/studyPlan/replan';
import type { PlanInput, PlannedItem } from '../../../../src/main/core/domain/studyPlan/types';
import { scenarioArb, withIds } from './arbitraries';

const RUNS = { numRuns: 300 };

function minutesPerDay(items: readonly PlannedItem[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item.date, (map.get(item.date) ?? 0) + item.minutes);
  return map;
}

/** A plan made on the scenario's first day, then the clock moved on `days` days. */
function later(input: PlanInput, days: number, extraSessions: PlanInput['sessions'] = []): PlanInput {
  return { ...input, today: plusDays(input.today, days), sessions: [...input.sessions, ...extraSessions] };
}

describe('plan generation (properties over generated inputs)', () => {
  it('never plans more on a day than that day’s availability', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const plan = generatePlan(input);
        for (const [date, minutes] of minutesPerDay(plan.items)) {
          expect(minutes).toBeLessThanOrEqual(capacityOf(input.settings, date).availableMinutes);
        }
      }),
      RUNS,
    );
  });

  it('plans nothing on blackout days or pauses, before today or from the exam day on', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const plan = generatePlan(input);
        for (const item of plan.items) {
          expect(input.settings.breaks.some((b) => b.startDate <= item.date && item.date <= b.endDate)).toBe(false);
          expect(item.date >= input.today && item.date < input.settings.examDate).toBe(true);
          expect(item.minutes).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('gives each domain minutes in proportion to its target, within one session length', () => {
    fc.assert(
      fc.property(scenarioArb, (raw) => {
        const input = { ...raw, sessions: [] };
        const plan = generatePlan(input);
        const domainItems = plan.items.filter((i) => i.domainId !== null);
        const total = domainItems.reduce((s, i) => s + i.minutes, 0);
        for (const row of plan.allocation) {
          const planned = domainItems.filter((i) => i.domainId === row.domainId).reduce((s, i) => s + i.minutes, 0);
          expect(Math.abs(planned - row.share * total)).toBeLessThanOrEqual(input.settings.sessionMinutes + 0.5);
        }
      }),
      RUNS,
    );
  });

  it('sessions have the preferred length except the last of a day', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const plan = generatePlan(input);
        const byDay = new Map<string, PlannedItem[]>();
        for (const item of plan.items.filter((i) => i.kind !== 'mock-exam')) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);
        for (const items of byDay.values()) {
          items.slice(0, -1).forEach((item) => expect(item.minutes).toBe(input.settings.sessionMinutes));
          expect(items.at(-1)?.minutes ?? 0).toBeLessThanOrEqual(input.settings.sessionMinutes);
        }
      }),
      RUNS,
    );
  });

  it('plans the whole remaining goal when it fits, and says how much is missing when it does not', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const plan = generatePlan(input);
        const { remainingMinutes, plannedMinutes } = plan.totals;
        if (plan.shortfall === null) {
          expect(plannedMinutes).toBeGreaterThanOrEqual(remainingMinutes);
          expect(plannedMinutes - remainingMinutes).toBeLessThan(5);
        } else {
          expect(plan.shortfall.shortfallMinutes).toBe(remainingMinutes - plannedMinutes);
          expect(plannedMinutes).toBe(plan.days.reduce((s, d) => s + d.availableMinutes, 0));
        }
      }),
      RUNS,
    );
  });

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        expect(generatePlan(structuredClone(input))).toEqual(generatePlan(input));
      }),
      { numRuns: 100 },
    );
  });
});

describe('re-planning (properties over generated inputs)', () => {
  const moveOn = fc.record({
    days: fc.integer({ min: 0, max: 30 }),
    sessions: fc.array(fc.record({ back: fc.integer({ min: 1, max: 30 }), minutes: fc.integer({ min: 1, max: 200 }) }), { maxLength: 6 }),
  });

  it('never rewrites items dated before today', () => {
    fc.assert(
      fc.property(scenarioArb, moveOn, (input, step) => {
        const first = replan(null, input);
        const stored = withIds([...first.history, ...first.plan.items]);
        const next = later(
          input,
          step.days,
          step.sessions.map((s) => ({ date: plusDays(input.today, step.days - s.back), minutes: s.minutes, domainId: null, planItemId: null })),
        );
        const second = replan({ basis: first.basis, items: stored, changes: first.changes }, next);
        expect(second.history).toEqual(stored.filter((i) => i.date < next.today));
        expect(second.plan.items.every((i) => i.date >= next.today)).toBe(true);
      }),
      RUNS,
    );
  });

  it('re-planning a re-plan changes nothing: replan(replan(x)) = replan(x)', () => {
    fc.assert(
      fc.property(scenarioArb, moveOn, (input, step) => {
        const first = replan(null, input);
        const next = later(input, step.days);
        const once = replan({ basis: first.basis, items: withIds([...first.history, ...first.plan.items]), changes: first.changes }, next);
        const onceItems = withIds([...once.history, ...once.plan.items]);
        const twice = replan({ basis: once.basis, items: onceItems, changes: once.changes }, next);
        expect(withIds([...twice.history, ...twice.plan.items])).toEqual(onceItems);
        expect(twice.changes).toEqual(once.changes);
      }),
      RUNS,
    );
  });
});
