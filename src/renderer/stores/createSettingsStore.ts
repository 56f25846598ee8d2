import { createStore } from 'zustand/vanilla';
import type { CertplanApi } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/schemas/settings';

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
  update(patch: Partial<Settings>): Promise<boolean>;
}

export function createSettingsStore(api: CertplanApi) {
  return createStore<SettingsState>()((set, get) => ({
    settings: DEFAULT_SETTINGS,
    loaded: false,
    error: null,
    async load() {
      const result = await api['settings:get']({});
      if (result.ok) set({ settings: result.data, loaded: true, error: null });
      else set({ loaded: true, error: result.error });
    },
    async update(patch) {
      // Shown at once (a checkbox must not lag behind the click), put back if the core refuses.
      const previous = get().settings;
      set({ settings: { ...previous, ...patch } });
      const result = await api['settings:update']({ patch });
      if (result.ok) set({ settings: result.data, error: null });
      else set({ settings: previous, error: result.error });
      return result.ok;
    },
  }));
}
