import { describe, expect, it } from 'vitest';
import { computeCarryOver } from '../../../src/main/core/domain/carryOver';
import { type CeEntry, computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { PMP, PRINCE2_PRACTITIONER } from './fixtures';

const CYCLE = { start: '2024-01-15', end: '2027-01-14' };
const e = (id: string, categoryId: string, units: number, date: string): CeEntry => ({ id, date, units, categoryId });

function carry(rules: typeof PMP, entries: CeEntry[]) {
  const { entries: outcomes } = computeCeProgress(rules, CYCLE, entries, '2027-01-14');
  return computeCarryOver(rules, CYCLE, entries, outcomes).map((c) => [c.categoryId, c.units, c.date, c.carriedIn]);
}

describe('computeCarryOver (PMI: units above the total earned in the last year move on)', () => {
  it.each([
    [
      'the excess, all earned in the last year',
      [e('a', 'power-skills', 40, '2024-05-01'), e('b', 'business-acumen', 30, '2026-06-01')],
      [['business-acumen', 10, '2027-01-15', true]],
    ],
    [
      'no more than the last year brought, even with a larger excess',
      [e('a', 'power-skills', 70, '2024-05-01'), e('b', 'business-acumen', 5, '2026-06-01')],
      [['business-acumen', 5, '2027-01-15', true]],
    ],
    [
      'the latest activities go first, keeping their categories',
      [e('a', 'power-skills', 55, '2024-05-01'), e('b', 'ways-of-working', 10, '2026-03-01'), e('c', 'business-acumen', 4, '2026-12-01')],
      [
        ['business-acumen', 4, '2027-01-15', true],
        ['ways-of-working', 5, '2027-01-15', true],
      ],
    ],
    ['nothing when the total is not exceeded', [e('a', 'power-skills', 60, '2026-05-01')], []],
    [
      // 40 above the total, all from the last year; PMP carries at most 20 (research notes §1.1, PMIUK/OSP).
      'no more than the rule’s maximum (PMP: 20)',
      [e('a', 'power-skills', 60, '2024-05-01'), e('b', 'volunteering-and-content', 20, '2026-05-01'), e('c', 'business-acumen', 20, '2026-06-01')],
      [
        ['business-acumen', 20, '2027-01-15', true],
      ],
    ],
    [
      'units above a cap do not carry (Giving Back at most 25)',
      [e('a', 'power-skills', 50, '2024-05-01'), e('b', 'volunteering-and-content', 30, '2026-05-01'), e('c', 'volunteering-and-content', 10, '2026-06-01')],
      [['volunteering-and-content', 15, '2027-01-15', true]],
    ],
    ['units earned after the cycle ended (suspension) do not carry', [e('a', 'power-skills', 60, '2024-05-01'), e('b', 'business-acumen', 10, '2027-03-01')], []],
  ] as const)('%s', (_name, entries, expected) => {
    expect(carry(PMP, [...entries])).toEqual(expected);
  });

  it('is empty where the rules allow no carry-over', () => {
    expect(carry(PRINCE2_PRACTITIONER, [e('a', 'professional-experience', 15, '2026-05-01')])).toEqual([]);
  });
});
