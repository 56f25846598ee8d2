import { useApi, useStores } from '../../../app/AppContext';
import { useCall } from '../../../hooks/useCall';

/** Everything the Prepare and Exam tabs show refreshes when any of these areas changes. */
export const PREPARATION_AREAS = ['prep', 'sessions', 'practice', 'exam', 'tracks', 'settings', 'undo'] as const;

export function usePreparation(trackId: string) {
  const api = useApi();
  return useCall(`prep:get:${trackId}`, () => api['prep:get']({ trackId }), PREPARATION_AREAS);
}

/** A track's sessions: `whole` (every one), `timer` (the running timer and the newest session only) or not at all (null). */
export function useSessions(trackId: string, what: 'whole' | 'timer' | null = 'whole') {
  const api = useApi();
  return useCall(what ? `sessions:list:${trackId}:${what}` : null, () => api['sessions:list'](what === 'timer' ? { trackId, limit: 1 } : { trackId }), PREPARATION_AREAS);
}

/** Short messages after an action: success fades, errors stay until dismissed. */
export function useNotify() {
  const { notices } = useStores();
  return {
    success: (message: string) => void notices.getState().show({ kind: 'success', message }),
    error: (message: string) => void notices.getState().show({ kind: 'error', message }),
  };
}
