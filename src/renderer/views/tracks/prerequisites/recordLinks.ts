import { withReturn } from '../../records/returnPath';

/**
 * Links from a track's walkthrough into Records, carrying the way back: after saving, the form
 * returns to the track's prerequisites.
 */
export function recordLink(trackId: string, section: 'profile' | 'experience' | 'training' | 'credentials', params: Record<string, string> = {}): string {
  return withReturn(`/records/${section}`, `/tracks/${trackId}/prerequisites`, params);
}
