import type { PathOutcome } from '../domain/eligibility';

/**
 * Which path to put forward while the person has not said what education they have. Ranking by
 * "closest to being met" then picks the path that needs the least experience, which for PMP is the
 * rarest one (a GAC-accredited degree). The catalog lists each certification's paths with the one
 * most people take first, so until the education level decides, that one leads. Once a path is
 * met, or the education level is known, the ranking's choice stands.
 */
export function commonPathFirst(outcomes: readonly PathOutcome[], educationLevel: string | null, ranked: number | null): number | null {
  if (ranked === null || educationLevel !== null || outcomes.some((o) => o.met)) return ranked;
  const asksEducation = outcomes.some((o) => o.requirements.some((r) => r.requirement.kind === 'education'));
  return asksEducation ? 0 : ranked;
}
