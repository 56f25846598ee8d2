import type { PlanDomain } from '../../../../shared/schemas/preparation';
import type { PlanRules, PlanSettings, PracticeEvidence } from './types';

/** The one bucket used when an exam's domain weights are unknown. */
export const GENERAL_DOMAIN: PlanDomain = { id: 'general', name: 'General', weight: 100 };

export const GENERAL_REASON =
  'The exam’s domain weights are not known, so Certplan plans study time as one General block instead of guessing a split.';

/** The exam's domains, or the General bucket when the catalog has no weights. */
export function planningDomains(rules: PlanRules): PlanDomain[] {
  return rules.domains.length > 0 ? rules.domains.map((d) => ({ id: d.id, name: d.name, weight: d.weight })) : [GENERAL_DOMAIN];
}

export interface DomainShare extends PlanDomain {
  weakness: number;
  weaknessSource: 'practice' | 'self-rating' | 'default';
  weaknessDetail: string;
  /** weight × weakness, normalised to sum to 1. */
  share: number;
}

export const SHARE_FORMULA =
  'Each domain’s share of study time is its exam weight × your weakness in it, scaled so the shares add up to 100%. ' +
  'Weakness is 1.5 − score/100 from your latest practice score for the domain (a score of 50% gives 1.0), ' +
  'or 1.5 − (rating − 1)/4 from your self-rating of 1 (weak) to 5 (strong) when there is no practice score, ' +
  'or 1.0 when there is neither.';

export function weaknessFromScore(percent: number): number {
  return 1.5 - percent / 100;
}

export function weaknessFromRating(rating: number): number {
  return 1.5 - (rating - 1) / 4;
}

/**
 * Weakness per domain from the latest practice score for that domain (a later date wins, then the
 * later record), else the self-rating, else neutral; shares ∝ weight × weakness.
 */
export function domainShares(
  domains: readonly PlanDomain[],
  settings: Pick<PlanSettings, 'selfRatings'>,
  practice: readonly PracticeEvidence[],
): DomainShare[] {
  const newestFirst = [...practice].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
  const general = domains.length === 1 && domains[0]?.id === GENERAL_DOMAIN.id;
  const rows = domains.map((domain) => {
    const latest = newestFirst.find((r) => (general ? true : r.domainScores.some((s) => s.domainId === domain.id)));
    const score = latest
      ? general
        ? latest.totalPercent
        : latest.domainScores.find((s) => s.domainId === domain.id)?.percent
      : undefined;
    if (latest && score !== undefined) {
      return {
        ...domain,
        weakness: weaknessFromScore(score),
        weaknessSource: 'practice' as const,
        weaknessDetail: `latest practice score ${roundTo(score, 1)}% (${latest.date})`,
      };
    }
    const rating = settings.selfRatings.find((r) => r.domainId === domain.id)?.rating;
    if (rating !== undefined) {
      return {
        ...domain,
        weakness: weaknessFromRating(rating),
        weaknessSource: 'self-rating' as const,
        weaknessDetail: `you rated yourself ${rating} of 5`,
      };
    }
    return { ...domain, weakness: 1, weaknessSource: 'default' as const, weaknessDetail: 'no rating or practice score yet' };
  });
  const raw = rows.map((r) => r.weight * r.weakness);
  const total = raw.reduce((sum, v) => sum + v, 0);
  return rows.map((r, i) => ({ ...r, share: total > 0 ? (raw[i] ?? 0) / total : 1 / rows.length }));
}

/** The domain people should hear about as "your weakest": only when it stands out. */
export function weakestDomainId(shares: readonly DomainShare[]): string | null {
  if (shares.length < 2) return null;
  const max = Math.max(...shares.map((s) => s.weakness));
  const atMax = shares.filter((s) => s.weakness === max);
  const allEqual = shares.every((s) => s.weakness === max);
  return !allEqual && atMax.length === 1 ? (atMax[0]?.id ?? null) : null;
}

export function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
