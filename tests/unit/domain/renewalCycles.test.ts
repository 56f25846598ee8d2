import { describe, expect, it } from 'vitest';
import { computeCycles, cycleHolding, cycleYearOf } from '../../../src/main/core/domain/renewalCycles';
import type { RenewalRecord } from '../../../src/shared/schemas/renewal';
import { AWS_SAA, PMP, PSM1, SECURITY_PLUS } from './fixtures';

const renewal = (cycleStart: string, approvedOn: string | null, feePaid = true): RenewalRecord => ({
  id: `renewal-${cycleStart}`,
  cycleStart,
  submittedOn: approvedOn ?? cycleStart,
  approvedOn,
  feePaid,
});

describe('computeCycles', () => {
  it.each([
    // rules, earned, renewals, expected [start, end, suspensionEnd, expiresOn, countsUntil, state][]
    ['PMP: three years from the pass date, a year of suspension', PMP, '2024-01-15', [], [['2024-01-15', '2027-01-14', '2028-01-14', '2028-01-15', '2028-01-14', 'open']]],
    ['PMP from 29 February: the anniversary falls on the 28th', PMP, '2024-02-29', [], [['2024-02-29', '2027-02-27', '2028-02-27', '2028-02-28', '2028-02-27', 'open']]],
    [
      'a renewal approved with the fee paid starts the next cycle the day after',
      PMP,
      '2024-01-15',
      [renewal('2024-01-15', '2026-12-01')],
      [
        ['2024-01-15', '2027-01-14', '2028-01-14', '2028-01-15', '2027-01-14', 'renewed'],
        ['2027-01-15', '2030-01-14', '2031-01-14', '2031-01-15', '2031-01-14', 'open'],
      ],
    ],
    ['a renewal submitted but not approved starts nothing', PMP, '2024-01-15', [renewal('2024-01-15', null)], [['2024-01-15', '2027-01-14', '2028-01-14', '2028-01-15', '2028-01-14', 'open']]],
    ['an approved renewal without the fee starts nothing', PMP, '2024-01-15', [renewal('2024-01-15', '2026-12-01', false)], [['2024-01-15', '2027-01-14', '2028-01-14', '2028-01-15', '2028-01-14', 'open']]],
    [
      'renewed late, during the suspension: units up to the approval complete the old cycle',
      PMP,
      '2024-01-15',
      [renewal('2024-01-15', '2027-05-01')],
      [
        ['2024-01-15', '2027-01-14', '2028-01-14', '2028-01-15', '2027-05-01', 'renewed'],
        ['2027-01-15', '2030-01-14', '2031-01-14', '2031-01-15', '2031-01-14', 'open'],
      ],
    ],
    ['CompTIA: no suspension, expires the day after the cycle', SECURITY_PLUS, '2025-03-10', [], [['2025-03-10', '2028-03-09', null, '2028-03-10', '2028-03-09', 'open']]],
    ['AWS: renewed by retaking, suspension unknown', AWS_SAA, '2025-03-10', [], [['2025-03-10', '2028-03-09', null, '2028-03-10', '2028-03-09', 'open']]],
  ] as const)('%s', (_name, rules, earned, renewals, expected) => {
    const cycles = computeCycles(rules, earned, renewals);
    expect(cycles.map((c) => [c.start, c.end, c.suspensionEnd, c.expiresOn, c.countsUntil, c.state])).toEqual(expected);
  });

  it('has no cycles for a lifetime credential or without rules', () => {
    expect(computeCycles(PSM1, '2020-01-01', [])).toEqual([]);
    expect(computeCycles(null, '2020-01-01', [])).toEqual([]);
    expect(computeCycles({ ...PMP, cycleYears: null }, '2020-01-01', [])).toEqual([]);
  });

  it('puts a date in the cycle whose window holds it', () => {
    const cycles = computeCycles(PMP, '2024-01-15', [renewal('2024-01-15', '2027-05-01')]);
    expect(cycleHolding(cycles, '2024-01-14')).toBeUndefined();
    expect(cycleHolding(cycles, '2027-01-20')?.index).toBe(0);
    expect(cycleHolding(cycles, '2027-05-02')?.index).toBe(1);
    expect(cycles[1]?.countsFrom).toBe('2027-05-02');
  });
});

describe('cycleYearOf', () => {
  it.each([
    ['2024-01-15', 0],
    ['2025-01-14', 0],
    ['2025-01-15', 1],
    ['2026-01-15', 2],
    // After the end (during a suspension) a date still belongs to the last year.
    ['2027-06-01', 2],
  ])('%s is in year %i of a cycle from 2024-01-15', (date, year) => {
    expect(cycleYearOf('2024-01-15', date, 3)).toBe(year);
  });
});
