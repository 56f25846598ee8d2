import { createStore } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { ReminderList } from '../../shared/schemas/reminders';
import { type Loadable, idle, settle } from './loadable';

/** How many upcoming reminders the store asks for: enough for a glance, not the whole list. */
export const UPCOMING_PAGE = 20;

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
      // The badge needs the due ones, which come whole; of the upcoming ones (every study day
      // ahead, hundreds with a long plan) only a first page.
      const result = await api['reminders:list']({ limit: UPCOMING_PAGE });
      // Several changes arrive together (a delivery announces itself twice); the newest answer wins.
      if (seq !== requestSeq) return;
      set({ list: settle(get().list.data, result) });
    },
  }));
}
