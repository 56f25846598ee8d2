import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { app } from 'electron';

/** Where a Linux desktop looks for programs to start at login (XDG Autostart). */
export function autostartFile(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'autostart', 'certplan.desktop');
}

/** Quotes an argument for a desktop entry's Exec key (the Desktop Entry Specification's rules). */
export function quoteExecArgument(arg: string): string {
  if (!/[\s"'\\`$<>|&;*?#()]/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Certplan',
    'Comment=Certification planner: reminders before every deadline',
    `Exec=${command.map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * The command that starts this copy of Certplan: the AppImage file (its mount point changes every
 * run), the installed binary, or Electron with the app folder during development.
 */
export function launchCommand(info: { appImage: string | undefined; execPath: string; isPackaged: boolean; appPath: string }): string[] {
  if (info.appImage) return [info.appImage];
  return info.isPackaged ? [info.execPath] : [info.execPath, info.appPath];
}

/**
 * "Open at login" for the platforms Electron supports it on: the login item on macOS and
 * Windows, an XDG autostart entry on Linux. Undefined elsewhere, so the setting is not offered.
 */
export function openAtLoginFor(platform: NodeJS.Platform): ((enabled: boolean) => void) | undefined {
  if (platform === 'darwin' || platform === 'win32') {
    return (enabled) => app.setLoginItemSettings({ openAtLogin: enabled });
  }
  if (platform === 'linux') {
    return (enabled) => {
      const file = autostartFile();
      if (!enabled) {
        rmSync(file, { force: true });
        return;
      }
      const command = launchCommand({ appImage: process.env.APPIMAGE, execPath: process.execPath, isPackaged: app.isPackaged, appPath: app.getAppPath() });
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, autostartEntry(command), { mode: 0o644 });
    };
  }
  return undefined;
}
