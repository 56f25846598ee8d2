import { type Locator, type Page, expect } from '@playwright/test';

export class TracksPage {
  constructor(private readonly page: Page) {}

  item(acronym: string): Locator {
    return this.page.getByRole('list', { name: 'Tracks' }).getByRole('listitem').filter({ hasText: acronym });
  }

  async expectTrack(acronym: string, status: string): Promise<void> {
    await expect(this.item(acronym)).toContainText(status);
  }

  async open(acronym: string): Promise<void> {
    await this.item(acronym).getByRole('link').click();
  }
}
