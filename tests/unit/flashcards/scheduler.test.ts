import { describe, expect, it } from 'vitest';
import { FsrsScheduler, SCHEDULER_VERSION, State, fuzzRange, intervalLabel, newMemoryState, schedulerParams } from '../../../src/main/core/domain/flashcards/scheduler';
import { desiredRetention } from '../../../src/main/core/domain/flashcards/retentionRamp';
import { chooseDueDay } from '../../../src/main/core/domain/flashcards/loadBalance';

/** ts-fsrs with FSRS-6 default weights, fuzz off, and a pinned clock: exact, reproducible states. */

const T0 = new Date('2026-11-25T10:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('the FSRS scheduler', () => {
  const scheduler = new FsrsScheduler();
  const p90 = schedulerParams(0.9);

  it('names the pinned ts-fsrs version in every log row', () => {
    expect(SCHEDULER_VERSION).toBe('ts-fsrs v5.4.2 using FSRS-6.0');
    expect(p90).toMatchObject({ requestRetention: 0.9, maximumInterval: 36500, enableShortTerm: true, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] });
    expect(p90.w).toHaveLength(21);
  });

  it('takes a new card through its learning steps into review', () => {
    const first = scheduler.rate(newMemoryState(T0), 3, T0, p90);
    expect(first).toMatchObject({ state: State.Learning, dueAt: '2026-11-25T10:10:00.000Z', scheduledDays: 0, reps: 1 });
    const second = scheduler.rate(first, 3, at(first.dueAt), p90);
    expect(second).toMatchObject({ state: State.Review, dueAt: '2026-11-27T10:10:00.000Z', scheduledDays: 2, reps: 2, lapses: 0 });
    expect(second.stability).toBeCloseTo(2.3065, 4);
    const third = scheduler.rate(second, 3, at(second.dueAt), p90);
    expect(third).toMatchObject({ dueAt: '2026-12-08T10:10:00.000Z', scheduledDays: 11 });
    expect(third.stability).toBeCloseTo(10.971, 3);
  });

  it('gives shorter intervals at a higher desired retention, and relearning after Again', () => {
    const review = scheduler.rate(scheduler.rate(newMemoryState(T0), 3, T0, p90), 3, at('2026-11-25T10:10:00.000Z'), p90);
    expect(scheduler.rate(review, 3, at(review.dueAt), schedulerParams(0.95)).scheduledDays).toBe(4);
    const lapse = scheduler.rate(review, 1, at(review.dueAt), p90);
    expect(lapse).toMatchObject({ state: State.Relearning, dueAt: '2026-11-27T10:20:00.000Z', lapses: 1 });
  });

  it('replays a history to the same state as rating it step by step', () => {
    const history = [
      { grade: 3 as const, at: at('2026-11-01T09:00:00Z') },
      { grade: 3 as const, at: at('2026-11-01T09:10:00Z') },
      { grade: 2 as const, at: at('2026-11-04T09:00:00Z') },
    ];
    const steps = scheduler.replay(history, T0, p90);
    let state = newMemoryState(history[0]?.at ?? T0);
    for (const h of history) state = scheduler.rate(state, h.grade, h.at, p90);
    expect(steps).toHaveLength(3);
    expect(steps.at(-1)?.after).toMatchObject({ state: state.state, dueAt: state.dueAt, reps: 3 });
    expect(steps.at(-1)?.after.stability).toBeCloseTo(state.stability, 6);
    expect(steps[1]?.before).toEqual(steps[0]?.after);
  });

  it('labels intervals for the rating buttons', () => {
    expect(intervalLabel(T0, at('2026-11-25T10:10:00Z'))).toBe('10 min');
    expect(intervalLabel(T0, at('2026-11-25T13:00:00Z'))).toBe('3 h');
    expect(intervalLabel(T0, at('2026-11-28T10:00:00Z'))).toBe('3 days');
    expect(intervalLabel(T0, at('2027-03-25T10:00:00Z'))).toBe('4 months');
    expect(fuzzRange(2, 0)).toEqual({ min: 2, max: 2 });
    expect(fuzzRange(10, 10)).toEqual({ min: 8, max: 12 });
  });
});

describe('the retention ramp', () => {
  const ramp = (day: string) => desiredRetention({ day, examDate: '2027-01-31', base: 0.85, target: 0.93, rampWeeks: 4 });
  it('holds the long-term value, then rises in a line to the target on the exam’s eve', () => {
    expect(ramp('2026-12-01')).toBe(0.85);
    expect(ramp('2027-01-03')).toBe(0.85);
    expect(ramp('2027-01-17')).toBe(0.89);
    expect(ramp('2027-01-30')).toBe(0.93);
    expect(ramp('2027-02-05')).toBe(0.85);
    const days = Array.from({ length: 28 }, (_, i) => ramp(new Date(Date.UTC(2027, 0, 3 + i)).toISOString().slice(0, 10)));
    expect(days.every((r, i) => i === 0 || r >= (days[i - 1] ?? 0))).toBe(true);
    expect(desiredRetention({ day: '2026-12-01', examDate: null, base: 0.9, target: 0.95, rampWeeks: 4 })).toBe(0.9);
  });
});

describe('load balancing inside the fuzz range', () => {
  it('picks the day with the most room, skips days off, and stays in range', () => {
    const load: Record<string, number> = { '2026-12-03': 9, '2026-12-04': 2, '2026-12-05': 1, '2026-12-06': 5, '2026-12-07': 0 };
    const choose = (off: string[]) =>
      chooseDueDay({ today: '2026-11-25', intervalDays: 10, minDays: 8, maxDays: 12, load: (d) => load[d] ?? 0, capacity: (d) => (off.includes(d) ? 0 : 10) });
    expect(choose([])).toBe('2026-12-07');
    expect(choose(['2026-12-07'])).toBe('2026-12-05');
    expect(choose(['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'])).toBe('2026-12-02');
  });
});
