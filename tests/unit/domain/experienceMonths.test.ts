import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExperienceSpan,
  attributeMonths,
  countUniqueExperienceMonths,
  countedMonths,
  entryLength,
  overlappingMonths,
} from '../../../src/main/core/domain/experienceMonths';
import { monthIndexOf, monthOf, monthOfDate, toRuns } from '../../../src/main/core/domain/months';

const NOV_2026 = monthIndexOf('2026-11');
let seq = 0;
const e = (startMonth: string, endMonth: string | null): ExperienceSpan => ({ id: `e${++seq}`, startMonth, endMonth });

describe('unique months of experience (PMP: 96-month window ending November 2026)', () => {
  it.each<[string, ExperienceSpan[], number]>([
    ['no experience', [], 0],
    ['one entry of exactly 36 months', [e('2023-12', '2026-11')], 36],
    ['two overlapping entries count the shared months once', [e('2021-01', '2022-06'), e('2022-01', '2022-12')], 24],
    ['an entry inside another adds nothing', [e('2020-01', '2022-12'), e('2021-03', '2021-08')], 36],
    ['an entry partly outside the window counts only its months inside', [e('2017-01', '2019-12')], 13],
    ['an entry wholly before the window counts nothing', [e('2010-01', '2018-11')], 0],
    ['an ongoing entry runs to the current month', [e('2025-12', null)], 12],
    ['a gap between entries is not counted', [e('2020-01', '2020-06'), e('2021-01', '2021-06')], 12],
    ['start and end month alone count in full (a one-month entry)', [e('2026-02', '2026-02')], 1],
    ['the same entry twice counts once', [e('2022-01', '2022-12'), e('2022-01', '2022-12')], 12],
  ])('%s', (_name, entries, expected) => {
    expect(countUniqueExperienceMonths(entries, { asOf: NOV_2026, windowMonths: 96 })).toBe(expected);
  });

  it('counts every month when the requirement has no window', () => {
    expect(countUniqueExperienceMonths([e('2000-01', '2009-12')], { asOf: NOV_2026, windowMonths: null })).toBe(120);
  });

  it('leap-year February: today 29 February 2024 is month 2024-02, which counts as one whole month', () => {
    const asOf = monthIndexOf(monthOfDate('2024-02-29'));
    expect(monthOf(asOf)).toBe('2024-02');
    expect(countUniqueExperienceMonths([e('2024-02', '2024-02')], { asOf, windowMonths: 96 })).toBe(1);
    // An ongoing entry from March 2023 fills a 12-month window ending in February exactly.
    expect(countUniqueExperienceMonths([e('2023-03', null)], { asOf, windowMonths: 12 })).toBe(12);
    expect(countUniqueExperienceMonths([e('2023-02', null)], { asOf, windowMonths: 12 })).toBe(12);
    expect(countUniqueExperienceMonths([e('2023-12', '2024-03')], { asOf, windowMonths: 96 })).toBe(3);
  });

  it('ignores months after the evaluated one (an entry that has not started, or ends later)', () => {
    expect(countUniqueExperienceMonths([e('2027-01', null)], { asOf: NOV_2026, windowMonths: 96 })).toBe(0);
    expect(countUniqueExperienceMonths([e('2026-10', '2027-03')], { asOf: NOV_2026, windowMonths: 96 })).toBe(2);
  });

  it('marks overlapping months and folds months into runs', () => {
    const entries = [e('2021-01', '2022-06'), e('2022-01', '2022-12'), e('2022-06', '2022-07')];
    expect(toRuns(overlappingMonths(entries, NOV_2026))).toEqual([{ fromMonth: '2022-01', toMonth: '2022-07' }]);
    expect(toRuns(countedMonths(entries, { asOf: NOV_2026, windowMonths: 96 }))).toEqual([{ fromMonth: '2021-01', toMonth: '2022-12' }]);
  });

  it('credits each counted month to the earliest-starting entry, so per-entry months add up to the total', () => {
    const a = e('2021-01', '2022-06');
    const b = e('2022-01', '2022-12');
    expect(attributeMonths([b, a], { asOf: NOV_2026, windowMonths: 96 })).toEqual([
      { id: b.id, monthsInWindow: 12, uniqueMonths: 6 },
      { id: a.id, monthsInWindow: 18, uniqueMonths: 18 },
    ]);
  });
});

describe('unique months: properties', () => {
  const month = fc.integer({ min: monthIndexOf('2010-01'), max: NOV_2026 });
  const entry = fc.tuple(month, month, fc.boolean()).map(([a, b, ongoing]) => ({ startMonth: monthOf(Math.min(a, b)), endMonth: ongoing ? null : monthOf(Math.max(a, b)) }));
  const entries = fc.array(entry, { maxLength: 8 }).map((list): ExperienceSpan[] => list.map((x, i) => ({ id: `p${i}`, ...x })));
  const window = fc.option(fc.integer({ min: 1, max: 200 }), { nil: null });

  it('never exceed the window nor the sum of entry lengths', () => {
    fc.assert(
      fc.property(entries, window, (list, windowMonths) => {
        const count = countUniqueExperienceMonths(list, { asOf: NOV_2026, windowMonths });
        const sum = list.reduce((s, x) => s + entryLength(x, NOV_2026), 0);
        expect(count).toBeLessThanOrEqual(sum);
        if (windowMonths !== null) expect(count).toBeLessThanOrEqual(windowMonths);
      }),
    );
  });

  it('do not depend on the order of the entries', () => {
    fc.assert(
      fc.property(entries, window, (list, windowMonths) => {
        const options = { asOf: NOV_2026, windowMonths };
        expect(countUniqueExperienceMonths([...list].reverse(), options)).toBe(countUniqueExperienceMonths(list, options));
      }),
    );
  });

  it('are at least the longest single entry inside the window, and the credited months add up to them', () => {
    fc.assert(
      fc.property(entries, window, (list, windowMonths) => {
        const options = { asOf: NOV_2026, windowMonths };
        const count = countUniqueExperienceMonths(list, options);
        const credited = attributeMonths(list, options);
        for (const one of list) expect(count).toBeGreaterThanOrEqual(countUniqueExperienceMonths([one], options));
        expect(credited.reduce((s, c) => s + c.uniqueMonths, 0)).toBe(count);
      }),
    );
  });
});
