import { type Locator, type Page, expect } from '@playwright/test';

export class CertificationPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  path(name: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(name) });
  }

  domainChart(): Locator {
    return this.page.getByTestId('domain-chart');
  }

  async expectDomainWeights(weights: Record<string, number>): Promise<void> {
    const table = this.page.getByRole('table', { name: /domain weights/ });
    for (const [name, weight] of Object.entries(weights)) {
      await expect(table.getByRole('row', { name: new RegExp(`^${name} ${weight}%$`) })).toBeVisible();
    }
    await expect(this.domainChart().locator('.recharts-bar-rectangle')).toHaveCount(Object.keys(weights).length);
  }

  async track(): Promise<void> {
    await this.page.getByRole('button', { name: 'Track this certification' }).click();
  }

  async copyAndEdit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Copy and edit' }).click();
  }
}
