import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registered } from './registered';

const electron = vi.hoisted(() => ({ BrowserWindow: vi.fn(), shell: { openExternal: vi.fn() } }));
vi.mock('electron', () => electron);

const { createWindowOpenHandler, lockDownWebContents } = await import('../../../src/main/electron/window');

describe('window-open handler', () => {
  it.each(['https://www.pmi.org/certifications/project-management-pmp', 'http://example.com/a?b=c#d'])(
    'denies %s and opens it in the system browser',
    (url) => {
      const openExternal = vi.fn(() => Promise.resolve());
      expect(createWindowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
      expect(openExternal).toHaveBeenCalledWith(new URL(url).href);
    },
  );

  it.each([
    'app://certplan/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.com',
    'ms-settings:privacy',
    'smb://server/share',
    'https://user:secret@example.com/',
    'not a url',
    '',
  ])('denies %s without opening anything', (url) => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(createWindowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('still denies when the system browser fails', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(createWindowOpenHandler(openExternal)({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    await Promise.resolve();
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('lockDownWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, listener: (event: { url: string; preventDefault(): void }) => void) => {
        listeners.set(name, listener);
        return contents;
      },
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        openHandler = handler;
      },
    };
    return { contents: contents as unknown as WebContents, listeners, openHandler: () => openHandler };
  }

  function fire(listener: ((event: { url: string; preventDefault(): void }) => void) | undefined, url: string): boolean {
    const preventDefault = vi.fn();
    registered(listener, 'listener')({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }

  it('keeps navigation and redirects inside the app', () => {
    const { contents, listeners } = fakeContents();
    lockDownWebContents(contents, null, () => Promise.resolve());
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(listeners.get(name), 'https://example.com/'), name).toBe(true);
      expect(fire(listeners.get(name), 'file:///etc/passwd'), name).toBe(true);
      expect(fire(listeners.get(name), 'app://other/index.html'), name).toBe(true);
      expect(fire(listeners.get(name), 'http://localhost:5173/'), name).toBe(true);
      expect(fire(listeners.get(name), 'app://certplan/index.html'), name).toBe(false);
    }
  });

  it('lets the dev server navigate in development', () => {
    const { contents, listeners } = fakeContents();
    lockDownWebContents(contents, 'http://localhost:5173', () => Promise.resolve());
    expect(fire(listeners.get('will-navigate'), 'http://localhost:5173/')).toBe(false);
    expect(fire(listeners.get('will-navigate'), 'http://localhost:5174/')).toBe(true);
  });

  it('refuses webviews and installs the window-open handler', () => {
    const { contents, listeners, openHandler } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    lockDownWebContents(contents, null, openExternal);
    expect(fire(listeners.get('will-attach-webview'), 'app://certplan/index.html')).toBe(true);
    expect(registered(openHandler(), 'window-open handler')({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});
