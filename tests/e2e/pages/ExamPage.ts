import { type Locator, type Page, expect } from '@playwright/test';

/** The track's Exam tab: booking and recording the result. */
export class ExamPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: /sections$/ }).getByRole('link', { name: 'Exam', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Exam date' })).toBeVisible();
  }

  async book(date: string, reference = ''): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Exam booking' });
    await form.getByLabel('Exam date').fill(date);
    await form.getByLabel('Booking reference').fill(reference);
    await form.getByLabel('Booked with the exam provider').check();
    await form.getByRole('button', { name: 'Save booking' }).click();
  }

  resultForm(): Locator {
    return this.page.getByRole('form', { name: 'Exam result' });
  }

  async recordPass(values: { bands: Record<string, string>; credentialNumber: string }): Promise<void> {
    const form = this.resultForm();
    await form.getByRole('radio', { name: 'Passed', exact: true }).check();
    for (const [domain, band] of Object.entries(values.bands)) await form.getByLabel(domain, { exact: true }).selectOption(band);
    await form.getByLabel('Certification number').fill(values.credentialNumber);
    await form.getByRole('button', { name: 'Record result' }).click();
    const dialog = this.page.getByRole('dialog', { name: /Record a pass/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Record the pass' }).click();
  }
}
