import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BrowserWindow, app, dialog, session, shell } from 'electron';
import { type Core, createCore } from '../core/createCore';
import { rendererLocation } from './appOrigin';
import { buildPaths } from './buildPaths';
import { allowOnlyLocalDownloads } from './downloads';
import { eventChannel } from './channels';
import { bindIpc } from './ipc';
import { installAppMenu } from './menu';
import { openAtLoginFor } from './openAtLogin';
import { printToPdf } from './printToPdf';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { chooseSaveLocationFor } from './saveDialog';
import { showDueReminders } from './reminderNotifications';
import { denyAllPermissions } from './security';
import { startupErrorMessage } from './startupError';
import { createTray } from './tray';
import { createMainWindow } from './window';

// The Electron entry: lifecycle and wiring only. Everything the app does is a call into the core.

app.setName('Certplan');
// Tests give every launch a fresh data folder. Set before the single-instance lock, which lives
// in the userData folder, so parallel test launches do not find each other.
const userDataOverride = process.env.CERTPLAN_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

const location = rendererLocation(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const paths = buildPaths(import.meta.url);
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
// Held here: a tray that is garbage-collected disappears from the panel.
let tray: { destroy: () => void } | null = null;

if (app.requestSingleInstanceLock()) {
  registerAppScheme();
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('will-quit', () => {
    tray?.destroy();
    tray = null;
    core?.close();
    core = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => exitWithError(error, app.getPath('userData')));
} else {
  // Another Certplan owns this data folder; it has been told to come to the front.
  app.quit();
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  try {
    core = await createCore({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      // The renderer's locale, so the core's sentences write dates as the window's date fields do.
      locale: app.getLocale(),
      validateOutputs: !app.isPackaged,
      hostServices: { printToPdf, setOpenAtLogin: openAtLoginFor(process.platform), chooseSaveLocation: chooseSaveLocationFor(() => mainWindow) },
    });
  } catch (error) {
    exitWithError(error, dataDir);
    return;
  }
  // A damaged or empty data file opens the recovery screen in the window; say so in the log too.
  const recovery = core.recoveryLine();
  if (recovery) console.error(recovery);
  denyAllPermissions(session.defaultSession);
  allowOnlyLocalDownloads(session.defaultSession);
  registerAppProtocol(paths.rendererDir);
  bindIpc(core, () => mainWindow, location.devServerOrigin);
  showDueReminders(core, openItem);
  tray = createTray(core, { open: showMainWindow, openItem, quit: () => app.quit() });
  installAppMenu({
    platform: process.platform,
    isPackaged: app.isPackaged,
    openDataFolder: () => void shell.openPath(dataDir),
  });
  openMainWindow();
}

function openMainWindow(path?: string): void {
  // Packaged Linux builds take the icon from their .desktop entry; this covers `npm start`.
  const devIcon = join(app.getAppPath(), 'assets', 'icon.png');
  mainWindow = createMainWindow({
    preloadPath: paths.preloadFile,
    // A new window opens straight on the item (hash routes); an open one is asked to show it.
    entryUrl: path ? `${location.entryUrl}#${path}` : location.entryUrl,
    devServerOrigin: location.devServerOrigin,
    ...(existsSync(devIcon) ? { icon: devIcon } : {}),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** From a notification or the tray: the window, reopened if it was closed (macOS keeps running). */
function showMainWindow(): void {
  if (!mainWindow && core) openMainWindow();
  focusMainWindow();
}

/** From a notification or the tray line: the window, showing the reminder's item. */
function openItem(path: string): void {
  if (!mainWindow) {
    if (core) openMainWindow(path);
    return;
  }
  focusMainWindow();
  mainWindow.webContents.send(eventChannel('app:open'), { path });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function exitWithError(error: unknown, dataDir: string): void {
  console.error('Certplan failed to start', error);
  const { title, content } = startupErrorMessage(error, dataDir);
  dialog.showErrorBox(title, content);
  core?.close();
  core = null;
  app.exit(1);
}
