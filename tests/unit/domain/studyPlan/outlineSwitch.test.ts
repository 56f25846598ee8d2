import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT } from '../../../../src/main/core/catalog';
import { replan } from '../../../../src/main/core/domain/studyPlan/replan';
import { suggestGoal } from '../../../../src/main/core/domain/studyPlan/suggestedGoal';
import type { PlanInput } from '../../../../src/main/core/domain/studyPlan/types';
import { planRulesFor, trackOutlineInForce } from '../../../../src/main/core/services/trackDomains';
import { CertificationSchema, type ExamOutline } from '../../../../src/shared/schemas/certification';
import { withIds } from './arbitraries';

/**
 * A track plans with the PMP outline in force on its exam date (research notes §1.2: the 2021
 * outline until 8 July 2026, the July 2026 outline from 9 July 2026, PMI-BLOG). Moving the exam
 * across the switch re-plans with the new weights and says why.
 */
const pmp = CertificationSchema.parse({ ...BUILTIN_CATALOG.find((c) => c.id === 'pmi-pmp'), origin: 'builtin', updatedAt: BUILTIN_CATALOG_RELEASED_AT, copiedFrom: null });
const track = { snapshot: pmp, ownOutline: null };
const TODAY = '2026-03-02';

function input(examDate: string): PlanInput {
  return {
    rules: planRulesFor(track, examDate, TODAY),
    settings: { startedOn: TODAY, examDate, goalMinutes: 100 * 60, availability: [60, 60, 60, 60, 60, 120, 120], sessionMinutes: 60, reviewDays: null, breaks: [], selfRatings: [] },
    sessions: [],
    practice: [],
    today: TODAY,
  };
}

describe('the outline in force for a track', () => {
  it.each([
    [{ examDate: '2026-06-15', booked: true }, 'eco-2021', 'Your exam on 06/15/2026 falls under the 2021 exam content outline (until 07/08/2026).'],
    [{ examDate: '2026-07-20', booked: false }, 'eco-2026', 'Your target date, 07/20/2026, falls under the July 2026 exam content outline (from 07/09/2026); booking a date on the other side of a switch changes the outline.'],
    [null, 'eco-2021', 'With no exam date set yet, Certplan uses the outline in force today: the 2021 exam content outline (until 07/08/2026).'],
  ] as const)('%j → %s', (when, id, sentence) => {
    const outline = trackOutlineInForce(track, when, TODAY);
    expect(outline.outline?.id).toBe(id);
    expect(outline.sentence).toBe(sentence);
    expect(outline.canFillIn).toBe(false);
  });

  it('uses the person’s own outline where they filled one in', () => {
    const own: ExamOutline = { id: 'mine', name: 'my outline', effectiveFrom: null, effectiveUntil: null, questions: 50, scoredQuestions: null, durationMinutes: 60, breaks: null, format: null, domains: [{ id: 'a', name: 'A', weight: 100 }] };
    const result = trackOutlineInForce({ snapshot: pmp, ownOutline: own }, null, TODAY);
    expect(result).toMatchObject({ source: 'own', outline: own });
  });

  it('follows the outline’s size in the suggested goal', () => {
    const outline = trackOutlineInForce(track, { examDate: '2026-07-20', booked: true }, TODAY).outline;
    expect(suggestGoal('professional', { questions: outline?.questions ?? null }).minutes).toBe(120 * 60);
  });
});

describe('moving the exam date across the switch', () => {
  it('re-plans with the July 2026 weights and says why', () => {
    const first = replan(null, input('2026-06-15'));
    expect(first.plan.allocation.map((a) => [a.domainId, a.weight])).toEqual([
      ['people', 42],
      ['process', 50],
      ['business-environment', 8],
    ]);
    const previous = { basis: first.basis, items: withIds(first.plan.items), changes: first.changes };
    const moved = replan(previous, input('2026-07-20'));
    expect(moved.plan.allocation.map((a) => [a.domainId, a.weight])).toEqual([
      ['people', 33],
      ['process', 41],
      ['business-environment', 26],
    ]);
    expect(moved.changes).toContain(
      'Your exam is now under the July 2026 exam content outline (was the 2021 exam content outline): Business Environment rises from 8% to 26%, People falls from 42% to 33%, Process falls from 50% to 41%.',
    );
  });
});
