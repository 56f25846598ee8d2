import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format, subYears } from 'date-fns';
import { expect, test } from '@playwright/test';
import { findElectronBinary } from './electronBinary';
import { PROJECT_ROOT, launchApp } from './launchApp';

const binary = findElectronBinary(PROJECT_ROOT);

/** What a stand-in Notification.show records in the main process. */
type MainGlobal = typeof globalThis & { shownNotifications?: { title: string; body: string }[] };
type RendererGlobal = typeof globalThis & {
  certplan?: Record<string, (input: object) => Promise<{ ok: boolean }>>;
};

/**
 * A reminder that falls due raises a native notification. The desktop app runs on the real
 * clock, so the test holds a PMP whose cycle ends in four days: its 7-day reminder is due the
 * moment the credential is added.
 */
test('a due reminder raises a native notification', async () => {
  if (!binary.found) {
    console.log(`Electron reminder test skipped: ${binary.reason}.`);
    test.skip(true, binary.reason);
    return;
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'certplan-electron-reminders-'));
  try {
    const app = await launchApp(binary, userDataDir);
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await app.evaluate(({ Notification }) => {
      const main = globalThis as MainGlobal;
      main.shownNotifications = [];
      // Record instead of showing: CI desktops have no notification daemon.
      Notification.prototype.show = function show(this: Electron.Notification) {
        main.shownNotifications?.push({ title: this.title, body: this.body });
      };
    });
    const ends = addDays(new Date(), 4);
    const earnedOn = format(addDays(subYears(ends, 3), 1), 'yyyy-MM-dd');
    const added = await page.evaluate((date) => (globalThis as RendererGlobal).certplan?.['credentials:add']?.({ certificationId: 'pmi-pmp', earnedOn: date }), earnedOn);
    expect(added?.ok).toBe(true);
    await expect
      .poll(() => app.evaluate(() => (globalThis as MainGlobal).shownNotifications))
      .toContainEqual({ title: 'PMP renewal cycle ends', body: expect.stringContaining(`Due ${format(ends, 'd MMM yyyy')}.`) });
    // The page shows it too, in its notice region and on the Reminders badge.
    await expect(page.getByRole('link', { name: /Reminders, \d+ due/ })).toBeVisible();
    await app.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
