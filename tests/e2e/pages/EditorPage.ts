import { type Locator, type Page, expect } from '@playwright/test';

/** The custom-certification form, driven by its labels as a person would. */
export class EditorPage {
  constructor(private readonly page: Page) {}

  async fillBasics(values: { name: string; acronym: string; body: string }): Promise<void> {
    await this.field('Name').fill(values.name);
    await this.field('Acronym').fill(values.acronym);
    await this.field('Certifying body').fill(values.body);
  }

  async addDomain(name: string, weight: number): Promise<void> {
    await this.page.getByRole('button', { name: '+ Add domain' }).click();
    const index = await this.page.getByLabel(/^Domain \d+ name$/).count();
    await this.page.getByLabel(`Domain ${index} name`).fill(name);
    await this.page.getByLabel(`Domain ${index} weight (%)`).fill(String(weight));
  }

  async setDomainWeight(index: number, weight: number): Promise<void> {
    await this.page.getByLabel(`Domain ${index} weight (%)`).fill(String(weight));
  }

  /** A text or number field by its accessible name (the required mark is aria-hidden). */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async setNumber(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Create certification|Save changes)$/ }).click();
  }

  domainsError(): Locator {
    return this.page.locator('#domains-error');
  }

  /** The message shown beside a field, found through the field's aria-describedby. */
  async expectFieldError(label: string, message: string): Promise<void> {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, `${label} has an error message`).toBeTruthy();
    await expect(this.page.locator(`[id="${errorId}"]`)).toHaveText(message);
  }
}
