import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addDays, format, subYears } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/result';
import { registered } from './registered';

/**
 * The entry's wiring, run in Node against a fake Electron: the real lifecycle (single-instance
 * lock, scheme registration before ready, core, protocol, IPC, window, quit) with a real core on
 * a temporary data folder. Only Electron itself is pretend.
 */

type Listener = (...args: unknown[]) => void;
type IpcHandler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<Result<unknown>>;

const fake = vi.hoisted(() => {
  const make = () => {
    let resolveReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (resolveReady = resolve));
    const appListeners = new Map<string, Listener[]>();
    const paths = new Map<string, string>();
    const windows: Array<{
      options: { webPreferences?: Record<string, unknown> };
      loadedUrl: string | null;
      focused: boolean;
      sent: unknown[][];
    }> = [];
    const ipcHandlers = new Map<string, unknown>();
    const notifications: Array<{ title: string; body: string; shown: boolean }> = [];
    const notificationClicks: Array<() => void> = [];
    const trays: Array<{ tooltip: string; menu: unknown; destroyed: boolean }> = [];
    const state = {
      notifications,
      notificationClicks,
      trays,
      resolveReady: () => resolveReady(),
      appListeners,
      windows,
      ipcHandlers,
      lock: true,
      app: {
        isPackaged: false,
        setName: vi.fn(),
        setPath: vi.fn((name: string, value: string) => paths.set(name, value)),
        getPath: vi.fn((name: string) => paths.get(name) ?? `/nonexistent/${name}`),
        getVersion: () => '0.1.0-test',
        getLocale: () => 'en-US',
        getAppPath: () => '/nonexistent/app',
        requestSingleInstanceLock: vi.fn(() => state.lock),
        on: vi.fn((event: string, listener: Listener) => {
          appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
        }),
        whenReady: () => ready,
        quit: vi.fn(),
        exit: vi.fn(),
        setLoginItemSettings: vi.fn(),
      },
      Notification: class {
        static isSupported = () => true;
        readonly record: { title: string; body: string; shown: boolean };
        constructor(options: { title: string; body: string }) {
          this.record = { ...options, shown: false };
          notifications.push(this.record);
        }
        on(event: string, handler: () => void): void {
          if (event === 'click') notificationClicks.push(handler);
        }
        show(): void {
          this.record.shown = true;
        }
      },
      Tray: class {
        readonly record = { tooltip: '', menu: null as unknown, destroyed: false };
        constructor() {
          trays.push(this.record);
        }
        setToolTip(text: string): void {
          this.record.tooltip = text;
        }
        setContextMenu(menu: unknown): void {
          this.record.menu = menu;
        }
        on(): void {}
        isDestroyed = () => this.record.destroyed;
        destroy(): void {
          this.record.destroyed = true;
        }
      },
      nativeImage: { createFromDataURL: () => ({ resize: () => ({}) }) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: {
        handle: (channel: string, handler: unknown) => ipcHandlers.set(channel, handler),
        removeHandler: (channel: string) => ipcHandlers.delete(channel),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          on: vi.fn(),
        },
      },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      saveAnswer: { canceled: true, filePath: '' },
      dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(() => Promise.resolve(state.saveAnswer)) },
      shell: { openExternal: vi.fn(), openPath: vi.fn() },
      BrowserWindow: class {
        readonly record: (typeof windows)[number];
        readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), send: (...args: unknown[]) => this.record.sent.push(args) };
        constructor(options: { webPreferences?: Record<string, unknown> }) {
          this.record = { options, loadedUrl: null, focused: false, sent: [] };
          windows.push(this.record);
        }
        static getAllWindows = () => windows;
        once(): void {}
        on(): void {}
        loadURL(url: string): Promise<void> {
          this.record.loadedUrl = url;
          return Promise.resolve();
        }
        isDestroyed = () => false;
        isMinimized = () => false;
        restore(): void {}
        show(): void {}
        focus(): void {
          this.record.focused = true;
        }
      },
    };
    return state;
  };
  const holder = { current: make(), make };
  return holder;
});

vi.mock('electron', () => ({
  get app() {
    return fake.current.app;
  },
  get protocol() {
    return fake.current.protocol;
  },
  get ipcMain() {
    return fake.current.ipcMain;
  },
  get session() {
    return fake.current.session;
  },
  get Menu() {
    return fake.current.Menu;
  },
  get dialog() {
    return fake.current.dialog;
  },
  get shell() {
    return fake.current.shell;
  },
  get BrowserWindow() {
    return fake.current.BrowserWindow;
  },
  get Notification() {
    return fake.current.Notification;
  },
  get Tray() {
    return fake.current.Tray;
  },
  get nativeImage() {
    return fake.current.nativeImage;
  },
}));

let dataDir: string;
const savedEnv = { ...process.env };

beforeEach(() => {
  fake.current = fake.make();
  dataDir = mkdtempSync(join(tmpdir(), 'certplan-electron-main-'));
  process.env.CERTPLAN_USER_DATA_DIR = dataDir;
  delete process.env.ELECTRON_RENDERER_URL;
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const listener of fake.current.appListeners.get('will-quit') ?? []) listener();
  process.env = { ...savedEnv };
  vi.restoreAllMocks();
  rmSync(dataDir, { recursive: true, force: true });
});

async function launch(): Promise<void> {
  await import('../../../src/main/electron/main');
  expect(fake.current.protocol.registerSchemesAsPrivileged).toHaveBeenCalled(); // before ready
  fake.current.resolveReady();
}

const ipc = (name: string): IpcHandler => registered(fake.current.ipcHandlers.get(name) as IpcHandler | undefined, name);
const emit = (event: string, ...args: unknown[]): void => {
  for (const listener of fake.current.appListeners.get(event) ?? []) listener(...args);
};

describe('main', () => {
  it('opens the core on the test data folder and wires protocol, IPC and the window', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    const { app } = fake.current;
    expect(app.setName).toHaveBeenCalledWith('Certplan');
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0);

    expect(fake.current.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...fake.current.ipcHandlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    expect(fake.current.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.current.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.current.session.defaultSession.on).toHaveBeenCalledWith('will-download', expect.any(Function));
    expect(fake.current.Menu.setApplicationMenu).toHaveBeenCalled();

    const window = registered(fake.current.windows[0], 'main window');
    expect(window.loadedUrl).toBe('app://certplan/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: true,
    });
    expect(String(window.options.webPreferences?.preload)).toMatch(/preload[/\\]index\.cjs$/);

    const info = await ipc('app:info')({ senderFrame: { url: 'app://certplan/index.html' } }, {});
    expect(info).toMatchObject({ ok: true, data: { host: 'electron', dataDir, version: '0.1.0-test' } });
    expect(info.ok && (info.data as { capabilities: { printToPdf: boolean } }).capabilities.printToPdf).toBe(true);
    const untrusted = await ipc('app:info')({ senderFrame: { url: 'https://example.com/' } }, {});
    expect(untrusted).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Untrusted sender' } });
  });

  it('brings the window forward on a second launch and closes the core on quit', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    emit('second-instance');
    expect(fake.current.windows[0]?.focused).toBe(true);
    emit('will-quit');
    const afterQuit = await ipc('app:info')({ senderFrame: { url: 'app://certplan/index.html' } }, {});
    expect(afterQuit).toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('quits when all windows close, except on macOS', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    emit('window-all-closed');
    expect(fake.current.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    fake.current.app.isPackaged = true;
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    expect(fake.current.windows[0]?.loadedUrl).toBe('app://certplan/index.html');
  });

  it('loads the dev server in development', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    expect(fake.current.windows[0]?.loadedUrl).toBe('http://localhost:5173/');
    const info = await ipc('app:info')({ senderFrame: { url: 'http://localhost:5173/' } }, {});
    expect(info.ok).toBe(true);
  });

  it('explains a database from a newer version and quits without a window', async () => {
    const db = new Database(join(dataDir, 'certplan.sqlite3'));
    db.pragma('user_version = 999');
    db.close();
    await launch();
    await vi.waitFor(() => expect(fake.current.app.exit).toHaveBeenCalledWith(1));
    expect(fake.current.dialog.showErrorBox).toHaveBeenCalledWith(
      'Certplan needs an update',
      expect.stringContaining('newer version of Certplan'),
    );
    expect(fake.current.windows).toHaveLength(0);
    expect(fake.current.ipcHandlers.size).toBe(0);
  });

  it('opens the recovery screen, not an error box, on a zero-byte database', async () => {
    writeFileSync(join(dataDir, 'certplan.sqlite3'), '');
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    expect(fake.current.dialog.showErrorBox).not.toHaveBeenCalled();
    const status = await ipc('recovery:status')({ senderFrame: { url: 'app://certplan/index.html' } }, {});
    expect(status).toMatchObject({ ok: true, data: { active: true, problem: 'empty' } });
  });

  it('saves a backup where the person chooses with the native save dialog', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    const frame = { senderFrame: { url: 'app://certplan/index.html' } };
    expect(await ipc('backups:list')(frame, {})).toMatchObject({ ok: true, data: { canSaveAs: true } });
    const cancelled = await ipc('backups:create')(frame, { saveAs: true });
    expect(cancelled).toMatchObject({ ok: true, data: { cancelled: true, savedTo: null } });
    const target = join(dataDir, 'elsewhere.zip');
    fake.current.saveAnswer = { canceled: false, filePath: target };
    const saved = await ipc('backups:create')(frame, { saveAs: true });
    expect(saved).toMatchObject({ ok: true, data: { cancelled: false, savedTo: { path: target } } });
    expect(statSync(target).size).toBeGreaterThan(0);
    expect(fake.current.dialog.showSaveDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ title: 'Save a Certplan backup' }));
  });

  it('raises a native notification for a due reminder, and the tray shows the next deadline', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    // The shell runs on the real clock: a PMP whose cycle ends in four days is due at once.
    const ends = addDays(new Date(), 4);
    const earnedOn = format(addDays(subYears(ends, 3), 1), 'yyyy-MM-dd');
    const added = await ipc('credentials:add')({ senderFrame: { url: 'app://certplan/index.html' } }, { certificationId: 'pmi-pmp', earnedOn });
    expect(added.ok).toBe(true);
    const endText = format(ends, 'MM/dd/yyyy');
    await vi.waitFor(() =>
      expect(fake.current.notifications).toContainEqual({ title: 'PMP renewal cycle ends', body: expect.stringMatching(new RegExp(`^Due ${endText.replace(/\//g, '\\/')}\\. `)), shown: true }),
    );
    // Clicking it opens the credential in the window.
    const click = registered(fake.current.notificationClicks[0], 'notification click');
    click();
    const window = registered(fake.current.windows[0], 'window');
    expect(window.focused).toBe(true);
    expect(window.sent).toContainEqual(['event:app:open', { path: `/credentials/${added.ok ? (added.data as { id: string }).id : ''}` }]);
    const tray = registered(fake.current.trays[0], 'tray');
    await vi.waitFor(() => expect(tray.tooltip).toBe(`Certplan. Due now: PMP renewal cycle ends, ${endText}`));
    emit('will-quit');
    expect(tray.destroyed).toBe(true);
  });

  it('offers open at login and applies it through the login item settings on macOS and Windows', async () => {
    await launch();
    await vi.waitFor(() => expect(fake.current.windows).toHaveLength(1));
    const info = await ipc('app:info')({ senderFrame: { url: 'app://certplan/index.html' } }, {});
    expect(info.ok && (info.data as { capabilities: { openAtLogin: boolean } }).capabilities.openAtLogin).toBe(['darwin', 'win32', 'linux'].includes(process.platform));
  });

  it('leaves at once when another instance holds the lock', async () => {
    fake.current.lock = false;
    await import('../../../src/main/electron/main');
    expect(fake.current.app.quit).toHaveBeenCalled();
    expect(fake.current.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });
});
