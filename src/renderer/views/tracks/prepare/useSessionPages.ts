import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { PAGE_LIMIT_MAX } from '../../../../shared/schemas/pages';
import type { RunningTimer, StudySession } from '../../../../shared/schemas/studySession';
import { useApi } from '../../../app/AppContext';
import { PREPARATION_AREAS } from './useTrackCall';

/** Sessions asked for at a time: the newest page first, the next as the person scrolls. */
export const SESSION_PAGE = 500;

export interface SessionPages {
  sessions: StudySession[];
  timer: RunningTimer | null;
  /** How many sessions the track has, loaded or not. */
  total: number;
  /** Where the next page starts; null once everything is loaded. */
  nextBefore: string | null;
}

/**
 * A track's study sessions a page at a time (`sessions:list` with `limit`/`before`): ten years
 * of sessions are 20,000 rows, and the table shows the newest first. After a change the core
 * announces, the pages already loaded are read again in one call (up to the contract's 1,000),
 * so the table does not jump back to the top.
 */
export function useSessionPages(trackId: string) {
  const api = useApi();
  const [pages, setPages] = useState<SessionPages | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const loaded = useRef(0);
  const generation = useRef(0);
  const more = useRef<Promise<void> | null>(null);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const limit = Math.min(Math.max(loaded.current, SESSION_PAGE), PAGE_LIMIT_MAX);
    const result = await api['sessions:list']({ trackId, limit });
    if (mine !== generation.current) return;
    if (!result.ok) return setError(result.error);
    setError(null);
    loaded.current = result.data.sessions.length;
    setPages({ sessions: result.data.sessions, timer: result.data.timer, total: result.data.page?.total ?? result.data.sessions.length, nextBefore: result.data.page?.nextBefore ?? null });
  }, [api, trackId]);

  const loadMore = useCallback(() => {
    const before = pages?.nextBefore;
    if (!before || more.current) return;
    const mine = generation.current;
    setLoadingMore(true);
    more.current = api['sessions:list']({ trackId, limit: SESSION_PAGE, before }).then((result) => {
      more.current = null;
      setLoadingMore(false);
      // A reload since then has the newer answer.
      if (mine !== generation.current) return;
      if (!result.ok) return setError(result.error);
      loaded.current += result.data.sessions.length;
      setPages((prev) => prev && { sessions: [...prev.sessions, ...result.data.sessions], timer: result.data.timer, total: result.data.page?.total ?? prev.total, nextBefore: result.data.page?.nextBefore ?? null });
    });
  }, [api, trackId, pages?.nextBefore]);

  useEffect(() => {
    loaded.current = 0;
    void reload();
    const watched = new Set<string>(PREPARATION_AREAS);
    return api.on('data:changed', ({ areas }) => {
      if (areas.some((area) => watched.has(area))) void reload();
    });
  }, [api, reload]);

  return { pages, error, loadingMore, loadMore, reload: () => void reload() };
}
