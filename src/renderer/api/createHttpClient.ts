import {
  type CertplanApi,
  EVENT_NAMES,
  type EventName,
  type EventPayload,
  METHOD_NAMES,
  type MethodName,
} from '../../shared/contract';
import type { Result } from '../../shared/result';

const TOKEN_KEY = 'certplan.token';

/**
 * The web host prints its address as `http://127.0.0.1:<port>/#token=…`. The token is moved from
 * the URL into this tab's session storage and the fragment is cleared, so it is not left in
 * the address bar or history.
 */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

/** The same CertplanApi as the preload's, over `POST /api/<method>` and server-sent events. */
export function createHttpClient(baseUrl: string, token: string): CertplanApi {
  const call = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(new URL(`api/${method}`, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: { code: 'storage', message: 'Certplan is not reachable. Is the web host still running?' },
      };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `Unexpected answer (${response.status})` } };
    }
  };

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const ensureStream = () => {
    if (source) return;
    source = new EventSource(new URL(`api/events?token=${encodeURIComponent(token)}`, baseUrl));
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as unknown;
        listeners.get(name)?.forEach((listener) => listener(payload));
      });
    }
  };

  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [name, (input: unknown) => call(name, input)]),
  ) as Omit<CertplanApi, 'on'>;

  return {
    ...api,
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      listeners.set(event, set);
      return () => set.delete(wrapped);
    },
  } as CertplanApi;
}
