import { describe, expect, it } from 'vitest';
import { evaluatePath } from '../../../src/main/core/domain/eligibility';
import { buildWalkthrough } from '../../../src/main/core/domain/walkthrough';
import { EXPERIENCE_MONTH_RULE } from '../../../src/shared/experienceRule';
import { context, course, exp, pathsOf } from './eligibilityFixtures';

describe('the walkthrough', () => {
  it('has one step per kind of requirement, each requirement once with the paths asking for it', () => {
    const tagged = exp('2024-01', null, ['leading projects'], 'ERP rollout');
    const ctx = context({
      educationLevel: 'bachelor',
      experience: [tagged, exp('2023-01', '2023-06', [], 'Untagged work'), exp('2022-01', '2022-03', ['sales'], 'Sales push')],
      training: [course(28, 'PM education', 'Boot camp'), course(4, 'Excel', 'Spreadsheets')],
    });
    const steps = buildWalkthrough(pathsOf('pmi-pmp').map((p) => evaluatePath(p, ctx)), ctx);
    expect(steps.map((s) => s.kind)).toEqual(['education', 'experience', 'training']);

    const education = steps[0];
    if (education?.kind !== 'education') throw new Error('education step');
    expect(education.items.map((i) => [i.minLevel, i.gacAccredited, i.met])).toEqual([
      ['bachelor', false, true],
      ['secondary', false, true],
      ['bachelor', true, false],
    ]);

    const experience = steps[1];
    if (experience?.kind !== 'experience') throw new Error('experience step');
    expect(experience.rule).toBe(EXPERIENCE_MONTH_RULE);
    expect(experience.groups).toHaveLength(1);
    expect(experience.groups[0]).toMatchObject({ area: 'leading projects', windowMonths: 96, windowStart: '2018-12', countedMonths: 35 });
    expect(experience.groups[0]?.entries).toEqual([{ entryId: tagged.id, title: 'ERP rollout', organisation: 'Acme', startMonth: '2024-01', endMonth: null, monthsInWindow: 35 }]);
    expect(experience.groups[0]?.items.map((i) => [i.months, i.summary, i.pathNames])).toEqual([
      [36, '35 of 36 months', ['Four-year degree']],
      [60, '35 of 60 months', ['Secondary degree']],
      [24, '35 months (24 needed)', ['GAC-accredited degree']],
    ]);
    expect(experience.untagged.map((u) => u.title)).toEqual(['Untagged work']);
    expect(experience.otherAreas).toEqual([expect.objectContaining({ title: 'Sales push', areas: ['sales'] })]);

    const training = steps[2];
    if (training?.kind !== 'training') throw new Error('training step');
    expect(training.groups).toHaveLength(1);
    expect(training.groups[0]).toMatchObject({ topic: 'PM education', totalHours: 28 });
    // The GAC path's 35 hours differ (its degree's coursework stands in), so they are a second item.
    expect(training.groups[0]?.items).toHaveLength(2);
    expect(training.groups[0]?.items[1]).toMatchObject({ pathNames: ['GAC-accredited degree'], summary: '28 of 35 hours' });
    expect(training.groups[0]?.items[0]).toMatchObject({
      pathNames: ['Four-year degree', 'Secondary degree'],
      summary: '28 of 35 hours',
      missing: '7 more hours of PM education',
      substitutes: [{ id: 'pmi-capm', acronym: 'CAPM', held: false }],
    });
    expect(training.otherTopics.map((t) => t.course)).toEqual(['Spreadsheets']);
  });

  it('lists credential and check steps with what is held and ticked', () => {
    const ctx = context({ heldCertificationIds: new Set(['pmi-pmp']), checkedRequirementIds: new Set() });
    const steps = buildWalkthrough(pathsOf('peoplecert-prince2-7-practitioner').map((p) => evaluatePath(p, ctx)), ctx);
    expect(steps.map((s) => s.kind)).toEqual(['credential', 'check']);
    const credential = steps[0];
    if (credential?.kind !== 'credential') throw new Error('credential step');
    expect(credential.items[0]?.anyOf.filter((c) => c.held).map((c) => c.acronym)).toEqual(['PMP']);
    expect(credential.items[0]?.summary).toBe('Held: PMP');
    const check = steps[1];
    if (check?.kind !== 'check') throw new Error('check step');
    expect(check.items[0]).toMatchObject({ checked: false, met: false });
  });

  it('marks a held credential that lapsed, so the person knows why it does not count', () => {
    const ctx = context({ heldCertificationIds: new Set(), lapsedCertificationIds: new Set(['pmi-pmp']), checkedRequirementIds: new Set() });
    const steps = buildWalkthrough(pathsOf('peoplecert-prince2-7-practitioner').map((p) => evaluatePath(p, ctx)), ctx);
    const credential = steps[0];
    if (credential?.kind !== 'credential') throw new Error('credential step');
    const pmp = credential.items[0]?.anyOf.find((c) => c.id === 'pmi-pmp');
    expect(pmp).toMatchObject({ held: false, lapsed: true });
    expect(credential.items[0]?.met).toBe(false);
  });
});
