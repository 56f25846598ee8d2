import { describe, expect, it } from 'vitest';
import { computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { toCeRequirementView } from '../../../src/main/core/services/ceRequirementView';
import { PMP, PRINCE2_PRACTITIONER, SECURITY_PLUS } from '../domain/fixtures';

const entry = (id: string, date: string, units: number, categoryId: string) => ({ id, date, units, categoryId });

describe('CE bars against the requirement', () => {
  it('draws 2 of 50 on a 0 → 50 scale, not a full bar', () => {
    const cat = SECURITY_PLUS.groups[0]?.categories[0]?.id ?? '';
    const progress = computeCeProgress(SECURITY_PLUS, { start: '2026-01-10', end: '2029-01-09' }, [entry('a', '2026-03-01', 2, cat)], '2026-11-25').progress;
    const view = toCeRequirementView(progress, { held: false });
    expect(view.scaleMax).toBe(50);
    expect(view.bars[0]).toMatchObject({ level: 'total', counted: 2, minimum: 50, stillNeeded: 48 });
    expect(view.empty).toBe(false);
  });

  it('shows PMP’s parent Education minimum, marks the caps and the units above them, and says why 7 are still needed', () => {
    const cycle = { start: '2024-09-10', end: '2027-09-09' };
    const progress = computeCeProgress(PMP, cycle, [entry('w', '2025-01-01', 10, 'ways-of-working'), entry('p', '2025-02-01', 10, 'power-skills'), entry('b', '2025-03-01', 8, 'business-acumen'), entry('g', '2025-04-01', 30, 'volunteering-and-content')], '2026-11-25').progress;
    const view = toCeRequirementView(progress, { held: false });
    expect(view.bars.map((b) => [b.id, b.level, b.minimum, b.cap])).toEqual([
      ['total', 'total', 60, null],
      ['education', 'group', 35, null],
      ['ways-of-working', 'category', 8, null],
      ['power-skills', 'category', 8, null],
      ['business-acumen', 'category', 8, null],
      ['giving-back', 'group', null, 25],
      ['working-as-practitioner', 'category', null, 8],
      ['volunteering-and-content', 'category', null, null],
    ]);
    expect(view.bars.find((b) => b.id === 'education')).toMatchObject({ counted: 28, stillNeeded: 7 });
    expect(view.bars.find((b) => b.id === 'giving-back')).toMatchObject({ counted: 25, notCounted: 5 });
    expect(view).toMatchObject({ stillNeeded: 7, scaleMax: 60, headline: '7 PDUs still needed' });
    expect(view.explanations).toContain('Education needs at least 35 PDUs across Ways of Working, Power Skills, Business Acumen: 28 PDUs so far, so 7 PDUs more in any of them.');
    expect(view.explanations).toContain('Giving Back to the Profession counts at most 25 PDUs in a cycle; 5 PDUs above that do not count.');
  });

  it('explains a per-year rule in one sentence where it changes “still needed”, and holds back “missed” during a fair start', () => {
    const cycle = { start: '2024-02-10', end: '2027-02-09' };
    // Each activity counts 0.5–15 points and each year needs 5 from Professional Experience (PeopleCert, update notes §2.1).
    const progress = computeCeProgress(PRINCE2_PRACTITIONER, cycle, [entry('a', '2025-06-01', 11, 'professional-experience'), entry('b', '2025-07-01', 10, 'professional-education')], '2026-11-25').progress;
    const judged = toCeRequirementView(progress, { held: false });
    expect(judged.years.map((y) => [y.label, y.counted, y.missed])).toEqual([
      ['Year 1', 0, true],
      ['Year 2', 21, false],
      ['Year 3', 0, false],
    ]);
    expect(judged.explanations.at(-1)).toMatch(/^Every year of the cycle needs 20 CPD points of its own: year 1 \(02\/10\/2024 to 02\/09\/2025\) was missed with 0 CPD points, year 2 .* is met, year 3 .* needs 20 CPD points more\.$/);
    const held = toCeRequirementView(progress, { held: true });
    expect(held.years.some((y) => y.missed)).toBe(false);
    expect(held.explanations).toContain('No year is judged missed until you enter what you earned before using Certplan, or skip that step.');
  });

  it('says nothing was logged instead of drawing empty axes', () => {
    const progress = computeCeProgress(PMP, { start: '2024-09-10', end: '2027-09-09' }, [], '2026-11-25').progress;
    expect(toCeRequirementView(progress, { held: false })).toMatchObject({ empty: true, scaleMax: 60, headline: '60 PDUs still needed' });
  });
});
