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
  return createStore<SettingsState>()((set) => ({
    settings: DEFAULT_SETTINGS,
    loaded: false,
    error: null,
    async load() {
      const result = await api['settings:get']({});
      if (result.ok) set({ settings: result.data, loaded: true, error: null });
      else set({ loaded: true, error: result.error });
    },
    async update(patch) {
      const result = await api['settings:update']({ patch });
      if (result.ok) set({ settings: result.data, error: null });
      else set({ error: result.error });
      return result.ok;
    },
  }));
}
