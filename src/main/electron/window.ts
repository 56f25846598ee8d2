import { BrowserWindow, type WebContents, shell } from 'electron';
import { isAppUrl } from './appOrigin';
import { externalHttpUrl } from './externalLinks';

export interface MainWindowOptions {
  preloadPath: string;
  entryUrl: string;
  devServerOrigin: string | null;
  icon?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    title: 'Certplan',
    show: false,
    backgroundColor: '#f7f8fa',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  lockDownWebContents(window.webContents, options.devServerOrigin, (url) => shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.entryUrl);
  return window;
}

/**
 * The page may not be replaced: navigation and redirects leave only for the app's own origin, no
 * window ever opens, no webview attaches. External http(s) links requested with `window.open` or
 * `target="_blank"` go to the system browser instead.
 */
export function lockDownWebContents(
  contents: WebContents,
  devServerOrigin: string | null,
  openExternal: (url: string) => Promise<void>,
): void {
  const keepInApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url, devServerOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
}

/** Denies every new window; hands a plain http(s) URL to the system browser. */
export function createWindowOpenHandler(
  openExternal: (url: string) => Promise<void>,
): (details: { url: string }) => { action: 'deny' } {
  return ({ url }) => {
    const external = externalHttpUrl(url);
    if (external !== null) {
      openExternal(external).catch((error: unknown) => console.error('Could not open link in the browser', error));
    }
    return { action: 'deny' };
  };
}
