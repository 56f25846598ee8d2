import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ElectronApplication, type Page, expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import { METHOD_NAMES } from '../../src/shared/contract';
import { findElectronBinary } from './electronBinary';
import { PROJECT_ROOT, launchApp } from './launchApp';

/**
 * The built desktop app (`npm run build` first), launched the way `npm start` does. Proves the
 * security baseline from the renderer's side and that better-sqlite3's prebuilt N-API binary
 * loads in Electron. Where no Electron binary exists, every test is skipped with the reason.
 */

const APP_PAGE = /^app:\/\/certplan\/index\.html/;

/** What the page may see on its global object; `window` is not typed in this Node project. */
type RendererGlobal = typeof globalThis & {
  certplan?: Record<string, unknown> & {
    'app:info': (input: object) => Promise<unknown>;
    'catalog:list': (input: object) => Promise<{ ok: boolean; data?: { total: number } }>;
  };
  location: { href: string };
  open: (url: string) => unknown;
};

/** Kept by a stand-in shell.openExternal, so no real browser starts during tests. */
type MainGlobal = typeof globalThis & { openedExternally?: string[] };

const binary = findElectronBinary(PROJECT_ROOT);

test.describe('desktop app', () => {
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userDataDir: string;

  test.beforeAll(async () => {
    if (!binary.found) {
      console.log(`Electron tests skipped: ${binary.reason}. \`npm run test:e2e\` covers the same renderer in Chromium.`);
      test.skip(true, binary.reason);
      return;
    }
    userDataDir = mkdtempSync(join(tmpdir(), 'certplan-electron-'));
    app = await launchApp(binary, userDataDir);
    await app.evaluate(({ shell }) => {
      const main = globalThis as MainGlobal;
      main.openedExternally = [];
      shell.openExternal = (url: string) => {
        main.openedExternally?.push(url);
        return Promise.resolve();
      };
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test('the renderer has no Node: no require, no process', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof Reflect.get(globalThis, 'require'),
      process: typeof Reflect.get(globalThis, 'process'),
      module: typeof Reflect.get(globalThis, 'module'),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('window.certplan has exactly the contract methods plus on', async () => {
    const api = await page.evaluate(() => {
      const certplan = (globalThis as RendererGlobal).certplan ?? {};
      return Object.entries(certplan).map(([name, value]) => [name, typeof value]);
    });
    expect(api.map(([name]) => name).sort()).toEqual([...METHOD_NAMES, 'on'].sort());
    expect(new Set(api.map(([, type]) => type))).toEqual(new Set(['function']));
  });

  test('the core answers over IPC, from the test data folder, with better-sqlite3 loaded', async () => {
    const info = await page.evaluate(() => (globalThis as RendererGlobal).certplan?.['app:info']({}));
    expect(info).toMatchObject({
      ok: true,
      data: { host: 'electron', dataDir: userDataDir, capabilities: { printToPdf: true } },
    });
    const catalog = await page.evaluate(() => (globalThis as RendererGlobal).certplan?.['catalog:list']({}));
    expect(catalog?.ok).toBe(true);
    expect(catalog?.data?.total).toBeGreaterThan(0);
    expect(existsSync(join(userDataDir, 'certplan.sqlite3'))).toBe(true);
  });

  test('the app page is served with the content security policy', async () => {
    const csp = await page.evaluate(async () => (await fetch('index.html')).headers.get('content-security-policy'));
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });

  test('the page cannot navigate away', async () => {
    await page.evaluate(() => {
      (globalThis as RendererGlobal).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(APP_PAGE);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('window.open opens no window; an https link goes to the system browser', async () => {
    const opened = await page.evaluate(() => (globalThis as RendererGlobal).open('https://example.com/'));
    expect(opened).toBeNull();
    const blocked = await page.evaluate(() => (globalThis as RendererGlobal).open('file:///etc/passwd'));
    expect(blocked).toBeNull();
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(await app.evaluate(() => (globalThis as MainGlobal).openedExternally)).toEqual(['https://example.com/']);
  });

  test('the catalog screen shows', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await expect(page.getByRole('heading', { name: 'Catalog' })).toBeVisible();
    expect(page.url()).toMatch(APP_PAGE);
  });
});
