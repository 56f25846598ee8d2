import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ElectronApplication, _electron as electron } from '@playwright/test';
import type { ElectronBinary } from './electronBinary';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** Launches the built app the way `npm start` does, on the given data folder. */
export async function launchApp(binary: Extract<ElectronBinary, { found: true }>, userDataDir: string): Promise<ElectronApplication> {
  if (!existsSync(join(PROJECT_ROOT, 'out', 'main', 'index.js'))) throw new Error('Run `npm run build` first');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  return electron.launch({
    executablePath: binary.path,
    args: ['.'],
    cwd: PROJECT_ROOT,
    env: { ...env, CERTPLAN_USER_DATA_DIR: userDataDir },
  });
}
