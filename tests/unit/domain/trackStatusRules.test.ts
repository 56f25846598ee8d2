import { describe, expect, it } from 'vitest';
import { applicationMoves, eligibilityMove } from '../../../src/main/core/domain/trackStatusRules';
import type { ApplicationStatus } from '../../../src/shared/schemas/application';
import type { TrackStatus } from '../../../src/shared/schemas/track';

describe('status moves from the eligibility result', () => {
  it.each<[TrackStatus, boolean, boolean, TrackStatus | null]>([
    ['exploring', false, false, null],
    ['exploring', false, true, 'qualifying'],
    ['exploring', true, true, 'eligible'],
    // Rules that ask for nothing are "met" with nothing recorded; the track stays where it is.
    ['exploring', true, false, null],
    ['qualifying', true, true, 'eligible'],
    ['qualifying', false, true, null],
    ['qualifying', false, false, null],
    ['eligible', false, true, 'qualifying'],
    ['eligible', false, false, 'qualifying'],
    ['eligible', true, true, null],
    // Later stages belong to other slices and are never pulled back from here.
    ['applied', false, true, null],
    ['approved', false, false, null],
    ['scheduled', false, true, null],
    ['active', false, true, null],
  ])('%s, met %s, records %s → %s', (current, met, records, expected) => {
    const move = eligibilityMove(current, met, records);
    expect(move?.to ?? null).toBe(expected);
    if (move) expect(move.from).toContain(current);
  });
});

describe('status moves from the application', () => {
  it.each<[ApplicationStatus | null, string[]]>([
    ['drafting', ['eligible ← applied,approved']],
    ['submitted', ['applied ← exploring,qualifying,eligible,approved']],
    ['under-review', ['applied ← exploring,qualifying,eligible,approved']],
    ['in-audit', ['applied ← exploring,qualifying,eligible,approved']],
    ['approved', ['applied ← exploring,qualifying,eligible', 'approved ← applied']],
    ['rejected', ['eligible ← applied,approved']],
    [null, ['eligible ← applied,approved']],
  ])('%s', (status, expected) => {
    expect(applicationMoves(status).map((m) => `${m.to} ← ${m.from.join(',')}`)).toEqual(expected);
  });

  it('never starts from a stage after approval', () => {
    const later: TrackStatus[] = ['scheduled', 'passed', 'failed', 'active', 'renewal-due', 'suspended', 'expired'];
    for (const status of [null, 'drafting', 'submitted', 'under-review', 'in-audit', 'approved', 'rejected'] as const) {
      for (const move of applicationMoves(status)) expect(move.from.filter((s) => later.includes(s))).toEqual([]);
    }
  });
});
