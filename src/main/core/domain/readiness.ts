import type { IsoDate } from '../../../shared/schemas/dates';
import { plusDays, daysBetween } from './calendarDays';
import type { PracticeEvidence } from './studyPlan/types';

/** A result's weight halves every this many days. */
export const READINESS_HALF_LIFE_DAYS = 14;
/** Results older than this are not evidence of today's readiness. */
export const READINESS_WINDOW_DAYS = 120;
export const READINESS_MIN_RESULTS = 2;
/** Practice scores wobble by several points between tests; never assume a spread below this. */
const MIN_SPREAD_POINTS = 8;
const Z_95 = 1.96;

export const READINESS_METHOD =
  `A recency-weighted mean of your practice scores from the last ${READINESS_WINDOW_DAYS} days (a result’s weight halves every ` +
  `${READINESS_HALF_LIFE_DAYS} days), per domain, combined by the exam’s domain weights. The range is about 95% sure ` +
  `(±1.96 standard errors); the spread between results is taken as at least ${MIN_SPREAD_POINTS} points, so the range stays wide ` +
  'while there are few results.';

export interface ReadinessDomain {
  id: string;
  name: string;
  weight: number;
}

export interface ReadinessEstimate {
  sufficient: boolean;
  reason: string | null;
  estimate: number | null;
  low: number | null;
  high: number | null;
  band: string | null;
  bandNote: string | null;
  domains: { domainId: string; name: string; weight: number; estimate: number | null; low: number | null; high: number | null; results: number; band: string | null }[];
  evidence: { resultId: string; date: IsoDate; source: string; totalPercent: number; weight: number }[];
  method: string;
}

/**
 * How ready recent practice results say the person is. With fewer than two recent results, or a
 * domain without any score, it says what is missing instead of guessing.
 */
export function estimateReadiness(input: {
  domains: readonly ReadinessDomain[];
  bands: readonly string[];
  body: string;
  practice: readonly PracticeEvidence[];
  today: IsoDate;
}): ReadinessEstimate {
  const { domains, bands, body, practice, today } = input;
  const since = plusDays(today, -READINESS_WINDOW_DAYS);
  const recent = practice
    .filter((r) => r.date <= today && r.date >= since)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const weightOf = (date: IsoDate) => 0.5 ** (daysBetween(date, today) / READINESS_HALF_LIFE_DAYS);
  const evidence = recent.map((r) => ({ resultId: r.id, date: r.date, source: r.source, totalPercent: r.totalPercent, weight: round(weightOf(r.date), 3) }));
  const bandNote = bands.length > 0 ? bandMappingNote(bands, body) : null;
  const empty = { estimate: null, low: null, high: null, band: null, bandNote, evidence, method: READINESS_METHOD };

  const perDomain = domains.map((d) => {
    const scores = recent.flatMap((r) => {
      const score = r.domainScores.find((s) => s.domainId === d.id);
      return score ? [{ x: score.percent, w: weightOf(r.date) }] : [];
    });
    const stats = weightedStats(scores);
    return { domainId: d.id, name: d.name, weight: d.weight, results: scores.length, stats };
  });
  const domainRows = perDomain.map((d) => ({
    domainId: d.domainId,
    name: d.name,
    weight: d.weight,
    estimate: d.stats ? round(d.stats.mean, 1) : null,
    low: d.stats ? round(clamp(d.stats.mean - Z_95 * d.stats.se), 1) : null,
    high: d.stats ? round(clamp(d.stats.mean + Z_95 * d.stats.se), 1) : null,
    results: d.results,
    band: d.stats && bands.length > 0 ? bandFor(d.stats.mean, bands) : null,
  }));

  if (recent.length < READINESS_MIN_RESULTS) {
    const reason =
      `Not enough evidence yet: readiness needs at least ${READINESS_MIN_RESULTS} practice exams from the last ${READINESS_WINDOW_DAYS} days ` +
      `(you have ${recent.length}).`;
    return { sufficient: false, reason, domains: domainRows, ...empty };
  }

  let mean: number;
  let se: number;
  if (domains.length === 0) {
    const stats = weightedStats(recent.map((r) => ({ x: r.totalPercent, w: weightOf(r.date) })));
    if (!stats) return { sufficient: false, reason: 'No practice scores to estimate from.', domains: domainRows, ...empty };
    ({ mean, se } = stats);
  } else {
    const unscored = perDomain.filter((d) => d.stats === null).map((d) => d.name);
    if (unscored.length > 0) {
      const reason =
        `Not enough evidence yet: no recent practice score for ${unscored.join(', ')}. ` +
        'Record a practice exam with per-domain scores so every domain is covered.';
      return { sufficient: false, reason, domains: domainRows, ...empty };
    }
    const totalWeight = domains.reduce((s, d) => s + d.weight, 0);
    mean = 0;
    let variance = 0;
    for (const d of perDomain) {
      const w = d.weight / totalWeight;
      mean += w * (d.stats?.mean ?? 0);
      variance += w * w * (d.stats?.se ?? 0) ** 2;
    }
    se = Math.sqrt(variance);
  }
  return {
    sufficient: true,
    reason: null,
    estimate: round(mean, 1),
    low: round(clamp(mean - Z_95 * se), 1),
    high: round(clamp(mean + Z_95 * se), 1),
    band: bands.length > 0 ? bandFor(mean, bands) : null,
    bandNote,
    domains: domainRows,
    evidence,
    method: READINESS_METHOD,
  };
}

/** Weighted mean and the standard error of it (spread at least MIN_SPREAD_POINTS). */
function weightedStats(values: readonly { x: number; w: number }[]): { mean: number; se: number } | null {
  const sumW = values.reduce((s, v) => s + v.w, 0);
  if (values.length === 0 || sumW <= 0) return null;
  const mean = values.reduce((s, v) => s + v.w * v.x, 0) / sumW;
  const variance = values.reduce((s, v) => s + v.w * (v.x - mean) ** 2, 0) / sumW;
  const spread = Math.max(Math.sqrt(variance), MIN_SPREAD_POINTS);
  // Effective number of results under unequal weights (Kish): (Σw)² / Σw².
  const effective = sumW ** 2 / values.reduce((s, v) => s + v.w ** 2, 0);
  return { mean, se: spread / Math.sqrt(effective) };
}

/**
 * Lower score bounds of each band but the last, best first: 80, 65, 50 for four bands (PMI's
 * Above Target, Target, Below Target, Needs Improvement), evenly between 80 and 50 otherwise.
 */
export function bandThresholds(count: number): number[] {
  if (count <= 1) return [];
  if (count === 2) return [65];
  const step = 30 / (count - 2);
  return Array.from({ length: count - 1 }, (_, i) => round(80 - i * step, 1));
}

export function bandFor(score: number, bands: readonly string[]): string | null {
  if (bands.length === 0) return null;
  const thresholds = bandThresholds(bands.length);
  const index = thresholds.findIndex((t) => score >= t);
  return bands[index === -1 ? bands.length - 1 : index] ?? null;
}

function bandMappingNote(bands: readonly string[], body: string): string {
  const thresholds = bandThresholds(bands.length);
  const parts = bands.map((band, i) => {
    const lower = thresholds[i];
    const upper = i > 0 ? thresholds[i - 1] : undefined;
    if (lower === undefined) return `${band} below ${upper ?? 0}%`;
    return upper === undefined ? `${band} from ${lower}%` : `${band} ${lower}–${upper}%`;
  });
  return `Certplan’s approximation: ${body} does not publish the score thresholds behind its bands. Certplan maps the estimate as ${parts.join(', ')}.`;
}

function clamp(n: number): number {
  return Math.min(100, Math.max(0, n));
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
