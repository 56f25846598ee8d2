import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOG,
  BUILTIN_CATALOG_RELEASED_AT,
  BUILTIN_LADDERS,
} from '../../../src/main/core/catalog';
import type { BuiltinEntry } from '../../../src/main/core/catalog/builtinEntry';
import {
  type Certification,
  CertificationSchema,
  FACT_KEYS,
  type Requirement,
} from '../../../src/shared/schemas/certification';

const REQUIRED_IDS = [
  'pmi-pmocp',
  'pmi-pmp',
  'pmi-capm',
  'pmi-pgmp',
  'pmi-pfmp',
  'pmi-acp',
  'pmi-rmp',
  'pmi-sp',
  'pmi-pba',
  'aipmo-ipmo-f',
  'aipmo-ipmo-p',
  'aipmo-ipmo-e',
  'pmoga-pmo-cp',
  'peoplecert-prince2-7-foundation',
  'peoplecert-prince2-7-practitioner',
  'peoplecert-p3o-foundation',
  'peoplecert-p3o-practitioner',
  'peoplecert-msp5-foundation',
  'peoplecert-msp5-practitioner',
  'peoplecert-mop-foundation',
  'peoplecert-mop-practitioner',
  'scrumorg-psm-1',
  'scrumalliance-csm',
  'comptia-security-plus',
  'aws-saa-c03',
];

const BODIES = [
  'PMI',
  'AIPMO',
  'PMO Global Alliance',
  'PeopleCert',
  'Scrum.org',
  'Scrum Alliance',
  'CompTIA',
  'AWS',
];

function parse(entry: BuiltinEntry): Certification {
  return CertificationSchema.parse({
    ...entry,
    origin: 'builtin',
    updatedAt: BUILTIN_CATALOG_RELEASED_AT,
    copiedFrom: null,
  });
}

const parsed = BUILTIN_CATALOG.map(parse);
const byId = new Map(parsed.map((c) => [c.id, c]));
const catalogIds = new Set(byId.keys());

function get(id: string): Certification {
  const cert = byId.get(id);
  if (!cert) throw new Error(`Missing catalog entry ${id}`);
  return cert;
}

function requirements(cert: Certification): Requirement[] {
  return cert.paths.flatMap((p) => p.requirements);
}

describe('built-in catalog', () => {
  const cases = BUILTIN_CATALOG.map((e) => [e.id, e] as const);
  it.each(cases)('%s parses as a certification', (_id, entry) => {
    const result = CertificationSchema.safeParse({
      ...entry,
      origin: 'builtin',
      updatedAt: BUILTIN_CATALOG_RELEASED_AT,
      copiedFrom: null,
    });
    const issues = result.success ? '' : JSON.stringify(result.error.issues, null, 2);
    expect(result.success, issues).toBe(true);
  });

  it('has unique ids', () => {
    const ids = BUILTIN_CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 20 entries including every required id', () => {
    expect(BUILTIN_CATALOG.length).toBeGreaterThanOrEqual(20);
    for (const id of REQUIRED_IDS) expect(catalogIds, id).toContain(id);
  });

  it('uses one of the known body names as the facet', () => {
    for (const cert of parsed) expect(BODIES, cert.id).toContain(cert.body);
  });

  it('gives every entry at least one source and an overview fact', () => {
    for (const cert of parsed) {
      expect(cert.sources.length, cert.id).toBeGreaterThan(0);
      expect(cert.facts.overview, cert.id).toBeDefined();
    }
  });

  it('cites only sources listed in the same entry, under known fact keys', () => {
    for (const cert of parsed) {
      const sourceIds = new Set(cert.sources.map((s) => s.id));
      const outlineIds = new Set(cert.exam.outlines.map((o) => `outline:${o.id}`));
      for (const [key, fact] of Object.entries(cert.facts)) {
        if (key.startsWith('outline:')) expect(outlineIds, `${cert.id} ${key}`).toContain(key);
        else expect(FACT_KEYS as readonly string[], `${cert.id} ${key}`).toContain(key);
        for (const id of fact.sourceIds) expect(sourceIds, `${cert.id} ${key} cites ${id}`).toContain(id);
      }
    }
  });

  it('gives every source a unique id, a grade, the honest reading period and an http(s) address or a note saying why not', () => {
    for (const cert of parsed) {
      const ids = cert.sources.map((s) => s.id);
      expect(new Set(ids).size, cert.id).toBe(ids.length);
      for (const s of cert.sources) {
        expect(s.readIn, `${cert.id} ${s.id}`).toBe('November–December 2026');
        if (s.url === null) expect(s.note, `${cert.id} ${s.id}`).toBeTruthy();
        else expect(s.url, `${cert.id} ${s.id}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it('gives every outline its own provenance, and weights that sum to 100 wherever domains are given', () => {
    for (const cert of parsed) {
      for (const outline of cert.exam.outlines) {
        expect(cert.facts[`outline:${outline.id}`], `${cert.id} ${outline.id}`).toBeDefined();
        if (outline.domains.length === 0) continue;
        const total = outline.domains.reduce((sum, d) => sum + d.weight, 0);
        expect(total, cert.id).toBeCloseTo(100, 5);
      }
      if (cert.exam.outlines.length === 0) expect(cert.facts['exam.outlines'], cert.id).toBeDefined();
    }
  });

  it('only refers to catalog ids from substitutes and credential requirements', () => {
    for (const cert of parsed) {
      for (const req of requirements(cert)) {
        const refs =
          req.kind === 'credential'
            ? req.anyOf
            : req.kind === 'experience' || req.kind === 'training'
              ? req.substitutedBy
              : [];
        for (const ref of refs) {
          expect(catalogIds, `${cert.id} ${req.id} → ${ref}`).toContain(ref);
        }
      }
      for (const cat of cert.maintenance.groups.flatMap((g) => g.categories)) {
        for (const ref of cat.alwaysCountsToward) {
          expect(catalogIds, `${cert.id} ${cat.id} → ${ref}`).toContain(ref);
        }
      }
    }
  });

  it('has every ladder step in the catalog', () => {
    for (const ladder of BUILTIN_LADDERS) {
      for (const step of ladder.steps) {
        expect(catalogIds, `${ladder.id} → ${step}`).toContain(step);
      }
    }
  });

  it('sets a continuing-education cycle wherever units are counted, and says why categories are missing', () => {
    for (const cert of parsed) {
      const m = cert.maintenance;
      if (m.kind === 'continuing-education') {
        expect(m.cycleYears, cert.id).not.toBeNull();
        if (m.groups.length === 0) expect(cert.facts['maintenance.categories']?.confidence, cert.id).toBe('low');
      }
      if (m.kind === 'unknown') {
        expect(m.groups, cert.id).toEqual([]);
        expect(m.totalUnits, cert.id).toBeNull();
      }
    }
  });

  it('bumps every entry’s revision for this release, so tracks see newer rules', () => {
    for (const cert of parsed) expect(cert.revision, cert.id).toBe(2);
  });

  it('puts the most common route first where PMI numbers its sets', () => {
    for (const id of ['pmi-pmp', 'pmi-pgmp', 'pmi-pfmp', 'pmi-rmp', 'pmi-sp', 'pmi-pba']) expect(get(id).paths[0]?.id, id).toBe('four-year-degree');
  });
});
