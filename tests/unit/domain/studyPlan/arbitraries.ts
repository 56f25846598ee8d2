import fc from 'fast-check';
import { plusDays } from '../../../../src/main/core/domain/calendarDays';
import type { PlanInput, PlanSettings, StoredPlanItem } from '../../../../src/main/core/domain/studyPlan/types';
import type { PlannedItem } from '../../../../src/main/core/domain/studyPlan/types';
import type { ExamDomain } from '../../../../src/shared/schemas/certification';

/** Generated planner inputs for property tests: any exam, settings, sessions and practice results. */

export const BASE_DAY = '2026-11-25';

const domainsArb: fc.Arbitrary<ExamDomain[]> = fc
  .array(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 8 })
  .map((raw) => {
    if (raw.length === 0) return [];
    const total = raw.reduce((s, v) => s + v, 0);
    const weights = raw.map((v) => Math.floor((v / total) * 100));
    const last = weights.length - 1;
    weights[last] = (weights[last] ?? 0) + 100 - weights.reduce((s, v) => s + v, 0);
    return weights.map((weight, i) => ({ id: `d${String.fromCharCode(97 + ((i * 5) % 26))}${i}`, name: `Domain ${i + 1}`, weight }));
  });

const availabilityArb = fc
  .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 }), fc.constantFrom(30, 45, 60, 90, 120, 240)), { minLength: 7, maxLength: 7 })
  .filter((days) => days.some((m) => m > 0));

export interface Scenario {
  input: PlanInput;
}

export const scenarioArb: fc.Arbitrary<PlanInput> = fc
  .record({
    domains: domainsArb,
    duration: fc.option(fc.integer({ min: 30, max: 300 }), { nil: null }),
    startOffset: fc.integer({ min: 0, max: 60 }),
    examOffset: fc.integer({ min: 1, max: 200 }),
    availability: availabilityArb,
    sessionMinutes: fc.integer({ min: 10, max: 150 }),
    goalMinutes: fc.integer({ min: 60, max: 20_000 }),
    reviewDays: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    breaks: fc.array(fc.record({ from: fc.integer({ min: -10, max: 200 }), length: fc.integer({ min: 0, max: 20 }) }), { maxLength: 3 }),
    ratings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 8 }),
    sessions: fc.array(
      fc.record({ back: fc.integer({ min: 0, max: 60 }), minutes: fc.integer({ min: 1, max: 300 }), domain: fc.nat(9), linked: fc.boolean() }),
      { maxLength: 25 },
    ),
    practice: fc.array(fc.record({ back: fc.integer({ min: 0, max: 90 }), total: fc.integer({ min: 0, max: 100 }), scores: fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { maxLength: 8 }) }), { maxLength: 4 }),
  })
  .map((r) => {
    const today = BASE_DAY;
    const settings: PlanSettings = {
      startedOn: plusDays(today, -r.startOffset),
      examDate: plusDays(today, r.examOffset),
      goalMinutes: r.goalMinutes,
      availability: r.availability,
      sessionMinutes: r.sessionMinutes,
      reviewDays: r.reviewDays,
      breaks: r.breaks.map((b, i) => ({ startDate: plusDays(today, b.from), endDate: plusDays(today, b.from + b.length), label: `Break ${i + 1}` })),
      selfRatings: r.ratings.flatMap((rating, i) => (r.domains[i] ? [{ domainId: r.domains[i].id, rating }] : [])),
    };
    return {
      rules: { domains: r.domains, durationMinutes: r.duration },
      settings,
      sessions: r.sessions.map((s) => ({
        date: plusDays(today, -Math.min(s.back, r.startOffset)),
        minutes: s.minutes,
        domainId: s.domain < r.domains.length ? (r.domains[s.domain]?.id ?? null) : null,
        planItemId: null,
      })),
      practice: r.practice.map((p, i) => ({
        id: `p${i}`,
        date: plusDays(today, -p.back),
        source: 'Test',
        totalPercent: p.total,
        domainScores: p.scores.flatMap((score, j) => (score !== null && r.domains[j] ? [{ domainId: r.domains[j].id, percent: score }] : [])),
        createdAt: `2026-01-01T00:00:0${i}.000Z`,
      })),
      today,
    };
  });

/** Items as the service stores them, with their ids. */
export function withIds(items: readonly PlannedItem[]): StoredPlanItem[] {
  return items.map((item) => ({ ...item, id: `t:${item.date}:${item.seq}` }));
}
