import { type Download, type Locator, type Page, expect } from '@playwright/test';

export interface ActivityInput {
  date: string;
  title: string;
  provider?: string;
  units: string;
  category: string;
  files?: { name: string; mimeType: string; text: string }[];
}

/** A credential's renewal view (its own page, or a track's Maintain tab). */
export class CredentialPage {
  constructor(private readonly page: Page) {}

  async addCredential(values: { certification: string; earnedOn: string; number?: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Add a credential you hold' }).first().click();
    await this.page.getByLabel('Certification').selectOption({ label: values.certification });
    await this.page.getByRole('textbox', { name: 'Earned on' }).fill(values.earnedOn);
    if (values.number) await this.page.getByRole('textbox', { name: 'Credential number' }).fill(values.number);
    await this.page.getByRole('button', { name: 'Add credential' }).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  status(): Locator {
    return this.page.getByRole('region', { name: 'Status' });
  }

  async startLogging(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log an activity' }).click();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: /Log an activity|Edit activity/ });
  }

  /** Fills the activity form (open it first) and attaches each file through the evidence picker. */
  async fillActivity(activity: ActivityInput): Promise<void> {
    const form = this.form();
    await form.getByRole('textbox', { name: 'Date' }).fill(activity.date);
    await form.getByRole('textbox', { name: 'Title' }).fill(activity.title);
    if (activity.provider) await form.getByRole('textbox', { name: 'Provider' }).fill(activity.provider);
    await form.getByRole('textbox', { name: /^Units/ }).fill(activity.units);
    await form.getByLabel('Category').selectOption({ label: activity.category });
    for (const file of activity.files ?? []) {
      const attached = form.getByRole('list', { name: 'Attached evidence' }).getByRole('listitem');
      const before = await attached.count();
      await form.getByLabel(/^Evidence file/).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) });
      await expect(attached).toHaveCount(before + 1);
    }
  }

  async submitActivity(): Promise<void> {
    await this.form().getByRole('button', { name: /^(Log activity|Save changes)$/ }).click();
  }

  async logActivity(activity: ActivityInput): Promise<void> {
    await this.startLogging();
    await this.fillActivity(activity);
    await this.submitActivity();
    await expect(this.form()).toHaveCount(0);
    await expect(this.activityRow(activity.title)).toBeVisible();
  }

  /** The message beside a field of the activity form, found through its aria-describedby. */
  async expectFieldError(label: RegExp | string, message: string): Promise<void> {
    const field = this.form().getByRole('textbox', { name: label });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    await expect(this.page.locator(`[id="${errorId}"]`)).toHaveText(message);
  }

  activities(): Locator {
    return this.page.getByRole('region', { name: 'Activities in this cycle' }).getByRole('table').getByRole('row');
  }

  activityRow(title: string): Locator {
    return this.page.getByRole('region', { name: 'Activities in this cycle' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${title}`) }) });
  }

  progress(): Locator {
    return this.page.getByTestId('ce-progress');
  }

  /** A row of the requirements table: category, minimum, maximum, logged, counted, not counting, still needed. */
  async expectProgressRow(category: string, cells: string[]): Promise<void> {
    const row = this.progress().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: category, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText(cells);
  }

  async exportAuditPacket(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export audit packet (.zip)' }).click();
    return download;
  }
}
