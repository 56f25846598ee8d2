import { describe, expect, it } from 'vitest';
import { chooseBestPath, evaluatePath, hasNoPrerequisites, readsAnyRecord } from '../../../src/main/core/domain/eligibility';
import { monthOf } from '../../../src/main/core/domain/months';
import { projectPath } from '../../../src/main/core/domain/qualificationProjection';
import type { PrerequisitePath } from '../../../src/shared/schemas/certification';
import type { EligibilityRecords } from '../../../src/main/core/domain/eligibilityRecords';
import { context, course, exp, pathsOf } from './eligibilityFixtures';

const LEADING = 'leading projects';
const PM = 'PM education';
/** Exactly 36 unique months of leading projects up to November 2026, one overlap included. */
const THIRTY_SIX = [exp('2021-01', '2022-06', [LEADING]), exp('2022-01', '2022-12', [LEADING]), exp('2025-12', null, [LEADING])];
const SIXTY = [exp('2021-12', null, [LEADING])];
const HOURS_35 = [course(28, PM), course(7, 'pm education')];

function evaluate(certId: string, records: Partial<EligibilityRecords>) {
  const ctx = context(records);
  const outcomes = pathsOf(certId).map((p) => evaluatePath(p, ctx));
  const best = chooseBestPath(outcomes);
  return {
    ctx,
    outcomes,
    met: outcomes.filter((o) => o.met).map((o) => o.path.id),
    best: best === null ? null : outcomes[best]?.path.id,
    req: (pathId: string, reqId: string) => outcomes.find((o) => o.path.id === pathId)?.requirements.find((r) => r.requirement.id === reqId),
    projection: (pathId: string) => {
      const outcome = outcomes.find((o) => o.path.id === pathId);
      if (!outcome) throw new Error(pathId);
      const p = projectPath(outcome, ctx);
      return p.kind === 'by-time' ? { kind: p.kind, month: monthOf(p.month) } : p.kind === 'not-by-time' ? { ...p, experienceMonth: p.experienceMonth === null ? null : monthOf(p.experienceMonth) } : p;
    },
  };
}

describe('PMP paths', () => {
  it.each<[string, Partial<EligibilityRecords>, string[], string]>([
    ['bachelor, 36 months, 35 hours: the four-year-degree path', { educationLevel: 'bachelor', experience: THIRTY_SIX, training: HOURS_35 }, ['four-year-degree'], 'four-year-degree'],
    ['master counts as "bachelor or higher"', { educationLevel: 'master', experience: THIRTY_SIX, training: HOURS_35 }, ['four-year-degree'], 'four-year-degree'],
    ['secondary, 60 months, 35 hours: the secondary-degree path', { educationLevel: 'secondary', experience: SIXTY, training: HOURS_35 }, ['secondary-degree'], 'secondary-degree'],
    ['bachelor, 60 months: both degree paths are met, the first is best', { educationLevel: 'bachelor', experience: SIXTY, training: HOURS_35 }, ['four-year-degree', 'secondary-degree'], 'four-year-degree'],
    ['GAC-accredited bachelor, 24 months: only the GAC path', { educationLevel: 'bachelor', gacAccredited: true, experience: [exp('2024-12', null, [LEADING])], training: HOURS_35 }, ['gac-degree'], 'gac-degree'],
    ['secondary, 36 months: nothing met; secondary path is closest (education cannot be logged)', { educationLevel: 'secondary', experience: THIRTY_SIX, training: HOURS_35 }, [], 'secondary-degree'],
    ['no records at all: nothing met; the path asking for the fewest months and hours is closest', {}, [], 'gac-degree'],
  ])('%s', (_name, records, met, best) => {
    const result = evaluate('pmi-pmp', records);
    expect(result.met).toEqual(met);
    expect(result.best).toBe(best);
  });

  it('reports have vs need and what is missing', () => {
    const result = evaluate('pmi-pmp', { educationLevel: 'secondary', experience: THIRTY_SIX, training: [course(28, PM)] });
    expect(result.req('four-year-degree', 'degree')).toMatchObject({ met: false, missing: 'Needs a Bachelor’s / four-year degree or higher' });
    expect(result.req('secondary-degree', 'leading-projects')).toMatchObject({ met: false, have: 36, need: 60, summary: '36 of 60 months', missing: '24 more months of leading projects' });
    expect(result.req('secondary-degree', 'pm-education')).toMatchObject({ met: false, have: 28, need: 35, summary: '28 of 35 hours', missing: '7 more hours of PM education' });
  });

  it('projects the month ongoing work completes the experience, or says what time cannot add', () => {
    const thirty = [exp('2021-01', '2022-06', [LEADING]), exp('2025-12', null, [LEADING])];
    const byTime = evaluate('pmi-pmp', { educationLevel: 'bachelor', experience: thirty, training: HOURS_35 });
    expect(byTime.req('four-year-degree', 'leading-projects')).toMatchObject({ summary: '30 of 36 months', missing: '6 more months of leading projects' });
    expect(byTime.projection('four-year-degree')).toEqual({ kind: 'by-time', month: '2027-05' });

    const alsoHours = evaluate('pmi-pmp', { educationLevel: 'bachelor', experience: thirty, training: [course(28, PM)] });
    expect(alsoHours.projection('four-year-degree')).toEqual({ kind: 'not-by-time', reasons: ['add 7 hours of PM education'], experienceMonth: '2027-05' });

    const closed = evaluate('pmi-pmp', { educationLevel: 'bachelor', experience: [exp('2021-01', '2022-06', [LEADING])], training: HOURS_35 });
    expect(closed.projection('four-year-degree')).toEqual({
      kind: 'not-by-time',
      reasons: ['log 18 more months of leading projects (no ongoing entry adds months over time)'],
      experienceMonth: null,
    });
  });

  it('CAPM stands in for the 35 hours', () => {
    const result = evaluate('pmi-pmp', { educationLevel: 'bachelor', experience: THIRTY_SIX, heldCertificationIds: new Set(['pmi-capm']) });
    expect(result.met).toContain('four-year-degree');
    expect(result.req('four-year-degree', 'pm-education')).toMatchObject({ met: true, metBySubstitute: 'pmi-capm', summary: 'Covered by holding CAPM' });
  });

  it('counts only experience tagged with the requirement’s area (ignoring case)', () => {
    const result = evaluate('pmi-pmp', {
      educationLevel: 'bachelor',
      experience: [exp('2020-01', '2022-12', ['Leading  Projects']), exp('2023-01', '2026-11', ['business analysis']), exp('2019-01', '2019-12', [])],
      training: HOURS_35,
    });
    expect(result.req('four-year-degree', 'leading-projects')?.have).toBe(36);
  });
});

describe('substitutes apply only where the rules say so', () => {
  it('PMI-PMOCP is met through a held PMP instead of 36 months', () => {
    const result = evaluate('pmi-pmocp', { educationLevel: 'secondary', training: [course(10, 'PMO education')], heldCertificationIds: new Set(['pmi-pmp']) });
    expect(result.met).toEqual(['standard']);
    expect(result.req('standard', 'project-related-work')).toMatchObject({ met: true, have: 0, metBySubstitute: 'pmi-pmp', summary: 'Covered by holding PMP' });
  });

  it('a CAPM does not replace PMI-PMOCP’s experience, and a PMP does not replace its 10 hours', () => {
    const capm = evaluate('pmi-pmocp', { educationLevel: 'secondary', training: [course(10, 'PMO education')], heldCertificationIds: new Set(['pmi-capm']) });
    expect(capm.met).toEqual([]);
    const pmpNoHours = evaluate('pmi-pmocp', { educationLevel: 'secondary', heldCertificationIds: new Set(['pmi-pmp']) });
    expect(pmpNoHours.req('standard', 'pmo-education')).toMatchObject({ met: false, missing: '10 more hours of PMO education' });
  });

  it('PgMP needs both experience areas on the same path', () => {
    const records = {
      educationLevel: 'bachelor' as const,
      experience: [exp('2015-01', '2018-12', ['project management']), exp('2024-06', null, ['program management'])],
      checkedRequirementIds: new Set(['panel-review']),
    };
    const result = evaluate('pmi-pgmp', records);
    expect(result.req('four-year-degree', 'project-management')).toMatchObject({ met: true, have: 48 });
    expect(result.req('four-year-degree', 'program-management')).toMatchObject({ met: false, have: 30, missing: '18 more months of program management' });
    expect(result.projection('four-year-degree')).toEqual({ kind: 'by-time', month: '2028-05' });
    const withPmp = evaluate('pmi-pgmp', { ...records, experience: [exp('2022-11', null, ['program management'])], heldCertificationIds: new Set(['pmi-pmp']) });
    expect(withPmp.met).toEqual(['four-year-degree']);
  });

  it('PRINCE2 7 Practitioner: a held Foundation, or the ticked alternative', () => {
    expect(evaluate('peoplecert-prince2-7-practitioner', { heldCertificationIds: new Set(['peoplecert-prince2-7-foundation']) }).met).toEqual(['catalog-credential']);
    expect(evaluate('peoplecert-prince2-7-practitioner', { checkedRequirementIds: new Set(['other-qualification']) }).met).toEqual(['other-qualification']);
    const none = evaluate('peoplecert-prince2-7-practitioner', {});
    expect(none.met).toEqual([]);
    expect(none.req('catalog-credential', 'foundation-or-pmi')?.missing).toBe('Hold PRINCE2 F or PMP or CAPM');
    // Ticking is quicker than earning a credential: the check path is the closer one.
    expect(none.best).toBe('other-qualification');
  });
});

describe('custom certifications with their own numbers', () => {
  const paths: PrerequisitePath[] = [
    {
      id: 'only',
      name: 'Only path',
      requirements: [
        { kind: 'experience', id: 'widgets', months: 12, windowMonths: 24, area: 'widget work', label: '12 months of widget work in 2 years', substitutedBy: [] },
        { kind: 'training', id: 'school', hours: 5.5, topic: 'Widget school', label: '5.5 hours of widget school', substitutedBy: [], coveredByGacCoursework: false, conflictingHours: null },
      ],
    },
  ];
  it('read the snapshot’s months, window and hours', () => {
    const ctx = context({ experience: [exp('2025-01', '2025-12', ['widget work'])], training: [course(2.25, 'widget school'), course(3.25, 'Widget School')] });
    const outcome = evaluatePath(paths[0] as PrerequisitePath, ctx);
    expect(outcome.met).toBe(true);
    expect(outcome.requirements.map((r) => r.summary)).toEqual(['12 of 12 months', '5.5 of 5.5 hours']);
    // Two years on, the 24-month window has moved past the whole entry.
    const later = evaluatePath(paths[0] as PrerequisitePath, context(ctx.records, '2027-12'));
    expect(later.requirements[0]).toMatchObject({ met: false, have: 0 });
  });
});

describe('when a track starts qualifying', () => {
  it.each<[string, Partial<EligibilityRecords>, boolean]>([
    ['nothing recorded', {}, false],
    ['education set', { educationLevel: 'secondary' }, true],
    ['experience in another area only', { experience: [exp('2020-01', '2020-02', ['sales'])] }, false],
    ['experience in its area', { experience: [exp('2020-01', '2020-02', ['leading projects'])] }, true],
    ['training for its topic', { training: [course(1, PM)] }, true],
    ['holding the substitute', { heldCertificationIds: new Set(['pmi-capm']) }, true],
  ])('PMP with %s → %s', (_name, records, expected) => {
    expect(readsAnyRecord(pathsOf('pmi-pmp'), context(records).records)).toBe(expected);
  });

  it('knows rules that ask for nothing', () => {
    expect(hasNoPrerequisites(pathsOf('comptia-security-plus'))).toBe(true);
    expect(hasNoPrerequisites(pathsOf('pmi-pmp'))).toBe(false);
  });
});
