import type { Track } from '../../../shared/schemas/track';
import { invalidField } from '../errors';

/**
 * Domain ids the preparation slice accepts for a track (its rules snapshot's exam domains) and
 * the names people read for them.
 */
/**
 * The exam domains of a track, for slices that list them (flashcards). Once exam outlines with
 * effective dates land, this is where "the outline in force" is chosen.
 */
export function examDomainsOf(track: Track): readonly { id: string; name: string; weight: number }[] {
  return track.snapshot.exam.domains;
}

export function domainNameOf(track: Track, domainId: string | null): string {
  if (domainId === null) return track.snapshot.exam.domains.length > 0 ? 'Whole exam' : 'General';
  const domain = track.snapshot.exam.domains.find((d) => d.id === domainId);
  // A session logged before the track adopted a newer exam outline keeps its old domain id.
  return domain ? domain.name : `${domainId} (not in the current exam outline)`;
}

export function assertExamDomain(track: Track, domainId: string | null, path: string): void {
  if (domainId === null) return;
  const domains = track.snapshot.exam.domains;
  if (domains.length === 0) {
    throw invalidField(path, `${track.acronym}’s domains are not known; leave the domain empty (General)`);
  }
  if (!domains.some((d) => d.id === domainId)) {
    throw invalidField(path, `Not a domain of the ${track.acronym} exam (its domains: ${domains.map((d) => d.name).join(', ')})`);
  }
}

/** Every id known and none twice, e.g. for self-ratings or per-domain scores. */
export function assertDomainList(track: Track, ids: readonly string[], path: (index: number) => string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    assertExamDomain(track, id, path(i));
    if (seen.has(id)) throw invalidField(path(i), `${domainNameOf(track, id)} is listed twice`);
    seen.add(id);
  });
}
