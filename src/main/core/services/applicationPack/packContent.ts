import type { Credential } from '../../../../shared/schemas/credential';
import type { EducationLevel } from '../../../../shared/schemas/certification';
import type { IsoDate, IsoMonth } from '../../../../shared/schemas/dates';
import type { Track } from '../../../../shared/schemas/track';
import { EDUCATION_LABELS } from '../../../../shared/educationLabels';
import { EXPERIENCE_MONTH_RULE } from '../../../../shared/experienceRule';
import type { StoredExperience } from '../../db/repositories/experienceRepository';
import type { TrainingWithEvidence } from '../../db/repositories/trainingRepository';
import { entriesTaggedWith, sameTag, sumHours, trainingFor } from '../../domain/eligibilityRecords';
import { attributeMonths, countUniqueExperienceMonths, windowStartOf } from '../../domain/experienceMonths';
import { monthOf } from '../../domain/months';
import type { Evaluation } from '../eligibilityService';

/**
 * What goes into an application pack, in one plain structure both the HTML and the CSV are
 * written from: the education, every experience entry that counts (with the months it counts
 * and its description), the training that counts, credentials held and ticked checks.
 */
export interface PackContent {
  track: { acronym: string; name: string; body: string };
  generatedOn: IsoDate;
  rule: string;
  education: { level: EducationLevel | null; label: string; gacAccredited: boolean };
  result: { met: boolean; headline: string; missing: string[] };
  experience: {
    area: string;
    windowFrom: IsoMonth | null;
    windowTo: IsoMonth;
    countedMonths: number;
    needs: string[];
    rows: {
      title: string;
      organisation: string;
      role: string;
      startMonth: IsoMonth;
      endMonth: IsoMonth | null;
      monthsInWindow: number;
      monthsCounted: number;
      hours: number | null;
      description: string;
    }[];
  }[];
  training: {
    topic: string;
    totalHours: number;
    needs: string[];
    rows: { course: string; provider: string; completedOn: IsoDate; hours: number; evidenceName: string | null }[];
  }[];
  credentials: { acronym: string; name: string; body: string; credentialNumber: string | null; earnedOn: IsoDate }[];
  checks: { label: string; checked: boolean }[];
}

export interface PackSources {
  track: Track;
  today: IsoDate;
  evaluation: Evaluation;
  experience: readonly StoredExperience[];
  training: readonly TrainingWithEvidence[];
  credentials: readonly Credential[];
}

export function buildPackContent({ track, today, evaluation, experience, training, credentials }: PackSources): PackContent {
  const { ctx, outcomes, bestIndex } = evaluation;
  const best = bestIndex === null ? undefined : outcomes[bestIndex];
  const requirements = track.snapshot.paths.flatMap((path) => path.requirements.map((r) => ({ path, r })));
  const level = ctx.records.educationLevel;

  const experienceGroups: PackContent['experience'] = [];
  for (const { path, r } of requirements) {
    if (r.kind !== 'experience') continue;
    const need = `${r.months} months (${path.name})`;
    const existing = experienceGroups.find((g) => sameTag(g.area, r.area) && g.windowFrom === windowFrom(ctx.currentMonth, r.windowMonths));
    if (existing) {
      if (!existing.needs.includes(need)) existing.needs.push(need);
      continue;
    }
    const tagged = entriesTaggedWith(experience, r.area);
    const options = { asOf: ctx.currentMonth, windowMonths: r.windowMonths };
    const attribution = new Map(attributeMonths(tagged, options).map((a) => [a.id, a]));
    experienceGroups.push({
      area: r.area,
      windowFrom: windowFrom(ctx.currentMonth, r.windowMonths),
      windowTo: monthOf(ctx.currentMonth),
      countedMonths: countUniqueExperienceMonths(tagged, options),
      needs: [need],
      rows: tagged
        .filter((e) => (attribution.get(e.id)?.monthsInWindow ?? 0) > 0)
        .sort((a, b) => a.startMonth.localeCompare(b.startMonth))
        .map((e) => ({
          title: e.title,
          organisation: e.organisation,
          role: e.role,
          startMonth: e.startMonth,
          endMonth: e.endMonth,
          monthsInWindow: attribution.get(e.id)?.monthsInWindow ?? 0,
          monthsCounted: attribution.get(e.id)?.uniqueMonths ?? 0,
          hours: e.hours,
          description: e.description,
        })),
    });
  }

  const trainingGroups: PackContent['training'] = [];
  for (const { path, r } of requirements) {
    if (r.kind !== 'training') continue;
    const need = `${r.hours} hours (${path.name})`;
    const existing = trainingGroups.find((g) => sameTag(g.topic, r.topic));
    if (existing) {
      if (!existing.needs.includes(need)) existing.needs.push(need);
      continue;
    }
    const matching = trainingFor(training, r.topic);
    trainingGroups.push({
      topic: r.topic,
      totalHours: sumHours(matching),
      needs: [need],
      rows: [...matching]
        .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
        .map((t) => ({ course: t.course, provider: t.provider, completedOn: t.completedOn, hours: t.hours, evidenceName: t.evidenceName })),
    });
  }

  const checks = requirements.flatMap(({ r }) => (r.kind === 'check' ? [{ label: r.label, checked: ctx.records.checkedRequirementIds.has(r.id) }] : []));
  return {
    track: { acronym: track.acronym, name: track.name, body: track.body },
    generatedOn: today,
    rule: EXPERIENCE_MONTH_RULE,
    education: { level, label: level === null ? 'Not recorded' : EDUCATION_LABELS[level], gacAccredited: ctx.records.gacAccredited },
    result: best
      ? {
          met: best.met,
          headline: best.met ? `Prerequisites met through the ${best.path.name} path` : `Not met yet; closest path: ${best.path.name}`,
          missing: best.requirements.flatMap((r) => (r.missing ? [r.missing] : [])),
        }
      : { met: true, headline: 'No prerequisites', missing: [] },
    experience: experienceGroups,
    training: trainingGroups,
    credentials: credentials.map((c) => ({ acronym: c.acronym, name: c.name, body: c.body, credentialNumber: c.credentialNumber, earnedOn: c.earnedOn })),
    // The same check can appear on several paths; list it once.
    checks: checks.filter((c, i) => checks.findIndex((o) => o.label === c.label) === i),
  };
}

function windowFrom(current: number, windowMonths: number | null): IsoMonth | null {
  return windowMonths === null ? null : monthOf(windowStartOf(current, windowMonths));
}
