import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * The same lookup as scripts/start.mjs, without requiring the electron package (its index.js
 * downloads the binary as a side effect): ELECTRON_OVERRIDE_DIST_PATH, else
 * node_modules/electron/path.txt naming a file under node_modules/electron/dist.
 */
export function findElectronBinary(projectDir: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packageDir = join(projectDir, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = relative || DEFAULT_EXECUTABLE[process.platform] || 'electron';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, executable);
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  if (!relative) {
    return {
      found: false,
      reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing; run `node node_modules/electron/install.js` where GitHub is reachable)',
    };
  }
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: `node_modules/electron/path.txt names ${candidate}, which does not exist` };
}
