import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { useApi } from '../app/AppContext';
import { type Loadable, settle } from '../stores/loadable';

/**
 * Fetches from the core when `key` changes, and again whenever the core reports that data in one
 * of `areas` changed (another view saved something, or the desktop app's other window did).
 * While a reload of the same key runs, the last data stays on screen instead of flashing.
 */
export function useCall<T>(
  key: string | null,
  fetcher: () => Promise<Result<T>>,
  areas: readonly string[] = [],
): { state: Loadable<T>; reload: () => void } {
  const api = useApi();
  const [settled, setSettled] = useState<{ key: string | null; result: Loadable<T> } | null>(null);
  const [generation, setGeneration] = useState(0);
  const fetcherRef = useRef(fetcher);
  useEffect(() => {
    fetcherRef.current = fetcher;
  });

  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    void fetcherRef.current().then((result) => {
      if (current) setSettled((prev) => ({ key, result: settle(prev?.key === key ? prev.result.data : null, result) }));
    });
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const areaKey = areas.join(',');
  useEffect(() => {
    if (!areaKey) return undefined;
    const watched = new Set(areaKey.split(','));
    return api.on('data:changed', ({ areas: changed }) => {
      if (changed.some((area) => watched.has(area))) reload();
    });
  }, [api, areaKey, reload]);

  const state: Loadable<T> =
    settled && settled.key === key ? settled.result : { status: key === null ? 'idle' : 'loading', data: null, error: null } as Loadable<T>;
  return { state, reload };
}
