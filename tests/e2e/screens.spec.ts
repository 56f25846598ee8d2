/// <reference lib="dom" />
import { expect, test } from './fixtures';
import { SCREENS } from './screens';
import { LONG_WORD, seedPerson } from './support';

/**
 * Issue 11, point 7 and the accessibility bar: every screen and state at 1280, 800 and 400 px in
 * both themes, with zero axe violations of any impact, and at 800 and 400 px nothing wider than
 * the window (measured on the element boxes). One test per theme and width keeps each run short.
 */

const WIDTHS = [1280, 800, 400] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const width of WIDTHS) {
    test(`every screen at ${width} px in the ${theme} theme: accessible${width < 1280 ? ', and nothing overflows' : ''}`, async ({ app, page }) => {
      test.setTimeout(240_000);
      const seeded = await seedPerson(app);
      await app.setTheme(theme);
      await app.setWidth(width);
      for (const screen of SCREENS) {
        await screen.open(app, page, seeded);
        await app.expectAccessible(`${screen.name} (${theme}, ${width} px)`);
        if (width < 1280) await app.expectNoOverflow(screen.name);
        if (theme === 'light' && width === 400 && screen.name === 'prepare: plan') await app.screenshot('narrow-plan');
        if (theme === 'dark' && width === 400 && screen.name === 'dashboard') await app.screenshot('narrow-dashboard-dark');
      }
    });
  }
}

test('at 800 and 400 px the navigation is a top bar with a menu, and long names wrap', async ({ app, page }) => {
  const seeded = await seedPerson(app);
  for (const width of [800, 400]) {
    await app.setWidth(width);
    await app.goto('/tracks');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    const menu = page.getByRole('button', { name: /^Menu/ });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Records' })).toBeVisible();
    await app.expectAccessible(`menu open (${width} px)`);
    await nav.getByRole('link', { name: 'Records' }).click();
    await expect(nav).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeFocused();
    // The content starts right under the top bar: no sidebar stacked above it.
    const top = await page.getByRole('heading', { level: 1, name: 'Records' }).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeLessThan(140);

    // A long unbroken name wraps inside its card and its dialog.
    await app.goto(`/credentials/${seeded.longCredentialId}`);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText(LONG_WORD);
    const box = await title.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    await app.expectNoOverflow('credential with a long name');
  }
  // The wide sidebar's background runs the whole length of a long page.
  await app.setWidth(1280);
  await app.goto(`/tracks/${seeded.trackId}/prerequisites`);
  const [sidebar, page_] = await page.evaluate(() => [document.querySelector('.sidebar')?.getBoundingClientRect().height ?? 0, document.documentElement.scrollHeight]);
  expect(sidebar).toBeGreaterThanOrEqual((page_ ?? 0) - 1);
});
