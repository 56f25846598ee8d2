/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { PROJECT_ROOT, type WebHost, startWebHost } from '../support/webHost';

export const PINNED_NOW = '2026-11-25T10:00:00.000Z';
/**
 * The README's screenshots are refreshed on request (`npm run screenshots`); an ordinary test run
 * still takes them, into test-results/, so the screens are rendered but tracked files stay as they are.
 */
export const SCREENSHOT_DIR = process.env.CERTPLAN_SCREENSHOTS
  ? join(PROJECT_ROOT, 'docs', 'screenshots')
  : join(PROJECT_ROOT, 'test-results', 'screenshots');

/** Messages that mean the page broke: CSP violations, uncaught errors, failed API calls. */
function watchForBreakage(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}

export class App {
  constructor(
    readonly page: Page,
    public host: WebHost,
  ) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`${this.host.appUrl}`);
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    if (path !== '/') await this.goto(path);
  }

  /** In-app navigation by hash, as a bookmark would. */
  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.host.baseUrl}#${path}`);
  }

  async nav(label: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  }

  /** Restart the web host on the same data folder and reopen the app, as after a reboot. */
  async restartHost(): Promise<void> {
    const dataDir = this.host.dataDir;
    // The window closes first, as it would on a reboot: a page left open would log its failed
    // requests to a host that is gone.
    await this.page.goto('about:blank');
    await this.host.stop();
    this.host = await startWebHost({ dataDir, clock: PINNED_NOW });
    await this.open();
  }

  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    const result = await this.host.call('settings:update', { patch: { theme } });
    expect(result.body.ok).toBe(true);
    await this.page.reload();
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }

  /**
   * axe-core on the current screen: no violation of any impact, against WCAG 2.1 A/AA and axe's
   * best practices (heading order, landmarks), so minor problems cannot pile up unnoticed.
   */
  async expectAccessible(screen: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(
      results.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    ).toEqual([]);
  }

  /**
   * Nothing on the screen is wider than the window: the page does not scroll sideways, and no
   * element's box reaches past the right edge, except inside boxes made to scroll (wide tables).
   */
  async expectNoOverflow(screen: string): Promise<void> {
    const problems = await this.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      if (document.documentElement.scrollWidth > width + 1) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('#main *, .topbar *, .notices *'))) {
        if (el.closest('.table-scroll, .month-scroll, .visually-hidden, [hidden], dialog:not([open]), svg, .recharts-wrapper, .term-tip')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.right > width + 1 || box.left < -1) {
          const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
          found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width}: “${(el.textContent ?? '').trim().slice(0, 40)}”`);
        }
      }
      return found.slice(0, 8);
    });
    expect(problems, `${screen} at ${this.page.viewportSize()?.width ?? '?'} px`).toEqual([]);
  }

  async setWidth(width: number): Promise<void> {
    await this.page.setViewportSize({ width, height: 900 });
  }

  /** Closes the short messages shown after actions (before a screenshot). */
  async dismissNotices(): Promise<void> {
    const buttons = this.page.getByRole('button', { name: 'Dismiss message' });
    while ((await buttons.count()) > 0) await buttons.first().click();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
  }
}

export const test = base.extend<{ host: WebHost; app: App; problems: string[] }>({
  // Each test gets its own data folder and host, so tests never see each other's data.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this destructuring
  host: async ({}, use) => {
    const host = await startWebHost({ clock: PINNED_NOW });
    await use(host);
    await host.stop();
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  problems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    expect(problems, 'the page logged errors').toEqual([]);
  },
  app: async ({ page, host, problems }, use) => {
    await page.setViewportSize({ width: 1320, height: 900 });
    watchForBreakage(page, problems);
    const app = new App(page, host);
    await app.open();
    await use(app);
    // The fixture may have restarted the host; stop the current one too.
    if (app.host !== host) await app.host.stop();
  },
});

export { expect };
