import { type Download, type Locator, type Page, expect } from '@playwright/test';

/** The reminder center: one row per date, ordered by due date, each with its state badge. */
export class RemindersPage {
  constructor(private readonly page: Page) {}

  rows(): Locator {
    return this.page.getByRole('list', { name: 'Reminders by due date' }).getByRole('listitem');
  }

  /** Rows in one state ("Due now", "Snoozed", "Coming up"), by their badge. */
  list(state: 'Due now' | 'Snoozed' | 'Coming up'): Locator {
    return this.rows().filter({ has: this.page.locator('.badge', { hasText: new RegExp(`^${state}$`) }) });
  }

  item(state: 'Due now' | 'Snoozed' | 'Coming up', title: string): Locator {
    return this.list(state).filter({ hasText: title });
  }

  async snooze(title: string, choice: '1 day' | '1 week'): Promise<void> {
    await this.item('Due now', title).getByRole('button', { name: `Snooze ${choice}` }).click();
    await expect(this.item('Due now', title)).toHaveCount(0);
  }

  async exportCalendar(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
    return download;
  }
}

/** The page's notice region (toasts) and the Reminders badge in the navigation. */
export class Announcements {
  constructor(private readonly page: Page) {}

  notice(text: string | RegExp): Locator {
    return this.page.locator('.notices').getByText(text);
  }

  reminderBadge(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Reminders, \d+ due$/ });
  }

  async dismissAll(): Promise<void> {
    const buttons = this.page.getByRole('button', { name: 'Dismiss message' });
    for (let n = await buttons.count(); n > 0; n = await buttons.count()) {
      // A notice may time out by itself between counting and clicking; either way it is gone,
      // which is what the assertion below checks.
      await buttons
        .first()
        .click({ timeout: 1_000 })
        .catch(() => undefined);
    }
    await expect(buttons).toHaveCount(0);
  }
}
