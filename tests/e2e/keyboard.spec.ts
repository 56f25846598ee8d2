/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { RecordsPage } from './pages/RecordsPage';

/** Issue 11, point 3: focus and announcements follow the person; the keyboard alone is enough. */

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      const byLabel = (el as HTMLInputElement).labels?.[0]?.textContent ?? null;
      return (labelled ?? byLabel ?? el.textContent ?? '').trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab did not reach ${name} within ${max} presses`);
}

test('after a change of page the main heading has focus and the page is announced', async ({ app, page }) => {
  await app.nav('Records');
  await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeFocused();
  await expect(page.getByTestId('route-announcer')).toHaveText('Records, Profile');
  await expect(page).toHaveTitle('Records – Certplan');
  await page.getByRole('navigation', { name: 'Records sections' }).getByRole('link', { name: 'Training' }).click();
  await expect(page.getByTestId('route-announcer')).toHaveText('Records, Training');
  await app.nav('Catalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeFocused();
});

test('a failed submit takes focus to the first field in error; Escape closes editors, dialogs and the menu', async ({ app, page }) => {
  const records = new RecordsPage(page);
  await records.open('Experience');
  await page.getByRole('button', { name: 'Add experience' }).click();
  await records.experienceForm().getByRole('button', { name: 'Add entry' }).click();
  await expect(records.experienceForm().getByRole('textbox', { name: 'Organisation' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(records.experienceForm()).toHaveCount(0);

  // The credential form sends to the core, which names the field.
  await records.open('Credentials held');
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential', { exact: true }).selectOption({ label: 'CAPM — Certified Associate in Project Management' });
  await form.getByLabel('Earned on').fill('2031-01-01');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form.getByLabel('Earned on')).toBeFocused();
  await expect(form.getByLabel('Earned on')).toHaveAttribute('aria-invalid', 'true');

  // The narrow window's menu opens, and Escape closes it with focus back on its button.
  await app.setWidth(800);
  const menu = page.getByRole('button', { name: /^Menu/ });
  await menu.click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});

test('a whole first journey by keyboard alone: guided start, a record, the result, another page', async ({ app: _app, page }) => {
  await expect(page.getByRole('heading', { name: 'What brings you to Certplan?' })).toBeVisible();
  await tabTo(page, /^Prepare for a certification/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();

  await tabTo(page, /^Certification$/);
  await page.keyboard.type('PMP');
  await expect(page.getByLabel('Certification', { exact: true })).toHaveValue('pmi-pmp');
  await tabTo(page, /^Track it and continue$/);
  await page.keyboard.press('Enter');

  await expect(page.locator('#guided-step-heading')).toHaveText('Your education');
  await expect(page.locator('#guided-step-heading')).toBeFocused();
  await tabTo(page, /^Highest education level$/);
  await page.keyboard.type('Bach');
  await tabTo(page, /^Save and continue$/);
  await page.keyboard.press('Enter');

  await expect(page.locator('#guided-step-heading')).toHaveText('Your experience');
  await tabTo(page, /^Add experience$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add experience' })).toBeFocused();
  await tabTo(page, /^Organisation/);
  await page.keyboard.type('Acme');
  await tabTo(page, /^Project or role title/);
  await page.keyboard.type('Platform rollout');
  await tabTo(page, /^Start month/);
  // A month field takes the month's number, then (→) the year.
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2021');
  await tabTo(page, /^Ongoing/);
  await page.keyboard.press('Space');
  // The area PMP reads is ticked already for a new entry.
  await expect(page.getByRole('checkbox', { name: /^leading projects/ })).toBeChecked();
  await tabTo(page, /^Add entry$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Experience entries' })).toContainText('Platform rollout');
  await tabTo(page, /^Continue$/);
  await page.keyboard.press('Enter');

  await expect(page.locator('#guided-step-heading')).toHaveText('Your training');
  await tabTo(page, /^Skip this step$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('eligibility-result')).toContainText('Log 35 more hours of PM education');
  await tabTo(page, /^Finish$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Project Management Professional/ })).toBeFocused();

  // Back into the navigation and to another page.
  await tabTo(page, /^Records$/, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeFocused();
});
