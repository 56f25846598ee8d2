import { scaled } from './random';

/**
 * The heavy profile of issue 10: ten years of a busy person's records. `scale` multiplies the
 * history (sessions, CE activities, evidence, practice results, experience, training); the
 * structure — tracks, held credentials, renewals — stays the same at every scale, since the
 * catalog holds one open track per certification and ten years hold only so many renewal cycles.
 * That is what "cost grows with history" means in the bench: same screens, more rows behind them.
 */
export interface HeavyProfileShape {
  scale: number;
  tracks: number;
  years: number;
  studySessions: number;
  ceActivities: number;
  ceWithEvidence: number;
  practiceResults: number;
  heldCredentials: number;
  renewals: number;
  experience: number;
  training: number;
}

export const HEAVY_PROFILE_AT_SCALE_1 = {
  tracks: 10,
  years: 10,
  studySessions: 20_000,
  ceActivities: 3_000,
  ceWithEvidence: 100,
  practiceResults: 500,
  heldCredentials: 6,
  renewals: 14,
  experience: 40,
  training: 120,
} as const;

export function heavyProfileShape(scale: number): HeavyProfileShape {
  // Evidence goes on the cycle-by-cycle activities (3,000), so at most 30× (3,000 files).
  if (!(scale > 0) || scale > 30) throw new Error(`scale must be above 0 and at most 30, not ${scale}`);
  const base = HEAVY_PROFILE_AT_SCALE_1;
  return {
    scale,
    tracks: base.tracks,
    years: base.years,
    heldCredentials: base.heldCredentials,
    renewals: base.renewals,
    // At least one a track / a credential, so every screen has something to show at any scale.
    studySessions: scaled(base.studySessions, scale, base.tracks),
    ceActivities: scaled(base.ceActivities, scale, base.heldCredentials * 4),
    ceWithEvidence: scaled(base.ceWithEvidence, scale, 2),
    practiceResults: scaled(base.practiceResults, scale, base.tracks),
    experience: scaled(base.experience, scale, 2),
    training: scaled(base.training, scale, 2),
  };
}
