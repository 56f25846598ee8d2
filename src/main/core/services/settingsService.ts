import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../../../shared/schemas/settings';
import type { KeyValueRepository } from '../db/repositories/keyValueRepository';

/** Settings are stored one key per row so later slices can add keys without a migration. */
export class SettingsService {
  constructor(private readonly store: KeyValueRepository) {}

  get(): Settings {
    const raw: Record<string, unknown> = {};
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const value = this.store.get(key);
      if (value !== undefined) raw[key] = JSON.parse(value);
    }
    // A value an older version wrote that no longer parses falls back to its default.
    const parsed = SettingsSchema.partial().safeParse(raw);
    return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  }

  update(patch: Partial<Settings>): Settings {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) this.store.set(key, JSON.stringify(value));
    }
    return this.get();
  }
}
