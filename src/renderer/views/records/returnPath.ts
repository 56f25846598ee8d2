/**
 * Where a record form returns to once saved: the page that sent the person there (a track's
 * prerequisites, the guided start, a credential, the dashboard). Only in-app pages of these kinds
 * are accepted, never an arbitrary address.
 */
const ALLOWED = /^\/(?:start|tracks\/[\w-]+(?:\/[\w-]+)?|credentials\/[\w-]+|records(?:\/[\w-]+)?)?(?:\?[\w=&%.-]*)?$/;

export function safeReturnPath(value: string | null): string | null {
  return value && ALLOWED.test(value) && !value.startsWith('//') ? value : null;
}

/** A link into Records (or another form page) that comes back to `returnTo` after saving. */
export function withReturn(path: string, returnTo: string, params: Record<string, string> = {}): string {
  const search = new URLSearchParams({ ...params, returnTo });
  return `${path}?${search.toString()}`;
}

/** The words for a return link ("Back to PMP prerequisites" needs context; this says where). */
export function returnLabel(returnTo: string): string {
  if (returnTo.startsWith('/start')) return 'Back to the guided start';
  if (returnTo.startsWith('/tracks/')) return 'Back to the track';
  if (returnTo.startsWith('/credentials/')) return 'Back to the credential';
  if (returnTo === '/') return 'Back to the dashboard';
  return 'Back';
}
