/**
 * Links from a track's walkthrough into Records, carrying the way back: after saving, the form
 * returns to the track's prerequisites.
 */
export function recordLink(trackId: string, section: 'profile' | 'experience' | 'training' | 'credentials', params: Record<string, string> = {}): string {
  const search = new URLSearchParams({ ...params, returnTo: `/tracks/${trackId}/prerequisites` });
  return `/records/${section}?${search.toString()}`;
}
