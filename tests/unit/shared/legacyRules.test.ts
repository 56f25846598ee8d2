import { describe, expect, it } from 'vitest';
import { computeCarryOver } from '../../../src/main/core/domain/carryOver';
import { computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { CertificationSchema, MaintenanceSchema } from '../../../src/shared/schemas/certification';
import { upgradeStoredCertification, upgradeStoredMaintenance } from '../../../src/shared/schemas/rules/legacyRules';
import { LEGACY_PEOPLECERT_MAINTENANCE, LEGACY_PMP_SNAPSHOT } from '../catalog/fixtures/legacyPmpSnapshot';

/** Rules stored by the first release load in the current shape and behave exactly as they did. */
describe('rules stored before dated outlines', () => {
  const upgraded = CertificationSchema.parse(upgradeStoredCertification(structuredClone(LEGACY_PMP_SNAPSHOT)));

  it('load as one undated outline with the same size, time and weights', () => {
    expect(upgraded.exam.outlines).toEqual([
      {
        id: 'outline',
        name: 'exam outline',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 185,
        scoredQuestions: 175,
        durationMinutes: 240,
        breaks: null,
        format: 'Multiple choice, multiple response, matching, hotspot and limited fill-in items',
        domains: LEGACY_PMP_SNAPSHOT.exam.domains,
      },
    ]);
    expect(upgraded.exam.fees).toEqual(LEGACY_PMP_SNAPSHOT.exam.fees);
  });

  it('keep carrying the whole last-year excess, as before (no maximum)', () => {
    expect(upgraded.maintenance.carryOver).toEqual({ rule: 'last-year-excess', maxUnits: 'no-limit' });
    const cycle = { start: '2024-01-15', end: '2027-01-14' };
    const entries = [
      { id: 'a', date: '2024-05-01', units: 60, categoryId: 'power-skills' },
      { id: 'b', date: '2026-06-01', units: 30, categoryId: 'business-acumen' },
    ];
    const { entries: outcomes } = computeCeProgress(upgraded.maintenance, cycle, entries, '2027-01-14');
    expect(computeCarryOver(upgraded.maintenance, cycle, entries, outcomes).reduce((s, e) => s + e.units, 0)).toBe(30);
  });

  it('keep sources, with their kind and the month they were read', () => {
    expect(upgraded.sources[0]).toEqual({ id: 'pmi-hk-exam', url: 'https://www.pmi.org.hk/pmp-exam-taking/', title: 'PMI Hong Kong chapter: taking the PMP exam', kind: 'third-party', pageDate: null, readIn: 'November 2026', note: null });
    expect(upgraded.facts['exam.size']).toEqual({ confidence: 'low', sourceIds: [], note: 'About 185 questions, not confirmed.', conflict: null });
  });

  it('keep every requirement and application rule, with the new fields at their defaults', () => {
    expect(upgraded.paths[0]?.requirements[2]).toMatchObject({ kind: 'training', hours: 35, substitutedBy: ['pmi-capm'], coveredByGacCoursework: false, conflictingHours: null });
    expect(upgraded.application).toMatchObject({ auditResponseDays: 90, eligibilityMonths: 12, attemptsAllowed: 3, lockoutMonths: null, audit: null });
  });

  it('are left alone once current: upgrading twice changes nothing', () => {
    expect(upgradeStoredCertification(upgradeStoredCertification(structuredClone(LEGACY_PMP_SNAPSHOT)))).toEqual(upgradeStoredCertification(structuredClone(LEGACY_PMP_SNAPSHOT)));
    const current = CertificationSchema.parse(upgraded);
    expect(upgradeStoredCertification(structuredClone(current))).toEqual(current);
  });

  it('turn a yearly minimum into the per-year rule and keep counting 20 a year', () => {
    const m = MaintenanceSchema.parse(upgradeStoredMaintenance(structuredClone(LEGACY_PEOPLECERT_MAINTENANCE)));
    expect(m.perYear).toEqual({ minimum: 20, categoryMinimums: [] });
    expect(m.carryOver).toEqual({ rule: 'none' });
    const { progress } = computeCeProgress(m, { start: '2024-01-01', end: '2026-12-31' }, [{ id: 'a', date: '2024-06-01', units: 10, categoryId: 'cpd' }], '2025-07-01');
    expect(progress.years[0]).toMatchObject({ counted: 10, stillNeeded: 10, missed: true });
  });
});
