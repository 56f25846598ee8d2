import { describe, expect, it, vi } from 'vitest';
import { FutureDatabaseError } from '../../../src/main/core/db/migrate';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));

const { APP_ENTRY_URL, rendererLocation } = await import('../../../src/main/electron/appOrigin');
const { isLocalDownloadUrl } = await import('../../../src/main/electron/downloads');
const { appMenuTemplate } = await import('../../../src/main/electron/menu');
const { startupErrorMessage } = await import('../../../src/main/electron/startupError');
const { buildPaths } = await import('../../../src/main/electron/buildPaths');

describe('rendererLocation', () => {
  it('serves app://certplan/index.html by default', () => {
    expect(rendererLocation(undefined, false)).toEqual({ entryUrl: APP_ENTRY_URL, devServerOrigin: null });
    expect(APP_ENTRY_URL).toBe('app://certplan/index.html');
  });

  it('uses the dev server only in an unpackaged app', () => {
    expect(rendererLocation('http://localhost:5173', false)).toEqual({
      entryUrl: 'http://localhost:5173/',
      devServerOrigin: 'http://localhost:5173',
    });
    expect(rendererLocation('http://localhost:5173', true).entryUrl).toBe(APP_ENTRY_URL);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(rendererLocation('file:///tmp/evil.html', false).entryUrl).toBe(APP_ENTRY_URL);
    expect(rendererLocation('nonsense', false).entryUrl).toBe(APP_ENTRY_URL);
  });
});

describe('buildPaths', () => {
  it('finds the renderer and preload beside the built main file', () => {
    expect(buildPaths('file:///app/resources/app.asar/out/main/index.js')).toEqual({
      rendererDir: '/app/resources/app.asar/out/renderer/',
      preloadFile: '/app/resources/app.asar/out/preload/index.cjs',
    });
  });
});

describe('downloads', () => {
  it('allows only files the page made itself', () => {
    expect(isLocalDownloadUrl('blob:app://certplan/0b6c3f0e-1d2a-4c1e-9a52-0f7c1b7f7c11')).toBe(true);
    expect(isLocalDownloadUrl('data:text/csv;base64,YQ==')).toBe(true);
    expect(isLocalDownloadUrl('https://example.com/file.exe')).toBe(false);
    expect(isLocalDownloadUrl('file:///etc/passwd')).toBe(false);
  });
});

describe('appMenuTemplate', () => {
  const roles = (template: ReturnType<typeof appMenuTemplate>): string[] =>
    JSON.stringify(template, (key, value: unknown) => (key === 'click' ? undefined : value))
      .match(/"role":"[a-zA-Z]+"/g)
      ?.map((match) => match.slice(8, -1)) ?? [];

  it('has developer items only when not packaged', () => {
    const dev = roles(appMenuTemplate({ platform: 'linux', isPackaged: false, openDataFolder: () => undefined }));
    const shipped = roles(appMenuTemplate({ platform: 'linux', isPackaged: true, openDataFolder: () => undefined }));
    expect(dev).toContain('toggleDevTools');
    expect(dev).toContain('reload');
    expect(shipped).not.toContain('toggleDevTools');
    expect(shipped).not.toContain('reload');
    expect(shipped).not.toContain('forceReload');
  });

  it('puts the app menu first on macOS only', () => {
    const mac = appMenuTemplate({ platform: 'darwin', isPackaged: true, openDataFolder: () => undefined });
    const linux = appMenuTemplate({ platform: 'linux', isPackaged: true, openDataFolder: () => undefined });
    expect(mac.map((item) => item.label ?? item.role)).toEqual(['Certplan', 'File', 'Edit', 'View', 'window', 'help']);
    expect(linux.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'window', 'help']);
  });
});

describe('startupErrorMessage', () => {
  it('explains a database from a newer version', () => {
    const message = startupErrorMessage(new FutureDatabaseError(9, 1), '/data');
    expect(message.title).toBe('Certplan needs an update');
    expect(message.content).toContain('newer version of Certplan');
  });

  it('names the data folder for any other failure', () => {
    const message = startupErrorMessage(new Error('disk I/O error'), '/data/Certplan');
    expect(message.content).toContain('/data/Certplan');
    expect(message.content).toContain('disk I/O error');
  });
});
