import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExperienceSpan, countUniqueExperienceMonths } from '../../../src/main/core/domain/experienceMonths';
import { monthIndexOf, monthOf } from '../../../src/main/core/domain/months';
import { projectExperienceMonth } from '../../../src/main/core/domain/qualificationProjection';

const NOV_2026 = monthIndexOf('2026-11');
const e = (id: string, startMonth: string, endMonth: string | null): ExperienceSpan => ({ id, startMonth, endMonth });
const project = (entries: ExperienceSpan[], need: number, windowMonths: number | null) => {
  const month = projectExperienceMonth(entries, need, windowMonths, NOV_2026);
  return month === null ? null : monthOf(month);
};

describe('projected month the experience requirement is met', () => {
  it.each<[string, ExperienceSpan[], number, number | null, string | null]>([
    ['already met: this month', [e('a', '2023-12', '2026-11')], 36, 96, '2026-11'],
    ['no experience and nothing ongoing: never by time alone', [], 36, 96, null],
    ['short, nothing ongoing: never (months only fall out of the window)', [e('a', '2021-01', '2022-12')], 36, 96, null],
    ['12 ongoing months, 36 needed: 24 months on', [e('a', '2025-12', null)], 36, 96, '2028-11'],
    ['30 months with an ongoing entry: 6 months on', [e('a', '2021-01', '2022-06'), e('c', '2025-12', null)], 36, 96, '2027-05'],
    // 24 old months leave the window as fast as the ongoing entry adds new ones: 35 months until
    // the old entry has gone, then the ongoing one alone reaches 36.
    ['old months falling out of the window hold it at 35 until December 2028', [e('old', '2018-12', '2020-11'), e('now', '2026-01', null)], 36, 96, '2028-12'],
    ['a wide window keeps old months: 12 + 11 now, 13 more to go', [e('a', '2000-01', '2000-12'), e('b', '2026-01', null)], 36, 96 * 100, '2027-12'],
    ['no window at all', [e('a', '2026-06', null)], 10, null, '2027-03'],
    ['a window shorter than the need can never be filled', [e('a', '2020-01', null)], 24, 12, null],
  ])('%s', (_name, entries, need, windowMonths, expected) => {
    expect(project(entries, need, windowMonths)).toBe(expected);
  });

  it('is the first month the count reaches the need (checked month by month)', () => {
    const month = fc.integer({ min: monthIndexOf('2015-01'), max: NOV_2026 });
    const entry = fc.tuple(month, month, fc.boolean()).map(([a, b, ongoing]) => ({ startMonth: monthOf(Math.min(a, b)), endMonth: ongoing ? null : monthOf(Math.max(a, b)) }));
    const entries = fc.array(entry, { maxLength: 5 }).map((list): ExperienceSpan[] => list.map((x, i) => ({ id: `p${i}`, ...x })));
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 120 }), (entries, need, windowMonths) => {
        const found = projectExperienceMonth(entries, need, windowMonths, NOV_2026);
        if (found === null) {
          for (let m = NOV_2026; m <= NOV_2026 + need + windowMonths + 12; m++) {
            expect(countUniqueExperienceMonths(entries, { asOf: m, windowMonths })).toBeLessThan(need);
          }
          return;
        }
        expect(countUniqueExperienceMonths(entries, { asOf: found, windowMonths })).toBeGreaterThanOrEqual(need);
        for (let m = NOV_2026; m < found; m++) expect(countUniqueExperienceMonths(entries, { asOf: m, windowMonths })).toBeLessThan(need);
      }),
      { numRuns: 60 },
    );
  });
});
