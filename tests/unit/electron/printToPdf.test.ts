import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { registered } from './registered';

type RequestFilter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as Array<{
      options: { show?: boolean; webPreferences?: Record<string, unknown> };
      loadedUrl: string | null;
      loadedHtml: string | null;
      allowedAtLoad: boolean | null;
      destroyed: boolean;
      printOptions: unknown;
    }>,
    requestFilter: null as RequestFilter | null,
    failPrint: false,
  };
  class BrowserWindow {
    readonly record: (typeof state.windows)[number];
    readonly webContents: Record<string, unknown>;
    constructor(options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
      this.record = { options, loadedUrl: null, loadedHtml: null, allowedAtLoad: null, destroyed: false, printOptions: null };
      state.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        on: () => this.webContents,
        setWindowOpenHandler: () => undefined,
        printToPDF: (printOptions: unknown) => {
          record.printOptions = printOptions;
          return state.failPrint ? Promise.reject(new Error('printer on fire')) : Promise.resolve(Buffer.from('%PDF-1.7'));
        },
      };
    }
    loadURL(url: string): Promise<void> {
      this.record.loadedUrl = url;
      // As Chromium would: the document request passes the session's filter first.
      state.requestFilter?.({ url }, ({ cancel }) => (this.record.allowedAtLoad = !cancel));
      // Read now: the file is removed once printing ends.
      this.record.loadedHtml = readFileSync(fileURLToPath(url), 'utf8');
      return Promise.resolve();
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  const printSession = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: {
      onBeforeRequest: (_filter: unknown, listener: RequestFilter) => {
        state.requestFilter = listener;
      },
    },
  };
  return { state, electron: { BrowserWindow, session: { fromPartition: () => printSession }, shell: {} } };
});
vi.mock('electron', () => fake.electron);

const { printToPdf } = await import('../../../src/main/electron/printToPdf');

const cancelled = (url: string): boolean => {
  let result = false;
  registered(fake.state.requestFilter, 'request filter')({ url }, ({ cancel }) => (result = cancel));
  return result;
};

describe('printToPdf', () => {
  it('prints the HTML to A4 in a hidden, sandboxed window without JavaScript, then cleans up', async () => {
    const pdf = await printToPdf('<h1>Audit packet</h1>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7');
    const window = registered(fake.state.windows.at(-1), 'print window');
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.loadedHtml).toBe('<h1>Audit packet</h1>');
    expect(window.printOptions).toEqual({ printBackground: true, pageSize: 'A4' });
    expect(window.destroyed).toBe(true);
    const file = fileURLToPath(registered(window.loadedUrl, 'loaded URL'));
    expect(existsSync(dirname(file))).toBe(false);
  });

  it('lets the print page load only its own file and inline data', async () => {
    await printToPdf('<p>plan</p>');
    const window = registered(fake.state.windows.at(-1), 'print window');
    expect(window.allowedAtLoad).toBe(true);
    // Once printed, even that file is refused again.
    expect(cancelled(registered(window.loadedUrl, 'loaded URL'))).toBe(true);
    expect(cancelled('https://tracker.example/pixel.png')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
  });

  it('destroys the window and removes the file when printing fails', async () => {
    fake.state.failPrint = true;
    await expect(printToPdf('<p>x</p>')).rejects.toThrow('printer on fire');
    fake.state.failPrint = false;
    const window = registered(fake.state.windows.at(-1), 'print window');
    expect(window.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(registered(window.loadedUrl, 'loaded URL')))).toBe(false);
  });
});
