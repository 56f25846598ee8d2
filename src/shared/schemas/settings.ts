import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;

export const SettingsSchema = z.object({
  theme: z.enum(THEMES),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system' };
