import { defineConfig } from '@playwright/test';

/**
 * Two suites. `e2e` drives Debian's Chromium against the loopback web host (each spec starts its
 * own host on a fresh data folder). `electron` launches the built desktop app with Playwright's
 * `_electron`; it skips, saying why, where no Electron binary exists.
 */
export default defineConfig({
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        headless: true,
        // Date fields and dates in text follow the browser's locale; pin it so tests read one format.
        locale: 'en-US',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
