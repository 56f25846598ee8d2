import { createStore } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { CatalogList } from '../../shared/contract/catalog';
import type { CertLevel } from '../../shared/schemas/certification';
import { type Loadable, idle, settle } from './loadable';

export interface CatalogFilter {
  query: string;
  body: string;
  level: CertLevel | '';
  origin: 'builtin' | 'custom' | '';
}

export interface CatalogState {
  filter: CatalogFilter;
  list: Loadable<CatalogList>;
  setFilter(patch: Partial<CatalogFilter>): Promise<void>;
  load(): Promise<void>;
}

export const EMPTY_FILTER: CatalogFilter = { query: '', body: '', level: '', origin: '' };

/** Keeps the search and filters while the person opens entries and comes back. */
export function createCatalogStore(api: CertplanApi) {
  let requestSeq = 0;
  return createStore<CatalogState>()((set, get) => ({
    filter: EMPTY_FILTER,
    list: idle(),
    async setFilter(patch) {
      set({ filter: { ...get().filter, ...patch } });
      await get().load();
    },
    async load() {
      const seq = ++requestSeq;
      const { filter, list } = get();
      set({ list: { status: 'loading', data: list.data, error: null } });
      const result = await api['catalog:list']({
        ...(filter.query.trim() ? { query: filter.query.trim() } : {}),
        ...(filter.body ? { body: filter.body } : {}),
        ...(filter.level ? { level: filter.level } : {}),
        ...(filter.origin ? { origin: filter.origin } : {}),
      });
      // Typing fast fires several searches; only the newest may land.
      if (seq !== requestSeq) return;
      set({ list: settle(list.data, result) });
    },
  }));
}
