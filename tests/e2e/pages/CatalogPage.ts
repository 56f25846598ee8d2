import { type Locator, type Page, expect } from '@playwright/test';

export class CatalogPage {
  readonly results: Locator;
  constructor(private readonly page: Page) {
    this.results = page.getByRole('list', { name: 'Certifications' }).getByRole('listitem');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    await expect(this.results.first()).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search by name or acronym').fill(text);
  }

  async filterBody(body: string): Promise<void> {
    await this.page.getByLabel('Certifying body').selectOption(body);
  }

  async filterLevel(level: string): Promise<void> {
    await this.page.getByLabel('Level', { exact: true }).selectOption({ label: level });
  }

  async clearFilters(): Promise<void> {
    await this.search('');
    await this.page.getByLabel('Certifying body').selectOption('');
    await this.page.getByLabel('Level', { exact: true }).selectOption('');
  }

  result(acronym: string): Locator {
    return this.results.filter({ has: this.page.locator('.card-acronym', { hasText: new RegExp(`^${escape(acronym)}$`) }) });
  }

  async open(acronym: string): Promise<void> {
    await this.result(acronym).getByRole('link').click();
  }

  async newCustom(): Promise<void> {
    await this.page.getByRole('link', { name: 'New custom certification' }).click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
