import { type Locator, type Page, expect } from '@playwright/test';
import type { ExperienceInput, TrainingInput } from './RecordsPage';
import { RecordsPage } from './RecordsPage';

/** The guided start, from the dashboard's first question to "Where you stand". */
export class GuidedStartPage {
  readonly records: RecordsPage;

  constructor(private readonly page: Page) {
    this.records = new RecordsPage(page);
  }

  async choose(goal: 'Prepare for a certification' | 'Keep one I hold' | 'Both'): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${goal}`) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();
  }

  stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /./ }).and(this.page.locator('#guided-step-heading'));
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.page.locator('#guided-step-heading')).toHaveText(title);
  }

  async track(certification: string): Promise<void> {
    await this.expectStep('The certification you are preparing for');
    await this.page.getByLabel('Certification', { exact: true }).selectOption({ label: certification });
    await this.page.getByRole('button', { name: 'Track it and continue' }).click();
  }

  async education(level: string): Promise<void> {
    await this.expectStep('Your education');
    await this.page.getByLabel('Highest education level').selectOption({ label: level });
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }

  /** Adds entries one after the other with "Add and add another", then continues. */
  async experience(entries: ExperienceInput[]): Promise<void> {
    await this.expectStep('Your experience');
    await this.page.getByRole('button', { name: 'Add experience' }).click();
    for (const [i, entry] of entries.entries()) {
      await this.records.fillExperience(entry);
      const last = i === entries.length - 1;
      await this.records.experienceForm().getByRole('button', { name: last ? 'Add entry' : 'Add and add another' }).click();
      await expect(this.page.getByRole('list', { name: 'Experience entries' })).toContainText(entry.title);
    }
    await this.continue();
  }

  async training(course: TrainingInput): Promise<void> {
    await this.expectStep('Your training');
    await this.page.getByRole('button', { name: 'Add training' }).click();
    const form = this.page.getByRole('form', { name: 'Add training' });
    await form.getByRole('textbox', { name: 'Course' }).fill(course.course);
    await form.getByRole('textbox', { name: 'Provider' }).fill(course.provider);
    await form.getByRole('textbox', { name: 'Hours' }).fill(String(course.hours));
    await form.getByLabel('Completed on').fill(course.completedOn);
    const select = form.getByLabel('Counts toward');
    const label = await select.locator('option', { hasText: new RegExp(`^${course.topic}`) }).first().textContent();
    await select.selectOption({ label: label ?? course.topic });
    await form.getByRole('button', { name: 'Add training', exact: true }).click();
    await expect(this.page.getByRole('list', { name: 'Training entries' })).toContainText(course.course);
    await this.continue();
  }

  async credential(certification: string, earnedOn: string): Promise<void> {
    await this.expectStep('A credential you hold');
    const form = this.page.getByRole('form', { name: 'Add a credential' });
    await form.getByLabel('Credential', { exact: true }).selectOption({ label: certification });
    await form.getByLabel('Earned on').fill(earnedOn);
    await form.getByRole('button', { name: 'Add credential' }).click();
  }

  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue', exact: true }).click();
  }

  async skip(): Promise<void> {
    await this.page.getByRole('button', { name: 'Skip this step' }).click();
  }

  async finish(): Promise<void> {
    await this.expectStep('Where you stand');
    await this.page.getByRole('button', { name: 'Finish' }).click();
  }
}
