import { createStore } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { ReminderList } from '../../shared/schemas/reminders';
import { type Loadable, idle, settle } from './loadable';

export interface ReminderState {
  list: Loadable<ReminderList>;
  load(): Promise<void>;
}

/** The reminder list behind the nav badge and the reminder center, reloaded when reminders change. */
export function createReminderStore(api: CertplanApi) {
  let requestSeq = 0;
  return createStore<ReminderState>()((set, get) => ({
    list: idle(),
    async load() {
      const seq = ++requestSeq;
      const result = await api['reminders:list']({});
      // Several changes arrive together (a delivery announces itself twice); the newest answer wins.
      if (seq !== requestSeq) return;
      set({ list: settle(get().list.data, result) });
    },
  }));
}
