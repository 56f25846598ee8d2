import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../../../shared/schemas/settings';
import type { KeyValueRepository } from '../db/repositories/keyValueRepository';
import { invalidField, ruleViolation } from '../errors';
import { isKnownTimeZone } from './calendar/timeZones';

/** Settings are stored one key per row so later slices can add keys without a migration. */
export class SettingsService {
  constructor(
    private readonly store: KeyValueRepository,
    /** The desktop shell's way to start at login; absent where the host cannot. */
    private readonly setOpenAtLogin?: (enabled: boolean) => void,
  ) {}

  get(): Settings {
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const value = this.store.get(key);
      if (value === undefined) continue;
      // Each key on its own: a value an older version wrote that no longer parses falls back to
      // its default without resetting the others.
      const parsed = SettingsSchema.shape[key].safeParse(JSON.parse(value));
      if (parsed.success) settings[key] = parsed.data;
    }
    return settings as Settings;
  }

  update(patch: Partial<Settings>): Settings {
    if (patch.openAtLogin === true && !this.setOpenAtLogin) {
      throw ruleViolation('Opening at login is only possible in the desktop app', [
        { path: 'patch.openAtLogin', message: 'Only the desktop app can open at login' },
      ]);
    }
    const zone = patch.calendar?.timeZone;
    if (zone !== undefined && zone !== null && !isKnownTimeZone(zone)) {
      throw invalidField('patch.calendar.timeZone', `“${zone}” is not a time zone Certplan knows; use a name such as Europe/Berlin, or UTC`);
    }
    // The shell first: if it cannot change the login item, the setting is not saved either.
    if (patch.openAtLogin !== undefined) this.setOpenAtLogin?.(patch.openAtLogin);
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) this.store.set(key, JSON.stringify(value));
    }
    return this.get();
  }

  /** Re-applies "open at login" at start, so a moved app's login entry points at the new place. */
  applyOpenAtLogin(): void {
    if (!this.setOpenAtLogin || !this.get().openAtLogin) return;
    try {
      this.setOpenAtLogin(true);
    } catch (error) {
      // Starting without the login entry beats not starting; the setting stays as chosen.
      console.error('Could not renew the open-at-login entry', error);
    }
  }
}
