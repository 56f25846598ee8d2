import { describe, expect, it } from 'vitest';
import { plusDays, weekdayIndex } from '../../../../src/main/core/domain/calendarDays';
import { spreadEvenly } from '../../../../src/main/core/domain/studyPlan/capacity';
import { generatePlan } from '../../../../src/main/core/domain/studyPlan/generatePlan';
import { itemOutcomes } from '../../../../src/main/core/domain/studyPlan/itemOutcomes';
import { replan } from '../../../../src/main/core/domain/studyPlan/replan';
import { suggestGoal } from '../../../../src/main/core/domain/studyPlan/suggestedGoal';
import type { PlanInput, PlannedItem } from '../../../../src/main/core/domain/studyPlan/types';
import { withIds } from './arbitraries';

const TODAY = '2026-11-25'; // a Wednesday
const PMP_RULES = {
  domains: [
    { id: 'people', name: 'People', weight: 33 },
    { id: 'process', name: 'Process', weight: 41 },
    { id: 'business-environment', name: 'Business Environment', weight: 26 },
  ],
  durationMinutes: 240,
};

/** Twelve weeks to a PMP exam: an hour on weekdays, four hours on Saturday, two on Sunday. */
function pmpInput(overrides: Partial<PlanInput['settings']> = {}, rest: Partial<PlanInput> = {}): PlanInput {
  return {
    rules: PMP_RULES,
    settings: {
      startedOn: TODAY,
      examDate: plusDays(TODAY, 84),
      goalMinutes: 120 * 60,
      availability: [60, 60, 60, 60, 60, 240, 120],
      sessionMinutes: 45,
      reviewDays: null,
      breaks: [],
      selfRatings: [{ domainId: 'process', rating: 2 }],
      ...overrides,
    },
    sessions: [],
    practice: [],
    today: TODAY,
    ...rest,
  };
}

const sum = (items: readonly PlannedItem[]) => items.reduce((s, i) => s + i.minutes, 0);
const perDay = (items: readonly PlannedItem[]) => {
  const map = new Map<string, number>();
  for (const i of items) map.set(i.date, (map.get(i.date) ?? 0) + i.minutes);
  return map;
};

describe('a 12-week PMP plan', () => {
  const plan = generatePlan(pmpInput());

  it('plans the whole 120 h goal inside the weekly availability', () => {
    expect(plan.totals).toMatchObject({ goalMinutes: 7200, remainingMinutes: 7200, plannedMinutes: 7200, availableDays: 84 });
    expect(plan.shortfall).toBeNull();
    for (const [date, minutes] of perDay(plan.items)) {
      expect(minutes).toBeLessThanOrEqual([60, 60, 60, 60, 60, 240, 120][weekdayIndex(date)] ?? 0);
    }
  });

  it('weights domains by weight × weakness and says why each session is there', () => {
    const process = plan.allocation.find((a) => a.domainId === 'process');
    expect(process).toMatchObject({ weakness: 1.25, weaknessSource: 'self-rating' });
    // 41 × 1.25 / (33 + 41 × 1.25 + 26) = 0.465
    expect(process?.share).toBeCloseTo(0.4649, 3);
    const first = plan.items.find((i) => i.domainId === 'process');
    expect(first?.reason).toBe('Process is 41% of the exam and your weakest domain (you rated yourself 2 of 5)');
    expect(plan.items.find((i) => i.domainId === 'people')?.reason).toBe('People is 33% of the exam');
  });

  it('keeps the last 10% of the study days for review with one full mock exam', () => {
    expect(plan.totals.reviewDays).toBe(8);
    expect(plan.reviewStartsOn).toBe('2027-02-09');
    const mocks = plan.items.filter((i) => i.kind === 'mock-exam');
    expect(mocks).toHaveLength(1);
    expect(mocks[0]).toMatchObject({ date: '2027-02-13', minutes: 240, domainId: null });
    expect(plan.items.filter((i) => i.date >= '2027-02-09').every((i) => i.kind !== 'study')).toBe(true);
    expect(plan.items.filter((i) => i.date < '2027-02-09').every((i) => i.kind === 'study')).toBe(true);
  });

  it('cuts days into sessions of the preferred length, the last one shorter', () => {
    expect(plan.items.filter((i) => i.date === TODAY).map((i) => i.minutes)).toEqual([45, 15]);
    // Saturdays share the 1920 min the weekdays and Sundays cannot hold: 175 min each.
    expect(plan.items.filter((i) => i.date === '2026-11-28').map((i) => i.minutes)).toEqual([45, 45, 45, 40]);
  });
});

describe('re-planning after life happens', () => {
  it('spreads a missed week over the weeks left, never above a day’s availability', () => {
    const first = replan(null, pmpInput());
    const stored = withIds([...first.history, ...first.plan.items]);
    const nextWeek = plusDays(TODAY, 7);
    const after = replan({ basis: first.basis, items: stored, changes: first.changes }, pmpInput({}, { today: nextWeek }));
    const missed = stored.filter((i) => i.date < nextWeek);
    expect(after.history).toEqual(missed);
    expect(after.changes[0]).toMatch(/^\d+ missed sessions \(\d+ h( \d+ min)?\) spread over the next \d+ weeks\.$/);
    expect(after.changes[0]).toContain(`${missed.length} missed sessions`);
    // The week's minutes are made up later, a little on many days rather than all on one.
    expect(sum(after.plan.items)).toBe(7200);
    const before = perDay(stored);
    const gained = [...perDay(after.plan.items)].filter(([date, m]) => m > (before.get(date) ?? 0));
    expect(gained.length).toBeGreaterThan(5);
    for (const [date, minutes] of perDay(after.plan.items)) {
      expect(minutes).toBeLessThanOrEqual([60, 60, 60, 60, 60, 240, 120][weekdayIndex(date)] ?? 0);
    }
  });

  it('compresses into less time when the exam moves two weeks earlier, and says so', () => {
    const first = replan(null, pmpInput());
    const earlier = pmpInput({ examDate: plusDays(TODAY, 70) });
    const after = replan({ basis: first.basis, items: withIds(first.plan.items), changes: first.changes }, earlier);
    expect(after.changes).toContain('Exam moved 14 days earlier (to 02/03/2027): 22 h less study time.');
    expect(after.plan.items.every((i) => i.date < '2027-02-03')).toBe(true);
    // 10 weeks hold 110 h: the goal no longer fits, and the plan says by how much.
    expect(after.plan.totals.capacityMinutes).toBe(6600);
    expect(after.plan.shortfall?.shortfallMinutes).toBe(600);
  });

  it('plans nothing during a two-week pause and moves its time to other days', () => {
    const first = replan(null, pmpInput());
    const pause = { startDate: '2026-12-21', endDate: '2027-01-03', label: 'Holiday' };
    const after = replan({ basis: first.basis, items: withIds(first.plan.items), changes: first.changes }, pmpInput({ breaks: [pause] }));
    expect(after.plan.items.filter((i) => i.date >= pause.startDate && i.date <= pause.endDate)).toEqual([]);
    expect(after.plan.totals.plannedMinutes).toBe(after.plan.totals.capacityMinutes);
    expect(after.changes[0]).toMatch(/^Break 12\/21\/2026 – 01\/03\/2027 \(Holiday\) added: 22 h of study time moved to other days\.$/);
  });

  it('says how far short a goal that cannot be met falls, with the three ways out', () => {
    const plan = generatePlan(pmpInput({ goalMinutes: 200 * 60 }));
    expect(plan.totals.plannedMinutes).toBe(plan.totals.capacityMinutes);
    expect(plan.shortfall).toMatchObject({
      shortfallMinutes: 12000 - 7920,
      capacityMinutes: 7920,
      lowerGoalToMinutes: 7920,
      addMinutesPerStudyDay: 50,
      availabilityWithExtra: [110, 110, 110, 110, 110, 290, 170],
    });
    // 200 h at 11 h a week from 25 Nov runs out on 04/01/2027.
    expect(plan.shortfall?.moveExamTo).toBe('2027-04-02');
    expect(plan.shortfall?.message).toBe('The 200 h left of your goal do not fit in the 132 h you have before the exam on 02/17/2027: 68 h short.');
  });

  it('subtracts what was studied before today and favours the domains behind their share', () => {
    const sessions = [
      { date: plusDays(TODAY, -1), minutes: 600, domainId: 'people', planItemId: null },
      { date: TODAY, minutes: 60, domainId: 'process', planItemId: null },
    ];
    const plan = generatePlan(pmpInput({}, { sessions }));
    expect(plan.totals).toMatchObject({ studiedMinutes: 600, remainingMinutes: 6600 });
    const people = plan.allocation.find((a) => a.domainId === 'people');
    expect(people?.studiedMinutes).toBe(600);
    expect(people?.plannedMinutes).toBeLessThan(people?.targetMinutes ?? 0);
  });

  it('plans one General block when the exam’s domain weights are unknown', () => {
    const plan = generatePlan(pmpInput({}, { rules: { domains: [], durationMinutes: null } }));
    expect(new Set(plan.items.map((i) => i.domainId))).toEqual(new Set(['general']));
    expect(plan.notes[0]).toMatch(/domain weights are not known/);
    expect(plan.items.some((i) => i.kind === 'mock-exam')).toBe(false);
  });

  it('uses the latest practice score per domain over the self-rating', () => {
    const practice = [
      { id: 'a', date: '2026-11-01', source: 'X', totalPercent: 60, domainScores: [{ domainId: 'people', percent: 90 }], createdAt: '2026-11-01T00:00:00Z' },
      { id: 'b', date: '2026-11-20', source: 'X', totalPercent: 60, domainScores: [{ domainId: 'people', percent: 40 }], createdAt: '2026-11-20T00:00:00Z' },
    ];
    const plan = generatePlan(pmpInput({}, { practice }));
    expect(plan.allocation.find((a) => a.domainId === 'people')).toMatchObject({
      weakness: 1.1,
      weaknessSource: 'practice',
      weaknessDetail: 'latest practice score 40% (2026-11-20)',
    });
  });
});

describe('spreading minutes evenly', () => {
  it.each([
    { caps: [60, 60, 60], goal: 90, expected: [30, 30, 30] },
    { caps: [60, 240, 120], goal: 300, expected: [60, 120, 120] },
    { caps: [60, 60], goal: 500, expected: [60, 60] },
    { caps: [100, 100, 100], goal: 101, expected: [35, 35, 35] },
    { caps: [47, 200], goal: 100, expected: [47, 53] },
    { caps: [0, 30, 30], goal: 0, expected: [0, 0, 0] },
  ])('$caps for $goal min → $expected', ({ caps, goal, expected }) => {
    const quotas = spreadEvenly(caps, goal);
    expect(quotas).toEqual(expected);
  });
});

describe('what happened to planned sessions', () => {
  const items = withIds([
    { date: '2026-11-23', seq: 1, kind: 'study', domainId: 'people', minutes: 45, reason: '' },
    { date: '2026-11-23', seq: 2, kind: 'study', domainId: 'process', minutes: 45, reason: '' },
    { date: '2026-11-24', seq: 1, kind: 'study', domainId: 'process', minutes: 45, reason: '' },
    { date: '2026-11-25', seq: 1, kind: 'study', domainId: 'people', minutes: 45, reason: '' },
    { date: '2026-11-26', seq: 1, kind: 'study', domainId: 'people', minutes: 45, reason: '' },
  ]);
  it('marks past items done, partly done or missed from the sessions logged, and leaves the rest open', () => {
    const outcomes = itemOutcomes(
      items,
      [
        { date: '2026-11-23', minutes: 50, domainId: 'people', planItemId: null },
        { date: '2026-11-23', minutes: 20, domainId: null, planItemId: null },
        { date: '2026-11-25', minutes: 30, domainId: 'process', planItemId: 't:2026-11-25:1' },
      ],
      '2026-11-25',
    );
    expect([...outcomes.values()]).toEqual([
      { outcome: 'done', doneMinutes: 45 },
      { outcome: 'partly', doneMinutes: 20 },
      { outcome: 'missed', doneMinutes: 0 },
      { outcome: 'today', doneMinutes: 30 },
      { outcome: 'upcoming', doneMinutes: 0 },
    ]);
  });
});

describe('the suggested goal', () => {
  it.each([
    { level: 'professional' as const, questions: 185, hours: 120 },
    { level: 'foundation' as const, questions: 60, hours: 30 },
    { level: 'foundation' as const, questions: null, hours: 30 },
    { level: 'associate' as const, questions: 150, hours: 50 },
    { level: 'professional' as const, questions: 400, hours: 150 },
  ])('$level with $questions questions → $hours h, labelled as a suggestion', ({ level, questions, hours }) => {
    const goal = suggestGoal(level, { questions });
    expect(goal.minutes).toBe(hours * 60);
    expect(goal.explanation).toMatch(/^Suggested, based on the exam’s level/);
  });
});
