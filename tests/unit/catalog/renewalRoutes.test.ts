import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../../src/main/core/catalog';
import { toBuiltinCertification } from '../../../src/main/core/catalog/syncBuiltinCatalog';
import { otherRenewalRoutes } from '../../../src/main/core/services/renewalRoutes';
import type { Certification } from '../../../src/shared/schemas/certification';

const certification = (id: string): Certification => {
  const entry = BUILTIN_CATALOG.find((e) => e.id === id);
  if (!entry) throw new Error(`no built-in ${id}`);
  return toBuiltinCertification(entry, '2026-12-10T00:00:00.000Z');
};

describe('other ways to renew, from the catalog’s structured routes', () => {
  it('lists PeopleCert’s retake and another exam of the suite (research notes §2.1: three routes, the third is CPD)', () => {
    expect(otherRenewalRoutes({ rules: certification('peoplecert-prince2-7-practitioner') })?.map((r) => r.kind)).toEqual(['retake-exam', 'another-exam-in-suite']);
  });

  it('lists Security+’s single-activity routes with CertMaster CE’s version limit (§3.1: SY0-601 or earlier only)', () => {
    const routes = otherRenewalRoutes({ rules: certification('comptia-security-plus') }) ?? [];
    expect(routes.map((r) => r.kind)).toEqual(['retake-exam', 'higher-certification', 'higher-certification', 'single-activity']);
    expect(routes.at(-1)?.condition).toBe('Only for Security+ SY0-601 or earlier, not SY0-701');
  });

  it('is Unknown (null) where the notes do not say — PMP, PMI-PMOCP — and for a credential without catalog rules', () => {
    expect(otherRenewalRoutes({ rules: certification('pmi-pmp') })).toBeNull();
    expect(otherRenewalRoutes({ rules: certification('pmi-pmocp') })).toBeNull();
    expect(otherRenewalRoutes({ rules: null })).toBeNull();
  });

  it('reads a built-in entry’s routes from this release when the snapshot was taken before routes were recorded', () => {
    const csm = certification('scrumalliance-csm');
    const older: Certification = { ...csm, maintenance: { ...csm.maintenance, otherRoutes: null } };
    expect(otherRenewalRoutes({ rules: older })?.map((r) => r.kind)).toEqual(['new-course']);
    // A custom entry is the person's: nothing is borrowed from the built-in one it was copied from.
    expect(otherRenewalRoutes({ rules: { ...older, origin: 'custom', id: 'my-csm' } })).toBeNull();
  });
});
