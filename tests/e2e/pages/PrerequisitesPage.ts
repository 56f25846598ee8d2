import { type Locator, type Page, expect } from '@playwright/test';

/** A track's Prerequisites tab: result, walkthrough steps, application and its pack. */
export class PrerequisitesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: /sections$/ }).getByRole('link', { name: 'Prerequisites' }).click();
    await expect(this.page.getByRole('heading', { name: 'Step by step' })).toBeVisible();
  }

  result(): Locator {
    return this.page.getByTestId('eligibility-result');
  }

  statusBadge(): Locator {
    return this.page.locator('.page-header .badge').first();
  }

  step(title: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^\\d*\\s*${title}`) }) });
  }

  path(name: string): Locator {
    // The paths side by side are folded away under "All paths"; their text is still there to read.
    return this.page.getByRole('article', { name: new RegExp(`^${name}`), includeHidden: true });
  }

  async recordApplicationStep(step: string, on: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record an application step' });
    await form.getByLabel('Step').selectOption({ label: step });
    await form.getByLabel('On').fill(on);
    await form.getByRole('button', { name: 'Record step' }).click();
    await expect(this.page.getByRole('list', { name: 'Application steps' })).toContainText(step);
  }

  /** Clicks an export button and returns the saved file's name and text. */
  async exportPack(button: 'Save printable HTML' | 'Save CSV'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
