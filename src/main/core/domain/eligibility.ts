import { type CredentialRequirement, EDUCATION_LEVELS, type EducationLevel, type PrerequisitePath, type Requirement } from '../../../shared/schemas/certification';
import { EDUCATION_LABELS } from '../../../shared/educationLabels';
import { countUniqueExperienceMonths } from './experienceMonths';
import {
  type EligibilityRecords,
  type EvaluationContext,
  entriesTaggedWith,
  formatHours,
  plural,
  sumHours,
  trainingFor,
} from './eligibilityRecords';

/**
 * Prerequisite rules read from a track's snapshot: a path is met only when every one of its
 * requirements is; a held credential stands in for a requirement only where the rules list it in
 * `substitutedBy` (or `anyOf` for a credential requirement).
 */

export interface RequirementOutcome {
  requirement: Requirement;
  met: boolean;
  have: number | null;
  need: number | null;
  unit: 'months' | 'hours' | null;
  /** The held credential (catalog id) that stands in for this requirement. */
  metBySubstitute: string | null;
  /** Months or hours still needed; 0 when met or when the requirement is not a quantity. */
  shortfall: number;
  summary: string;
  missing: string | null;
}

export interface PathOutcome {
  path: PrerequisitePath;
  met: boolean;
  requirements: RequirementOutcome[];
}

export function evaluateRequirement(requirement: Requirement, ctx: EvaluationContext): RequirementOutcome {
  const { records } = ctx;
  const base = { requirement, have: null, need: null, unit: null, metBySubstitute: null, shortfall: 0 } as const;
  switch (requirement.kind) {
    case 'education': {
      const met = meetsEducation(records, requirement.minLevel, requirement.gacAccredited);
      const level = records.educationLevel;
      const summary = level === null ? 'Education level not set yet' : `${EDUCATION_LABELS[level]}${records.gacAccredited ? ', GAC-accredited' : ''}`;
      let missing: string | null = null;
      if (!met) {
        if (level === null) missing = 'Set your education level in Records';
        else if (rank(level) < rank(requirement.minLevel)) missing = `Needs ${article(EDUCATION_LABELS[requirement.minLevel])} or higher`;
        else missing = 'Needs a degree from a GAC-accredited programme';
      }
      return { ...base, met, summary, missing };
    }
    case 'experience': {
      const have = countUniqueExperienceMonths(entriesTaggedWith(records.experience, requirement.area), {
        asOf: ctx.currentMonth,
        windowMonths: requirement.windowMonths,
      });
      const substitute = heldSubstitute(records, requirement.substitutedBy);
      const met = have >= requirement.months || substitute !== null;
      const shortfall = met ? 0 : requirement.months - have;
      return {
        ...base,
        met,
        have,
        need: requirement.months,
        unit: 'months',
        metBySubstitute: substitute,
        shortfall,
        summary: substitute !== null && have < requirement.months ? `Covered by holding ${ctx.nameOf(substitute)}` : haveVsNeed(have, requirement.months, 'month'),
        missing: met ? null : `${plural(shortfall, 'more month')} of ${requirement.area}`,
      };
    }
    case 'training': {
      const have = sumHours(trainingFor(records.training, requirement.topic));
      const substitute = heldSubstitute(records, requirement.substitutedBy);
      // PMP Set C: a GAC-accredited degree's core coursework is pre-approved for the hours.
      const byGac = requirement.coveredByGacCoursework && meetsEducation(records, 'bachelor', true);
      const met = have >= requirement.hours || substitute !== null || byGac;
      const shortfall = met ? 0 : Math.round((requirement.hours - have) * 100) / 100;
      const conflict = requirement.conflictingHours;
      const enoughUnderConflict = !met && conflict !== null && have >= conflict;
      let summary = haveVsNeed(have, requirement.hours, 'hour');
      if (substitute !== null && have < requirement.hours) summary = `Covered by holding ${ctx.nameOf(substitute)}`;
      else if (byGac && have < requirement.hours) summary = 'Covered by the core coursework of your GAC-accredited degree';
      else if (enoughUnderConflict) summary = `${summary}: enough if the ${formatHours(conflict)}-hour figure holds (sources disagree: ${formatHours(conflict)} or ${formatHours(requirement.hours)} hours)`;
      return {
        ...base,
        met,
        have,
        need: requirement.hours,
        unit: 'hours',
        metBySubstitute: substitute,
        shortfall,
        summary,
        missing: met ? null : `${plural(shortfall, 'more hour')} of ${requirement.topic}${conflict !== null ? ` (sources disagree: ${formatHours(conflict)} or ${formatHours(requirement.hours)} hours; Certplan asks for the higher)` : ''}`,
      };
    }
    case 'credential': {
      const held = heldForCredentialRequirement(requirement, records);
      const ticked = requirement.orTickLabel !== null && records.checkedRequirementIds.has(requirement.id);
      const met = held.length > 0 || ticked;
      const kindNote = requirement.anyTagged !== null && held.some((id) => !requirement.anyOf.includes(id)) ? ` (an ${requirement.anyTagged} certification)` : '';
      return {
        ...base,
        met,
        summary: held.length > 0 ? `Held: ${held.map(ctx.nameOf).join(', ')}${kindNote}` : ticked ? `You ticked: ${requirement.orTickLabel}` : 'None of them held',
        missing: met ? null : `Hold ${describeCredentialOptions(requirement, ctx)}`,
      };
    }
    case 'check': {
      const met = records.checkedRequirementIds.has(requirement.id);
      return { ...base, met, summary: met ? 'Ticked' : 'Not ticked yet', missing: met ? null : `Tick “${requirement.label}” once it is done` };
    }
  }
}

export function evaluatePath(path: PrerequisitePath, ctx: EvaluationContext): PathOutcome {
  const requirements = path.requirements.map((r) => evaluateRequirement(r, ctx));
  return { path, met: requirements.every((r) => r.met), requirements };
}

/**
 * The path to show first. A met path wins (the first one in the rules' order). Otherwise the one
 * closest to being met: fewest requirements that logging cannot fix soon (education, a credential
 * to earn), then the fewest months and hours still missing, then the fewest unticked checks.
 */
export function chooseBestPath(outcomes: readonly PathOutcome[]): number | null {
  if (outcomes.length === 0) return null;
  const firstMet = outcomes.findIndex((o) => o.met);
  if (firstMet >= 0) return firstMet;
  const score = (o: PathOutcome): [number, number, number] => {
    const unmet = o.requirements.filter((r) => !r.met);
    return [
      unmet.filter((r) => r.requirement.kind === 'education' || r.requirement.kind === 'credential').length,
      unmet.reduce((sum, r) => sum + r.shortfall, 0),
      unmet.filter((r) => r.requirement.kind === 'check').length,
    ];
  };
  let best = 0;
  let bestScore = score(outcomes[0] as PathOutcome);
  outcomes.forEach((o, i) => {
    const s = score(o);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && (s[1] < bestScore[1] || (s[1] === bestScore[1] && s[2] < bestScore[2])))) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

/**
 * Whether the person has recorded anything a requirement of these paths reads: the moment a
 * track moves from exploring to qualifying.
 */
export function readsAnyRecord(paths: readonly PrerequisitePath[], records: EligibilityRecords): boolean {
  return paths.some((path) =>
    path.requirements.some((r) => {
      switch (r.kind) {
        case 'education':
          return records.educationLevel !== null;
        case 'experience':
          return entriesTaggedWith(records.experience, r.area).length > 0 || heldSubstitute(records, r.substitutedBy) !== null;
        case 'training':
          return trainingFor(records.training, r.topic).length > 0 || heldSubstitute(records, r.substitutedBy) !== null || (r.coveredByGacCoursework && meetsEducation(records, 'bachelor', true));
        case 'credential':
          return heldForCredentialRequirement(r, records).length > 0 || records.checkedRequirementIds.has(r.id);
        case 'check':
          return records.checkedRequirementIds.has(r.id);
      }
    }),
  );
}

/** No requirement anywhere: anyone may sit the exam. */
export function hasNoPrerequisites(paths: readonly PrerequisitePath[]): boolean {
  return paths.every((p) => p.requirements.length === 0);
}

function meetsEducation(records: EligibilityRecords, minLevel: EducationLevel, gac: boolean): boolean {
  if (records.educationLevel === null) return false;
  return rank(records.educationLevel) >= rank(minLevel) && (!gac || records.gacAccredited);
}

/**
 * Held credentials (in good standing) that meet a credential requirement: one named in `anyOf`,
 * or any whose catalog entry carries the requirement's tag ("a third-party agile certification").
 */
export function heldForCredentialRequirement(requirement: CredentialRequirement, records: EligibilityRecords): string[] {
  const held = records.heldCertificationIds;
  const named = requirement.anyOf.filter((id) => held.has(id));
  const tag = requirement.anyTagged;
  const tagged = tag === null ? [] : [...held].filter((id) => !named.includes(id) && (records.heldCertificationTags?.get(id) ?? []).includes(tag)).sort();
  return [...named, ...tagged];
}

function describeCredentialOptions(requirement: CredentialRequirement, ctx: EvaluationContext): string {
  const options = [...requirement.anyOf.map(ctx.nameOf), ...(requirement.anyTagged !== null ? [`another ${requirement.anyTagged} certification`] : [])];
  return options.join(' or ');
}

function rank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

function heldSubstitute(records: EligibilityRecords, substitutedBy: readonly string[]): string | null {
  return substitutedBy.find((id) => records.heldCertificationIds.has(id)) ?? null;
}

/** "31 of 36 months"; above the need, "40 months (36 needed)" reads better than "40 of 36". */
function haveVsNeed(have: number, need: number, unit: string): string {
  return have > need ? `${plural(have, unit)} (${formatHours(need)} needed)` : `${formatHours(have)} of ${plural(need, unit)}`;
}

/** "Bachelor’s / four-year degree" → "a Bachelor’s / four-year degree". */
function article(label: string): string {
  return /^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}
