import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT } from '../../../../src/main/core/catalog';
import { computeCarryOver } from '../../../../src/main/core/domain/carryOver';
import { type CeEntry, computeCeProgress } from '../../../../src/main/core/domain/ceProgress';
import { chooseBestPath, evaluatePath } from '../../../../src/main/core/domain/eligibility';
import type { EducationLevel } from '../../../../src/shared/schemas/certification';
import { type Certification, CertificationSchema } from '../../../../src/shared/schemas/certification';
import type { EligibilityRecords } from '../../../../src/main/core/domain/eligibilityRecords';
import { monthIndexOf, monthOf } from '../../../../src/main/core/domain/months';
import { computeCycles } from '../../../../src/main/core/domain/renewalCycles';
import { checkActivityClaim, type HeldCredential } from '../../../../src/main/core/domain/sharing';
import { examOutlineInForce } from '../../../../src/shared/examOutlines';

/**
 * Drives the real engines with one built-in entry's rules, so each certification's table of
 * cases reads like the research notes: a person with these records, these activities → this result.
 */

const CATALOG = new Map(
  BUILTIN_CATALOG.map((entry) => [entry.id, CertificationSchema.parse({ ...entry, origin: 'builtin', updatedAt: BUILTIN_CATALOG_RELEASED_AT, copiedFrom: null })]),
);

export const ALL_BUILTIN_IDS = [...CATALOG.keys()];

export function cert(id: string): Certification {
  const found = CATALOG.get(id);
  if (!found) throw new Error(`No built-in ${id}`);
  return found;
}

/** Evaluations run "now" in November 2026, like the research. */
export const NOW_MONTH = '2026-11';

export interface Person {
  education?: EducationLevel;
  gac?: boolean;
  /** Months of work in an area, ending this month (ongoing entries are counted to now). */
  experience?: Record<string, number>;
  /** Work that ended long ago: counts nowhere inside a window ending now. */
  oldExperience?: Record<string, { months: number; endedMonthsAgo: number }>;
  training?: Record<string, number>;
  held?: string[];
  ticked?: string[];
}

function recordsOf(person: Person): EligibilityRecords {
  const now = monthIndexOf(NOW_MONTH);
  let seq = 0;
  const experience = [
    ...Object.entries(person.experience ?? {}).map(([area, months]) => ({ id: `e${++seq}`, startMonth: monthOf(now - months + 1), endMonth: NOW_MONTH, areas: [area], title: area, organisation: 'Acme' })),
    ...Object.entries(person.oldExperience ?? {}).map(([area, { months, endedMonthsAgo }]) => ({
      id: `e${++seq}`,
      startMonth: monthOf(now - endedMonthsAgo - months + 1),
      endMonth: monthOf(now - endedMonthsAgo),
      areas: [area],
      title: area,
      organisation: 'Acme',
    })),
  ];
  const training = Object.entries(person.training ?? {}).map(([topic, hours]) => ({ id: `t${++seq}`, course: topic, provider: 'Provider', hours, completedOn: '2025-05-01', topic }));
  const tags = new Map([...CATALOG.values()].map((c) => [c.id, c.tags]));
  return {
    educationLevel: person.education ?? null,
    gacAccredited: person.gac ?? false,
    experience,
    training,
    heldCertificationIds: new Set(person.held ?? []),
    heldCertificationTags: tags,
    checkedRequirementIds: new Set(person.ticked ?? []),
  };
}

/** Which paths the person meets, and what the best one (met or closest) still misses. */
export function qualify(id: string, person: Person): { met: string[]; best: string | null; missing: string[]; summaries: Record<string, string> } {
  const records = recordsOf(person);
  const ctx = { records, currentMonth: monthIndexOf(NOW_MONTH), nameOf: (other: string) => CATALOG.get(other)?.acronym ?? other };
  const outcomes = cert(id).paths.map((path) => evaluatePath(path, ctx));
  const bestIndex = chooseBestPath(outcomes);
  const best = bestIndex === null ? undefined : outcomes[bestIndex];
  return {
    met: outcomes.filter((o) => o.met).map((o) => o.path.id),
    best: best?.path.id ?? null,
    missing: best?.requirements.flatMap((r) => (r.missing ? [r.missing] : [])) ?? [],
    summaries: Object.fromEntries(outcomes.flatMap((o) => o.requirements.map((r) => [`${o.path.id}/${r.requirement.id}`, r.summary]))),
  };
}

let entrySeq = 0;
/** An activity: units in a category, `year` (0-based) of a cycle starting 1 March 2025, on `day` of that year. */
export function activity(categoryId: string, units: number, year = 0, options: { typeId?: string; day?: string } = {}): CeEntry {
  const y = 2025 + year;
  return { id: `a${++entrySeq}`, date: `${y}-${options.day ?? '06-01'}`, units, categoryId, activityTypeId: options.typeId ?? null };
}

export const CYCLE_START = '2025-03-01';

/** One cycle of the entry's renewal rules, starting 1 March 2025, evaluated on `today`. */
export function renewal(id: string, entries: CeEntry[], today = '2030-01-01') {
  const m = cert(id).maintenance;
  const [cycle] = computeCycles(m, CYCLE_START, []);
  if (!cycle) throw new Error(`${id} has no cycles`);
  const result = computeCeProgress(m, cycle, entries, today);
  const carried = computeCarryOver(m, cycle, entries, result.entries);
  return { cycle, progress: result.progress, outcomes: result.entries, carriedOut: carried.reduce((s, e) => s + e.units, 0) };
}

/** The field issues logging this activity against the entry's rules would raise. */
export function claimIssues(id: string, claim: { units: number; categoryId: string; activityTypeId?: string | null; date?: string }): string[] {
  const m = cert(id).maintenance;
  const held: HeldCredential = { id: 'held', acronym: cert(id).acronym, name: cert(id).name, body: cert(id).body, certificationId: id, maintenance: m, cycles: computeCycles(m, CYCLE_START, []) };
  return checkActivityClaim([held], { date: claim.date ?? '2025-06-01', units: claim.units, categoryId: claim.categoryId, activityTypeId: claim.activityTypeId ?? null, credentialIds: ['held'] }).map((i) => `${i.path}: ${i.message}`);
}

export function outlineOn(id: string, date: string) {
  return examOutlineInForce(cert(id).exam.outlines, date);
}
