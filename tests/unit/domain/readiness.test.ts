import { describe, expect, it } from 'vitest';
import { bandFor, bandThresholds, estimateReadiness } from '../../../src/main/core/domain/readiness';
import type { PracticeEvidence } from '../../../src/main/core/domain/studyPlan/types';

const TODAY = '2026-11-25';
const PMP = [
  { id: 'people', name: 'People', weight: 33 },
  { id: 'process', name: 'Process', weight: 41 },
  { id: 'business-environment', name: 'Business Environment', weight: 26 },
];
const PMI_BANDS = ['Above Target', 'Target', 'Below Target', 'Needs Improvement'];

function result(id: string, date: string, scores: [number, number, number], total = 70): PracticeEvidence {
  return {
    id,
    date,
    source: 'Simulator',
    totalPercent: total,
    domainScores: PMP.map((d, i) => ({ domainId: d.id, percent: scores[i] ?? 0 })),
    createdAt: `${date}T12:00:00.000Z`,
  };
}

const estimate = (practice: PracticeEvidence[], domains = PMP) =>
  estimateReadiness({ domains, bands: PMI_BANDS, body: 'PMI', practice, today: TODAY });

describe('readiness', () => {
  it('says there is not enough evidence with fewer than two recent results', () => {
    const r = estimate([result('a', '2026-11-20', [70, 70, 70])]);
    expect(r).toMatchObject({ sufficient: false, estimate: null, band: null });
    expect(r.reason).toBe('Not enough evidence yet: readiness needs at least 2 practice exams from the last 120 days (you have 1).');
  });

  it('ignores results older than 120 days and from the future', () => {
    const r = estimate([result('old', '2026-07-01', [70, 70, 70]), result('new', '2026-11-20', [70, 70, 70]), result('future', '2026-12-01', [70, 70, 70])]);
    expect(r.sufficient).toBe(false);
    expect(r.evidence.map((e) => e.resultId)).toEqual(['new']);
  });

  it('says which domain has no score instead of guessing', () => {
    const partial = { ...result('b', '2026-11-21', [70, 70, 70]), domainScores: [{ domainId: 'people', percent: 70 }] };
    const r = estimate([partial, { ...partial, id: 'c', date: '2026-11-22' }]);
    expect(r.sufficient).toBe(false);
    expect(r.reason).toMatch(/no recent practice score for Process, Business Environment/);
  });

  it('weights domains by the exam weights and recent results more', () => {
    const r = estimate([result('a', '2026-11-25', [80, 70, 60]), result('b', '2026-11-11', [60, 50, 40])]);
    // Today's result weighs 1, the one from two weeks ago 0.5: per domain (2×new + old)/3.
    const people = (2 * 80 + 60) / 3;
    const process = (2 * 70 + 50) / 3;
    const business = (2 * 60 + 40) / 3;
    expect(r.sufficient).toBe(true);
    expect(r.estimate).toBeCloseTo(0.33 * people + 0.41 * process + 0.26 * business, 1);
    expect(r.evidence.map((e) => e.weight)).toEqual([1, 0.5]);
    expect(r.low).toBeLessThan(r.estimate ?? 0);
    expect(r.high).toBeGreaterThan(r.estimate ?? 0);
    expect(r.bandNote).toMatch(/^Certplan’s approximation: PMI does not publish/);
  });

  it('narrows the range as evidence grows', () => {
    const two = estimate([result('a', '2026-11-24', [70, 70, 70]), result('b', '2026-11-23', [72, 72, 72])]);
    const five = estimate(['a', 'b', 'c', 'd', 'e'].map((id, i) => result(id, `2026-11-2${i}`, [70 + i, 70 + i, 70 + i])));
    expect((five.high ?? 0) - (five.low ?? 0)).toBeLessThan((two.high ?? 0) - (two.low ?? 0));
  });

  it('uses total scores when the exam has no known domains', () => {
    const r = estimateReadiness({ domains: [], bands: [], body: 'X', practice: [result('a', '2026-11-24', [0, 0, 0], 80), result('b', '2026-11-23', [0, 0, 0], 60)], today: TODAY });
    expect(r.sufficient).toBe(true);
    expect(r.band).toBeNull();
    expect(r.estimate).toBeGreaterThan(60);
    expect(r.estimate).toBeLessThan(80);
  });
});

describe('performance bands (Certplan’s approximation)', () => {
  it.each([
    [95, 'Above Target'],
    [80, 'Above Target'],
    [79.9, 'Target'],
    [65, 'Target'],
    [50, 'Below Target'],
    [49.9, 'Needs Improvement'],
    [0, 'Needs Improvement'],
  ])('%s%% → %s', (score, band) => {
    expect(bandFor(score, PMI_BANDS)).toBe(band);
  });

  it.each([
    [1, []],
    [2, [65]],
    [3, [80, 50]],
    [4, [80, 65, 50]],
    [5, [80, 70, 60, 50]],
  ])('%s bands → thresholds %j', (count, thresholds) => {
    expect(bandThresholds(count)).toEqual(thresholds);
  });
});
