import { describe, expect, it } from 'vitest';
import { computeCredentialStatus, trackStatusFor } from '../../../src/main/core/domain/credentialStatus';
import { computeCycles } from '../../../src/main/core/domain/renewalCycles';
import { AWS_SAA, PMP, SECURITY_PLUS } from './fixtures';

// PMP earned 2024-01-15: cycle ends 2027-01-14, suspension until 2028-01-14.
const pmpCycle = computeCycles(PMP, '2024-01-15', [])[0] ?? null;
const secCycle = computeCycles(SECURITY_PLUS, '2024-01-15', [])[0] ?? null;
const awsCycle = computeCycles(AWS_SAA, '2024-01-15', [])[0] ?? null;

describe('computeCredentialStatus', () => {
  it.each([
    ['on pace, mid-cycle', 'continuing-education', pmpCycle, '2025-06-01', false, true, 'on-track'],
    ['behind pace, mid-cycle', 'continuing-education', pmpCycle, '2025-06-01', false, false, 'behind'],
    ['requirements met early', 'continuing-education', pmpCycle, '2025-06-01', true, true, 'complete'],
    ['the day before the last 90 days', 'continuing-education', pmpCycle, '2026-10-16', true, true, 'complete'],
    ['the last 90 days, complete: renew now', 'continuing-education', pmpCycle, '2026-10-17', true, true, 'renewal-due'],
    ['the last 90 days, not complete', 'continuing-education', pmpCycle, '2027-01-14', false, false, 'renewal-due'],
    ['a cycle that ended 2 months ago: suspended', 'continuing-education', pmpCycle, '2027-03-14', false, false, 'suspended'],
    ['the last day of the suspension', 'continuing-education', pmpCycle, '2028-01-14', false, false, 'suspended'],
    ['a cycle that ended 13 months ago: expired', 'continuing-education', pmpCycle, '2028-02-14', false, false, 'expired'],
    ['CompTIA has no suspension: expired the day after', 'continuing-education', secCycle, '2027-01-15', false, false, 'expired'],
    ['renewed by retaking, before the due stretch', 'retake', awsCycle, '2025-06-01', false, true, 'active'],
    ['renewed by retaking, due', 'retake', awsCycle, '2026-12-01', false, true, 'renewal-due'],
    ['lifetime', 'none', null, '2025-06-01', false, true, 'lifetime'],
    ['rules not researched', 'unknown', null, '2025-06-01', false, true, 'unknown'],
    ['no rules captured', null, null, '2025-06-01', false, true, 'unknown'],
  ] as const)('%s → %s', (_name, kind, cycle, today, complete, onPace, expected) => {
    expect(computeCredentialStatus({ kind, cycle, today, complete, onPace })).toBe(expected);
  });
});

describe('trackStatusFor', () => {
  it.each([
    ['on-track', 'active'],
    ['behind', 'active'],
    ['complete', 'active'],
    ['lifetime', 'active'],
    ['renewal-due', 'renewal-due'],
    ['suspended', 'suspended'],
    ['expired', 'expired'],
  ] as const)('%s → %s', (status, track) => {
    expect(trackStatusFor(status)).toBe(track);
  });
});
