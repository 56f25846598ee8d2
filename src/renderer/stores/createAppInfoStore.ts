import { createStore } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { AppInfo } from '../../shared/contract/app';
import { type Loadable, idle, settle } from './loadable';

export interface AppInfoState {
  info: Loadable<AppInfo>;
  load(): Promise<void>;
}

/** Version, host and the core's "today"; reloaded when data changes so a pinned clock is seen. */
export function createAppInfoStore(api: CertplanApi) {
  return createStore<AppInfoState>()((set, get) => ({
    info: idle(),
    async load() {
      const result = await api['app:info']({});
      set({ info: settle(get().info.data, result) });
    },
  }));
}
