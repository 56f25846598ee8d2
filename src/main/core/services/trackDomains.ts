import type { Certification, ExamDomain, ExamOutline } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { Track, TrackOutline } from '../../../shared/schemas/track';
import { formatDayForPeople } from '../domain/calendarDays';
import { describeOutlineDates, examOutlineInForce } from '../../../shared/examOutlines';
import { outlineHasUnknowns } from '../domain/rulesCompleteness';
import type { PlanRules } from '../domain/studyPlan/types';
import { invalidField } from '../errors';

/** The exam date a track plans toward: booked, a target, or none yet. */
export interface OutlineDate {
  examDate: IsoDate;
  booked: boolean;
}

/**
 * The exam outline in force for a track — domains with weights, size, time — the one function
 * every consumer (plan weights, suggested goal, readiness, sessions, practice, flashcards) reads.
 * A person's own outline wins; otherwise the catalog outline in force on the exam date, the
 * target date, or today when no date is set.
 */
export function trackOutlineInForce(
  track: { snapshot: Pick<Certification, 'acronym' | 'exam'>; ownOutline: ExamOutline | null },
  when: OutlineDate | null,
  today: IsoDate,
): TrackOutline {
  const outlines = track.snapshot.exam.outlines;
  const on = when?.examDate ?? today;
  const basis = when === null ? 'today' : when.booked ? 'exam-date' : 'target-date';
  const catalogOutline = examOutlineInForce(outlines, on);
  const canFillIn = outlineHasUnknowns(catalogOutline);
  if (track.ownOutline) {
    return { outline: track.ownOutline, source: 'own', on, basis, outlineCount: outlines.length, canFillIn, sentence: `You filled in this ${track.snapshot.acronym} exam outline yourself (${track.ownOutline.name}); Certplan plans with it.` };
  }
  return { outline: catalogOutline, source: 'catalog', on, basis, outlineCount: outlines.length, canFillIn, sentence: outlineSentence(track.snapshot.acronym, catalogOutline, outlines.length, on, basis) };
}

function outlineSentence(acronym: string, outline: ExamOutline | null, count: number, on: IsoDate, basis: TrackOutline['basis']): string {
  if (outline === null) return `The ${acronym} exam’s content outline is not known; you can fill it in to plan by domain.`;
  if (count <= 1) return `The ${acronym} exam follows the ${outline.name}.`;
  const dates = describeOutlineDates(outline, formatDayForPeople);
  const which = `the ${outline.name}${dates ? ` (${dates})` : ''}`;
  switch (basis) {
    case 'exam-date':
      return `Your exam on ${formatDayForPeople(on)} falls under ${which}.`;
    case 'target-date':
      return `Your target date, ${formatDayForPeople(on)}, falls under ${which}; booking a date on the other side of a switch changes the outline.`;
    case 'today':
      return `With no exam date set yet, Certplan uses the outline in force today: ${which}.`;
  }
}

/** What the planner reads for a track whose exam is on `examDate`: the domains, duration and name of the outline in force then. */
export function planRulesFor(track: { snapshot: Pick<Certification, 'acronym' | 'exam'>; ownOutline: ExamOutline | null }, examDate: IsoDate, today: IsoDate): PlanRules {
  const { outline } = trackOutlineInForce(track, { examDate, booked: false }, today);
  return {
    domains: outline?.domains ?? [],
    durationMinutes: outline?.durationMinutes ?? null,
    outline: outline ? { id: outline.id, name: outline.name } : null,
  };
}

/** The domains with weights of the outline a track follows (empty when unknown). */
export const outlineDomains = (track: Pick<Track, 'outline'>): readonly ExamDomain[] => track.outline.outline?.domains ?? [];

/** The exam domains of a track as the slices that list them (flashcards) read them: the outline in force. */
export const examDomainsOf = outlineDomains;
const domainsOf = outlineDomains;

/**
 * Domain ids the preparation slice accepts for a track (the outline in force) and the names
 * people read for them.
 */
export function domainNameOf(track: Pick<Track, 'outline'>, domainId: string | null): string {
  const domains = domainsOf(track);
  if (domainId === null) return domains.length > 0 ? 'Whole exam' : 'General';
  const domain = domains.find((d) => d.id === domainId);
  // A session logged under another outline (before a date move or an adoption) keeps its old domain id.
  return domain ? domain.name : `${domainId} (not in the exam outline in force)`;
}

export function assertExamDomain(track: Pick<Track, 'outline' | 'acronym'>, domainId: string | null, path: string): void {
  if (domainId === null) return;
  const domains = domainsOf(track);
  if (domains.length === 0) {
    throw invalidField(path, `${track.acronym}’s domains are not known; leave the domain empty (General)`);
  }
  if (!domains.some((d) => d.id === domainId)) {
    throw invalidField(path, `Not a domain of the ${track.acronym} exam outline in force (its domains: ${domains.map((d) => d.name).join(', ')})`);
  }
}

/** Every id known and none twice, e.g. for self-ratings or per-domain scores. */
export function assertDomainList(track: Pick<Track, 'outline' | 'acronym'>, ids: readonly string[], path: (index: number) => string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    assertExamDomain(track, id, path(i));
    if (seen.has(id)) throw invalidField(path(i), `${domainNameOf(track, id)} is listed twice`);
    seen.add(id);
  });
}
