import { type Locator, type Page, expect } from '@playwright/test';

export class CertificationPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  path(name: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(name) });
  }

  /** One exam outline's card ("July 2026 exam content outline"). */
  outline(name: string | RegExp): Locator {
    return this.page.getByRole('article', { name: typeof name === 'string' ? new RegExp(name) : name });
  }

  domainChart(within: Locator | Page = this.page): Locator {
    return within.getByTestId('domain-chart').first();
  }

  /** The weights of the only outline, or of the outline card given. */
  async expectDomainWeights(weights: Record<string, number>, within: Locator | Page = this.page): Promise<void> {
    const table = within.getByRole('table', { name: /domain weights/ });
    for (const [name, weight] of Object.entries(weights)) {
      await expect(table.getByRole('row', { name: new RegExp(`^${name} ${weight}%$`) })).toBeVisible();
    }
    await expect(this.domainChart(within).locator('.recharts-bar-rectangle')).toHaveCount(Object.keys(weights).length);
  }

  async track(): Promise<void> {
    await this.page.getByRole('button', { name: 'Track this certification' }).click();
  }

  async copyAndEdit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Copy and edit' }).click();
  }
}
