import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT } from '../../../src/main/core/catalog';
import { describeRulesChanges } from '../../../src/main/core/domain/rulesDiff/describeRulesChanges';
import { type Certification, CertificationSchema } from '../../../src/shared/schemas/certification';
import { upgradeStoredCertification } from '../../../src/shared/schemas/rules/legacyRules';
import { LEGACY_PMP_SNAPSHOT } from '../catalog/fixtures/legacyPmpSnapshot';

const builtin = (id: string): Certification => {
  const entry = BUILTIN_CATALOG.find((c) => c.id === id);
  if (!entry) throw new Error(id);
  return CertificationSchema.parse({ ...entry, origin: 'builtin', updatedAt: BUILTIN_CATALOG_RELEASED_AT, copiedFrom: null });
};
const nameOf = (id: string) => BUILTIN_CATALOG.find((c) => c.id === id)?.acronym ?? id;
const old = CertificationSchema.parse(upgradeStoredCertification(structuredClone(LEGACY_PMP_SNAPSHOT)));

describe('what changes when a PMP track moves from the first catalog to the December 2026 rules', () => {
  const texts = (on: string) => describeRulesChanges(old, builtin('pmi-pmp'), on, nameOf).map((c) => c.text);

  it('names the exam change for an exam after 9 July 2026, field by field', () => {
    const changes = texts('2026-12-01');
    expect(changes).toContain('PMP exam on 12/01/2026: 185 → 180 questions');
    expect(changes).toContain('PMP exam on 12/01/2026: 175 → 170 scored questions');
    expect(changes).toContain('Exam fee: $405 (PMI member) → $425 (PMI member), $675 (Non-member)');
    expect(changes).toContain('The exam now changes on a date: 2021 exam content outline (until 07/08/2026); July 2026 exam content outline (from 07/09/2026)');
  });

  it('names the weights and time for an exam before the switch', () => {
    const changes = texts('2026-05-01');
    expect(changes).toContain('PMP exam on 05/01/2026: 240 → 230 minutes');
    expect(changes).toContain('PMP exam on 05/01/2026: Business Environment falls from 26% to 8%, People rises from 33% to 42%, Process rises from 41% to 50%');
  });

  it('says the carry-over is now capped, and the new application rules', () => {
    const changes = texts('2026-12-01');
    expect(changes).toContain('Carry-over now capped at 20 PDUs');
    expect(changes).toContain('Keep evidence after the cycle ends: Unknown → 18 months');
    expect(changes).toContain('Wait after the last failed attempt: Unknown → 12 months');
    expect(changes.find((c) => c.startsWith('New path “GAC-accredited degree”'))).toMatch(/24 months of leading projects .* or hold CAPM — or the core coursework of a GAC-accredited degree$/);
  });

  it('keeps each change in its section', () => {
    const sections = new Set(describeRulesChanges(old, builtin('pmi-pmp'), '2026-12-01', nameOf).map((c) => c.section));
    expect([...sections]).toEqual(expect.arrayContaining(['prerequisites', 'application', 'exam', 'renewal', 'sources']));
  });

  it('finds nothing between identical rules', () => {
    expect(describeRulesChanges(builtin('pmi-pmp'), builtin('pmi-pmp'), '2026-12-01', nameOf)).toEqual([]);
  });
});

describe('other changes in plain words', () => {
  it('new paths and removed requirements', () => {
    const acp = builtin('pmi-acp');
    const before = { ...acp, paths: acp.paths.filter((p) => p.id !== 'pmp-holder') };
    expect(describeRulesChanges(before, acp, '2026-12-01', nameOf).map((c) => c.text)).toContain(
      'New path “PMP holder”: Secondary (high school or equivalent) or higher; Hold PMP; 28 hours of agile training (sources disagree: 21 or 28 hours)',
    );
  });

  it('categories, caps on kinds and yearly rules', () => {
    const sec = builtin('comptia-security-plus');
    const before: Certification = {
      ...sec,
      maintenance: { ...sec.maintenance, groups: sec.maintenance.groups.map((g) => ({ ...g, categories: g.categories.map((c) => ({ ...c, activityTypes: c.activityTypes.filter((t) => t.id !== 'live-webinar') })) })) },
    };
    expect(describeRulesChanges(before, sec, '2026-12-01', nameOf).map((c) => c.text)).toContain('Training and higher education (about 1 CEU an hour): Live webinar capped at 10');
    const p2 = builtin('peoplecert-prince2-7-foundation');
    const noYearly: Certification = { ...p2, maintenance: { ...p2.maintenance, perYear: null } };
    expect(describeRulesChanges(noYearly, p2, '2026-12-01', nameOf).map((c) => c.text)).toContain(
      'Every year of the cycle: none → At least 20 CPD points in each year of the cycle, 5 of them from Professional Experience; a year below it cannot be made up later.',
    );
  });
});
