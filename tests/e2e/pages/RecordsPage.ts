import { type Locator, type Page, expect } from '@playwright/test';

export interface ExperienceInput {
  organisation: string;
  title: string;
  role?: string;
  start: string;
  /** A month like 2022-06, or 'ongoing'. */
  end: string;
  /** Areas to tick among those offered. */
  tick?: string[];
  /** An area typed as free text. */
  typeArea?: string;
  description?: string;
}

export interface TrainingInput {
  course: string;
  provider: string;
  hours: number;
  completedOn: string;
  /** A topic offered in the list, or typed when not offered. */
  topic: string;
  evidence?: { name: string; mimeType: string; buffer: Buffer };
}

/** The Records screen, driven through its labels as a person would. */
export class RecordsPage {
  constructor(private readonly page: Page) {}

  async open(section: 'Profile' | 'Experience' | 'Training' | 'Credentials held' | 'Evidence files'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
    await this.page.getByRole('navigation', { name: 'Records sections' }).getByRole('link', { name: section }).click();
  }

  async setEducation(level: string, gacAccredited = false): Promise<void> {
    await this.page.getByLabel('Highest education level').selectOption({ label: level });
    const gac = this.page.getByLabel('My degree is from a GAC-accredited programme');
    if (gacAccredited) await gac.check();
    await this.page.getByRole('button', { name: 'Save education' }).click();
    await expect(this.page.getByText('Saved your education')).toBeVisible();
  }

  experienceForm(): Locator {
    return this.page.getByRole('form', { name: /^(Add experience|Edit “.*”)$/ });
  }

  async fillExperience(entry: ExperienceInput): Promise<void> {
    const form = this.experienceForm();
    await form.getByRole('textbox', { name: 'Organisation' }).fill(entry.organisation);
    await form.getByRole('textbox', { name: 'Project or role title' }).fill(entry.title);
    if (entry.role) await form.getByRole('textbox', { name: 'Your role' }).fill(entry.role);
    await form.getByLabel('Start month').fill(entry.start);
    if (entry.end === 'ongoing') await form.getByLabel('Ongoing — I still do this work').check();
    else await form.getByLabel('End month').fill(entry.end);
    for (const area of entry.tick ?? []) await form.getByRole('checkbox', { name: new RegExp(`^${area}`) }).check();
    if (entry.typeArea) {
      await form.getByRole('textbox', { name: 'Another area' }).fill(entry.typeArea);
      await form.getByRole('button', { name: 'Add area' }).click();
    }
    if (entry.description) await form.getByRole('textbox', { name: 'Description' }).fill(entry.description);
  }

  async addExperience(entry: ExperienceInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add experience' }).click();
    await this.fillExperience(entry);
    await this.experienceForm().getByRole('button', { name: 'Add entry' }).click();
    await expect(this.experienceEntry(entry.title)).toBeVisible();
  }

  experienceEntry(title: string): Locator {
    return this.page.getByRole('list', { name: 'Experience entries' }).getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${title}`) }) });
  }

  async deleteExperience(title: string): Promise<void> {
    // Deleting does not ask first: it offers Undo for a few seconds instead.
    await this.page.getByRole('button', { name: `Delete “${title}”` }).click();
    await expect(this.experienceEntry(title)).toHaveCount(0);
    await expect(this.page.getByRole('button', { name: 'Undo' })).toBeVisible();
  }

  async addTraining(entry: TrainingInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add training' }).click();
    const form = this.page.getByRole('form', { name: 'Add training' });
    await form.getByRole('textbox', { name: 'Course' }).fill(entry.course);
    await form.getByRole('textbox', { name: 'Provider' }).fill(entry.provider);
    await form.getByRole('textbox', { name: 'Hours' }).fill(String(entry.hours));
    await form.getByLabel('Completed on').fill(entry.completedOn);
    const select = form.getByLabel('Counts toward');
    const offered = await select.locator('option', { hasText: new RegExp(`^${entry.topic}`) }).count();
    if (offered > 0) {
      await select.selectOption({ label: (await select.locator('option', { hasText: new RegExp(`^${entry.topic}`) }).first().textContent()) ?? entry.topic });
    } else {
      await select.selectOption({ label: 'Another topic…' });
      await form.getByRole('textbox', { name: 'Topic' }).fill(entry.topic);
    }
    if (entry.evidence) {
      await form.getByLabel('Certificate or receipt (optional)').setInputFiles(entry.evidence);
      await expect(form.getByText(entry.evidence.name)).toBeVisible();
    }
    await form.getByRole('button', { name: 'Add training' }).click();
    await expect(this.page.getByRole('row', { name: new RegExp(entry.course) })).toBeVisible();
  }

  /** The message beside a field, found through the field's aria-describedby. */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, 'the field has an error message').toBeTruthy();
    await expect(this.page.locator(`[id="${errorId}"]`)).toHaveText(message);
  }
}
