import type { EducationLevel } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { ExperienceSpan } from './experienceMonths';
import type { MonthIndex } from './months';

/** What the eligibility rules read about a person, gathered by the service from the stores. */
export interface ExperienceRecord extends ExperienceSpan {
  title: string;
  organisation: string;
  areas: readonly string[];
}

export interface TrainingRecord {
  id: string;
  course: string;
  provider: string;
  hours: number;
  completedOn: IsoDate;
  topic: string;
}

export interface EligibilityRecords {
  educationLevel: EducationLevel | null;
  gacAccredited: boolean;
  experience: readonly ExperienceRecord[];
  training: readonly TrainingRecord[];
  /** Catalog ids of the credentials the person holds in good standing. */
  heldCertificationIds: ReadonlySet<string>;
  /** Catalog tags of held certifications (`agile`), for requirements that name a kind of certification. */
  heldCertificationTags?: ReadonlyMap<string, readonly string[]>;
  /** Held but suspended or expired: they do not count, and the walkthrough says why. */
  lapsedCertificationIds?: ReadonlySet<string>;
  /** Check requirements ticked on this track. */
  checkedRequirementIds: ReadonlySet<string>;
}

export interface EvaluationContext {
  records: EligibilityRecords;
  /** The current month of the injected clock. */
  currentMonth: MonthIndex;
  /** Acronym for a catalog id, for messages ("hold CAPM"). */
  nameOf: (certificationId: string) => string;
}

/** Areas and topics are typed by people: compare them ignoring case and extra spaces. */
export function normalizeTag(tag: string): string {
  // A person has a few dozen distinct tags, compared thousands of times per status round (issue 10).
  const known = normalized.get(tag);
  if (known !== undefined) return known;
  const result = tag.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  if (normalized.size >= MAX_NORMALIZED) normalized.clear();
  normalized.set(tag, result);
  return result;
}

const normalized = new Map<string, string>();
const MAX_NORMALIZED = 10_000;

export function sameTag(a: string, b: string): boolean {
  return normalizeTag(a) === normalizeTag(b);
}

export function entriesTaggedWith<T extends Pick<ExperienceRecord, 'areas'>>(entries: readonly T[], area: string): T[] {
  return entries.filter((entry) => entry.areas.some((tag) => sameTag(tag, area)));
}

export function trainingFor<T extends Pick<TrainingRecord, 'topic'>>(entries: readonly T[], topic: string): T[] {
  return entries.filter((entry) => sameTag(entry.topic, topic));
}

/** Hours add up in floating point; round to the hundredth people type (0.25, 27.5). */
export function sumHours(entries: readonly { hours: number }[]): number {
  return Math.round(entries.reduce((sum, e) => sum + e.hours, 0) * 100) / 100;
}

export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : String(Math.round(hours * 100) / 100);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n === Math.trunc(n) ? n : formatHours(n)} ${n === 1 ? one : many}`;
}
