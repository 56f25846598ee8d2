import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../schemas/dates';
import { SettingsPatchSchema, SettingsSchema } from '../schemas/settings';
import { defineMethods } from './define';

export const AppInfoSchema = z.object({
  version: z.string(),
  /** Which shell the core runs in; the renderer uses it only for wording ("in your browser"). */
  host: z.enum(['electron', 'web']),
  dataDir: z.string(),
  /** The core's clock: the renderer never reads its own for anything that matters. */
  today: IsoDateSchema,
  now: IsoInstantSchema,
  catalogVersion: z.number().int(),
  /** Features only the desktop app has (print to PDF, notifications, tray, open at login). */
  capabilities: z.object({ printToPdf: z.boolean(), nativeNotifications: z.boolean(), openAtLogin: z.boolean() }),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appMethods = defineMethods({
  'app:info': {
    input: z.strictObject({}),
    output: AppInfoSchema,
    summary: 'Version, host, data folder and the core clock',
  },
  'settings:get': {
    input: z.strictObject({}),
    output: SettingsSchema,
    summary: 'Read the person’s settings',
  },
  'settings:update': {
    input: z.strictObject({ patch: SettingsPatchSchema }),
    output: SettingsSchema,
    summary: 'Change some settings and return all of them',
  },
});
