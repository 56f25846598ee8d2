import { createStore } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { Dashboard } from '../../shared/contract/dashboard';

/** How long a kept answer is trusted without asking again (a change announced since drops it at once). */
export const DASHBOARD_KEPT_FOR_MS = 60_000;

export interface DashboardKeptState {
  /** The last dashboard answer and when it came, while nothing in the core has changed since. */
  kept: { answer: Dashboard; at: number } | null;
  /** How many times a kept answer was dropped by an announced change (only ever grows). */
  changes: number;
  keep(answer: Dashboard, at?: number): void;
  /** The kept answer if it is younger than `maxAgeMs`. */
  recent(maxAgeMs: number, now?: number): Dashboard | null;
}

/**
 * The dashboard's last answer, so coming back to the start screen shows it at once without
 * asking the core again. Any change the core announces drops it — whatever the area, since the
 * dashboard sums up nearly all of them — so a person never sees figures from before their own
 * change; the age limit covers announcements missed while the event stream reconnected.
 */
export function createDashboardStore(api: CertplanApi) {
  let listening = false;
  return createStore<DashboardKeptState>()((set, get) => ({
    kept: null,
    changes: 0,
    keep(answer, at = Date.now()) {
      if (!listening) {
        listening = true;
        api.on('data:changed', () => set((s) => ({ kept: null, changes: s.changes + 1 })));
      }
      set({ kept: { answer, at } });
    },
    recent(maxAgeMs, now = Date.now()) {
      const { kept } = get();
      return kept && now - kept.at < maxAgeMs ? kept.answer : null;
    },
  }));
}
