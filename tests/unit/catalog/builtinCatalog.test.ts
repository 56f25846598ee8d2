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

  it('cites only sources listed in the same entry', () => {
    for (const cert of parsed) {
      const sourceIds = new Set(cert.sources.map((s) => s.id));
      for (const [key, fact] of Object.entries(cert.facts)) {
        expect(FACT_KEYS, `${cert.id} ${key}`).toContain(key);
        for (const id of fact?.sourceIds ?? []) {
          expect(sourceIds, `${cert.id} ${key} cites ${id}`).toContain(id);
        }
      }
    }
  });

  it('gives every source a unique id and an http(s) address', () => {
    for (const cert of parsed) {
      const ids = cert.sources.map((s) => s.id);
      expect(new Set(ids).size, cert.id).toBe(ids.length);
      for (const s of cert.sources) expect(s.url, `${cert.id} ${s.id}`).toMatch(/^https?:\/\//);
    }
  });

  it('has domain weights that sum to 100 wherever domains are given', () => {
    for (const cert of parsed) {
      if (cert.exam.domains.length === 0) continue;
      const total = cert.exam.domains.reduce((sum, d) => sum + d.weight, 0);
      expect(total, cert.id).toBeCloseTo(100, 5);
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

  it('sets a continuing-education cycle wherever units are counted', () => {
    for (const cert of parsed) {
      const m = cert.maintenance;
      if (m.kind === 'continuing-education') {
        expect(m.cycleYears, cert.id).not.toBeNull();
        expect(m.groups.length, cert.id).toBeGreaterThan(0);
      }
      if (m.kind === 'unknown') {
        expect(m.groups, cert.id).toEqual([]);
        expect(m.totalUnits, cert.id).toBeNull();
      }
    }
  });
});

describe('built-in catalog rules', () => {
  it('models PMP as three paths of 36/60/24 months with CAPM replacing the 35 hours', () => {
    const pmp = get('pmi-pmp');
    expect(pmp.paths).toHaveLength(3);
    const months = pmp.paths.map((p) =>
      p.requirements.find((r) => r.kind === 'experience' && r.area === 'leading projects'),
    );
    expect(months.map((r) => (r?.kind === 'experience' ? r.months : null))).toEqual([36, 60, 24]);
    for (const path of pmp.paths) {
      const training = path.requirements.find((r) => r.kind === 'training');
      expect(training?.kind === 'training' && training.hours).toBe(35);
      expect(training?.kind === 'training' && training.substitutedBy).toEqual(['pmi-capm']);
    }
  });

  it('lets a PMP replace the PMI-PMOCP experience', () => {
    const experience = requirements(get('pmi-pmocp')).filter((r) => r.kind === 'experience');
    expect(experience).toHaveLength(1);
    expect(experience[0]).toMatchObject({ months: 36, substitutedBy: ['pmi-pmp'] });
  });

  it('leaves PMI-PMOCP maintenance and fees unknown', () => {
    const pmocp = get('pmi-pmocp');
    expect(pmocp.maintenance.kind).toBe('unknown');
    expect(pmocp.maintenance.totalUnits).toBeNull();
    expect(pmocp.exam.fees).toBeNull();
  });

  it('leaves the PfMP domains empty and asks for business experience on every path', () => {
    const pfmp = get('pmi-pfmp');
    expect(pfmp.exam.domains).toEqual([]);
    expect(pfmp.paths.length).toBe(3);
    for (const path of pfmp.paths) {
      expect(path.requirements).toContainEqual(
        expect.objectContaining({ kind: 'experience', area: 'professional business', months: 96 }),
      );
      expect(path.requirements.some((r) => r.kind === 'check')).toBe(true);
    }
  });

  it('asks PgMP candidates for project and program experience in each path', () => {
    for (const path of get('pmi-pgmp').paths) {
      const areas = path.requirements.flatMap((r) => (r.kind === 'experience' ? [r.area] : []));
      expect(areas.sort()).toEqual(['program management', 'project management']);
    }
  });

  it('leaves AIPMO maintenance unknown', () => {
    for (const id of ['aipmo-ipmo-f', 'aipmo-ipmo-p', 'aipmo-ipmo-e']) {
      const m = get(id).maintenance;
      expect(m.kind, id).toBe('unknown');
      expect(m.cycleYears, id).toBeNull();
      expect(m.groups, id).toEqual([]);
      expect(get(id).exam.questions, id).toBeNull();
    }
  });

  it('requires IPMO-F for IPMO-P', () => {
    expect(requirements(get('aipmo-ipmo-p'))).toContainEqual(
      expect.objectContaining({ kind: 'credential', anyOf: ['aipmo-ipmo-f'] }),
    );
  });

  it('gives PMI credentials the PDU totals of the research table', () => {
    const totals: Record<string, number> = {
      'pmi-pmp': 60,
      'pmi-pgmp': 60,
      'pmi-pfmp': 60,
      'pmi-pba': 60,
      'pmi-acp': 30,
      'pmi-rmp': 30,
      'pmi-sp': 30,
      'pmi-capm': 15,
    };
    for (const [id, total] of Object.entries(totals)) {
      const m = get(id).maintenance;
      expect(m.totalUnits, id).toBe(total);
      expect(m.cycleYears, id).toBe(3);
      expect(m.suspensionMonths, id).toBe(12);
    }
  });

  it('uses the PeopleCert 3-year, 20-points-a-year rule', () => {
    for (const cert of parsed.filter((c) => c.body === 'PeopleCert')) {
      expect(cert.maintenance).toMatchObject({
        kind: 'continuing-education',
        cycleYears: 3,
        totalUnits: 60,
        annualMinimum: 20,
      });
    }
  });

  it('opens PRINCE2 7 Practitioner to the Foundation and other accepted qualifications', () => {
    const practitioner = get('peoplecert-prince2-7-practitioner');
    expect(practitioner.paths).toHaveLength(2);
    expect(requirements(practitioner)).toContainEqual(
      expect.objectContaining({
        kind: 'credential',
        anyOf: expect.arrayContaining(['peoplecert-prince2-7-foundation']),
      }),
    );
  });

  it('keeps open entries free of requirements', () => {
    const open = [{ id: 'open', name: 'No prerequisites', requirements: [] }];
    const ids = [
      'scrumorg-psm-1',
      'aws-saa-c03',
      'comptia-security-plus',
      'peoplecert-prince2-7-foundation',
    ];
    for (const id of ids) expect(get(id).paths, id).toEqual(open);
  });

  it('records pass marks as percentages only where the research gives one', () => {
    expect(get('scrumorg-psm-1').exam.passMarkPercent).toBe(85);
    expect(get('scrumalliance-csm').exam.passMarkPercent).toBe(74);
    expect(get('comptia-security-plus').exam.passMarkPercent).toBeNull();
    expect(get('aws-saa-c03').exam.passMarkPercent).toBeNull();
  });

  it('models recertification outside continuing education where the body does', () => {
    expect(get('aws-saa-c03').maintenance).toMatchObject({ kind: 'retake', cycleYears: 3 });
    expect(get('scrumorg-psm-1').maintenance.kind).toBe('none');
    expect(get('scrumalliance-csm').maintenance).toMatchObject({ cycleYears: 2, totalUnits: 20 });
  });
});
