import { createStore } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { Dashboard } from '../../shared/contract/dashboard';

export interface DashboardKeptState {
  /** The last dashboard answer, while nothing in the core has changed since it was given. */
  kept: Dashboard | null;
  keep(answer: Dashboard): void;
}

/**
 * The dashboard's last answer, so coming back to the start screen shows it at once (the view
 * still asks the core again and shows the new answer when it arrives). Any change announced by
 * the core drops it — whatever the area, since the dashboard sums up nearly all of them — so a
 * person never sees figures from before their own change; then the view waits for the core as
 * on its first visit.
 */
export function createDashboardStore(api: CertplanApi) {
  let listening = false;
  return createStore<DashboardKeptState>()((set) => ({
    kept: null,
    keep(answer) {
      if (!listening) {
        listening = true;
        api.on('data:changed', () => set({ kept: null }));
      }
      set({ kept: answer });
    },
  }));
}
