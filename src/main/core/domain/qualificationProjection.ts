import { countUniqueExperienceMonths } from './experienceMonths';
import type { PathOutcome } from './eligibility';
import { type EvaluationContext, entriesTaggedWith } from './eligibilityRecords';
import type { MonthIndex } from './months';

/**
 * When a person will qualify if nothing but time passes: ongoing entries keep adding a month each
 * month while old months fall out of the window.
 */

export type PathProjection =
  | { kind: 'met' }
  | { kind: 'by-time'; month: MonthIndex }
  | { kind: 'not-by-time'; reasons: string[]; experienceMonth: MonthIndex | null };

/**
 * The first month (from `current` on) in which the unique months inside the window reach `need`,
 * or null if time alone never gets there. The search is bounded: with an ongoing entry and a
 * window of W ≥ need months, the window is full of ongoing months at the latest W months on; with
 * no window each month adds one, so `need` months on is enough. Past `need + W` nothing changes.
 */
export function projectExperienceMonth(
  entries: Parameters<typeof countUniqueExperienceMonths>[0],
  need: number,
  windowMonths: number | null,
  current: MonthIndex,
): MonthIndex | null {
  const horizon = current + need + (windowMonths ?? 0);
  for (let month = current; month <= horizon; month++) {
    if (countUniqueExperienceMonths(entries, { asOf: month, windowMonths }) >= need) return month;
  }
  return null;
}

/**
 * A path's projection: met now; met in a given month by time alone (every unmet requirement is
 * experience that ongoing work will cover); or not by time alone, with what else to add.
 */
export function projectPath(outcome: PathOutcome, ctx: EvaluationContext): PathProjection {
  if (outcome.met) return { kind: 'met' };
  const reasons: string[] = [];
  let experienceMonth: MonthIndex | null = ctx.currentMonth;
  let experienceReachable = true;
  for (const r of outcome.requirements) {
    if (r.met) continue;
    const req = r.requirement;
    if (req.kind === 'experience') {
      const month = projectExperienceMonth(entriesTaggedWith(ctx.records.experience, req.area), req.months, req.windowMonths, ctx.currentMonth);
      if (month === null) {
        experienceReachable = false;
        reasons.push(`log ${r.shortfall === 1 ? '1 more month' : `${r.shortfall} more months`} of ${req.area} (no ongoing entry adds months over time)`);
      } else if (experienceMonth !== null) {
        experienceMonth = Math.max(experienceMonth, month);
      }
    } else if (req.kind === 'training') {
      reasons.push(`add ${r.shortfall === 1 ? '1 hour' : `${r.shortfall} hours`} of ${req.topic}`);
    } else if (r.missing) {
      reasons.push(lowerFirst(r.missing));
    }
  }
  const month = experienceReachable ? experienceMonth : null;
  if (reasons.length === 0 && month !== null) return { kind: 'by-time', month };
  const hasUnmetExperience = outcome.requirements.some((r) => !r.met && r.requirement.kind === 'experience');
  return { kind: 'not-by-time', reasons, experienceMonth: hasUnmetExperience ? month : null };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
