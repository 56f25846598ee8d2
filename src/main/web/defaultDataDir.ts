import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's `app.getPath('userData')` uses for an app named Certplan, so the desktop
 * app and `npm run web` open the same data unless told otherwise.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Certplan');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Certplan');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Certplan');
}
