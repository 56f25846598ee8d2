import type { Track } from '../../../../shared/schemas/track';
import { domainNameOf } from '../trackDomains';

/** A card's domain as people read it; a card need not have one. */
export function cardDomainName(track: Track, domainId: string | null): string {
  return domainId === null ? 'No domain' : domainNameOf(track, domainId);
}
