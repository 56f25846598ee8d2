import { describe, expect, it } from 'vitest';
import { type CeEntry, computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { ACP, PMP, PRINCE2_PRACTITIONER, SECURITY_PLUS } from './fixtures';

const PMP_CYCLE = { start: '2024-01-15', end: '2027-01-14' };
let seq = 0;
const entry = (categoryId: string, units: number, date = '2025-06-01'): CeEntry => ({ id: `e${String(++seq).padStart(3, '0')}`, date, units, categoryId });

const category = (result: ReturnType<typeof computeCeProgress>, id: string) =>
  result.progress.groups.flatMap((g) => g.categories).find((c) => c.id === id);
const group = (result: ReturnType<typeof computeCeProgress>, id: string) => result.progress.groups.find((g) => g.id === id);

describe('computeCeProgress', () => {
  it('PMP with 70 units of which 30 Giving Back: only 25 Giving Back count', () => {
    const result = computeCeProgress(
      PMP,
      PMP_CYCLE,
      [entry('ways-of-working', 15), entry('power-skills', 15), entry('business-acumen', 10), entry('volunteering-and-content', 30, '2025-07-01')],
      '2025-08-01',
    );
    expect(result.progress).toMatchObject({ earned: 70, counted: 65, notCounted: 5, stillNeeded: 0, complete: true, required: 60, unitName: 'PDU' });
    expect(group(result, 'giving-back')).toMatchObject({ earned: 30, counted: 25, notCounted: 5, max: 25 });
    expect(result.entries.at(-1)).toMatchObject({ counted: 25, notCounted: 5, reason: 'above the Giving Back to the Profession cap of 25' });
  });

  it('a cycle with too few Power Skills units is not complete, whatever the total', () => {
    const result = computeCeProgress(
      PMP,
      PMP_CYCLE,
      [entry('ways-of-working', 30), entry('power-skills', 4), entry('business-acumen', 10), entry('volunteering-and-content', 20)],
      '2025-08-01',
    );
    expect(result.progress.counted).toBe(64);
    expect(category(result, 'power-skills')).toMatchObject({ counted: 4, min: 8, stillNeeded: 4 });
    expect(result.progress).toMatchObject({ stillNeeded: 4, complete: false });
  });

  it.each([
    // name, entries, stillNeeded: the fewest units that would still complete the cycle
    ['nothing logged', [], 60],
    ['Education short as a group though each area is met', [entry('ways-of-working', 8), entry('power-skills', 8), entry('business-acumen', 8), entry('volunteering-and-content', 25)], 11],
    ['total short only', [entry('ways-of-working', 20), entry('power-skills', 10), entry('business-acumen', 10)], 20],
    ['two areas short, more than the total shortfall', [entry('ways-of-working', 35), entry('volunteering-and-content', 20)], 16],
  ])('PMP: %s → %d still needed', (_name, entries, stillNeeded) => {
    expect(computeCeProgress(PMP, PMP_CYCLE, entries, '2025-08-01').progress.stillNeeded).toBe(stillNeeded);
  });

  it('caps Working as a practitioner at 8 inside Giving Back, in date order', () => {
    const result = computeCeProgress(PMP, PMP_CYCLE, [entry('working-as-practitioner', 6, '2024-03-01'), entry('working-as-practitioner', 6, '2024-04-01')], '2025-01-01');
    expect(result.entries.map((e) => [e.counted, e.notCounted])).toEqual([
      [6, 0],
      [2, 4],
    ]);
    expect(result.entries[1]?.reason).toBe('above the Working as a practitioner cap of 8');
  });

  it('PMI-ACP has its own, smaller totals', () => {
    const result = computeCeProgress(ACP, { start: '2025-06-01', end: '2028-05-31' }, [entry('power-skills', 10), entry('volunteering-and-content', 20)], '2026-01-01');
    expect(result.progress).toMatchObject({ required: 30, counted: 22, notCounted: 8 });
  });

  it('CompTIA work experience: at most 3 CEUs a cycle year and 9 a cycle', () => {
    const cycle = { start: '2025-03-10', end: '2028-03-09' };
    const result = computeCeProgress(
      SECURITY_PLUS,
      cycle,
      [entry('work-experience', 5, '2025-05-01'), entry('work-experience', 3, '2026-05-01'), entry('work-experience', 4, '2027-05-01'), entry('training', 10, '2027-06-01')],
      '2027-07-01',
    );
    expect(result.entries.map((e) => e.counted)).toEqual([3, 3, 3, 10]);
    expect(result.entries[0]?.reason).toBe('above the Work experience (employer letter on letterhead) cap of 3 a year');
    expect(category(result, 'work-experience')).toMatchObject({ earned: 12, counted: 9, notCounted: 3 });
  });

  it('PeopleCert: 20 CPD points in each year; a past year below it cannot be made up', () => {
    const cycle = { start: '2024-01-01', end: '2026-12-31' };
    const result = computeCeProgress(
      PRINCE2_PRACTITIONER,
      cycle,
      [entry('professional-experience', 10, '2024-06-01'), entry('professional-experience', 15, '2025-06-01'), entry('community', 10, '2025-07-01')],
      '2025-07-01',
    );
    expect(result.progress.years.map((y) => [y.counted, y.stillNeeded, y.missed])).toEqual([
      [10, 10, true],
      [25, 0, false],
      [0, 20, false],
    ]);
    expect(result.progress).toMatchObject({ complete: false, stillNeeded: 25 });
  });

  it('counts carried-in units first and reports them', () => {
    const carried: CeEntry = { id: 'carry', date: PMP_CYCLE.start, units: 20, categoryId: 'volunteering-and-content', carriedIn: true };
    const result = computeCeProgress(PMP, PMP_CYCLE, [entry('volunteering-and-content', 10, '2024-02-01'), carried], '2025-01-01');
    expect(result.progress.carriedIn).toBe(20);
    expect(result.entries.find((e) => e.id === 'carry')).toMatchObject({ counted: 20, notCounted: 0 });
    expect(group(result, 'giving-back')).toMatchObject({ counted: 25, notCounted: 5 });
  });

  it('shows an activity in a category the rules do not know as not counting', () => {
    const result = computeCeProgress(PMP, PMP_CYCLE, [entry('cpd', 5)], '2025-01-01');
    expect(result.entries[0]).toMatchObject({ counted: 0, notCounted: 5, reason: 'the rules have no category “cpd”' });
  });

  it('adds quarter units without float noise', () => {
    const quarters = Array.from({ length: 10 }, () => entry('power-skills', 0.1 + 0.15));
    expect(computeCeProgress(PMP, PMP_CYCLE, quarters, '2025-01-01').progress.counted).toBe(2.5);
  });
});
