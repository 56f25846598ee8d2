import { type Locator, type Page, expect } from '@playwright/test';

export interface PrepSettings {
  examDate: string;
  goalHours?: number;
  /** Minutes per weekday, Monday first: entered day by day (in hours). */
  availability?: number[];
  /** Hours a week spread over the days given (Monday first). */
  weekly?: { hours: number; days: boolean[] };
  /** The country whose public holidays are skipped; '' for none. */
  holidays?: string;
  ratings?: Record<string, string>;
  booked?: boolean;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The track's Prepare tab, driven as a person would: by labels, headings and buttons. */
export class PreparePage {
  constructor(private readonly page: Page) {}

  async section(name: 'Plan' | 'Calendar' | 'Sessions' | 'Practice exams' | 'Readiness & progress' | 'Settings'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Preparation' }).getByRole('link', { name, exact: true }).click();
  }

  async setUp(settings: PrepSettings, submit = 'Make my plan'): Promise<void> {
    await this.page.getByLabel('Exam date').fill(settings.examDate);
    if (settings.goalHours !== undefined) await this.page.getByRole('textbox', { name: 'Study goal (hours)' }).fill(String(settings.goalHours));
    if (settings.availability) {
      await this.page.getByLabel('Set the hours of each day myself').check();
      for (const [i, minutes] of settings.availability.entries()) {
        await this.page.getByRole('textbox', { name: `${WEEKDAYS[i] ?? ''} (hours)`, exact: true }).fill(String(minutes / 60));
      }
    }
    if (settings.weekly) {
      await this.page.getByRole('textbox', { name: 'Hours a week' }).fill(String(settings.weekly.hours));
      for (const [i, on] of settings.weekly.days.entries()) await this.page.getByRole('checkbox', { name: WEEKDAYS[i], exact: true }).setChecked(on);
    }
    if (settings.holidays !== undefined) {
      const select = this.page.getByLabel('Skip the public holidays of');
      if (settings.holidays === '') await select.selectOption({ index: 0 });
      else await select.selectOption({ label: settings.holidays });
    }
    for (const [domain, rating] of Object.entries(settings.ratings ?? {})) {
      await this.page.getByLabel(new RegExp(`^${domain} \\(\\d+% of the exam\\)`)).selectOption({ label: rating });
    }
    if (settings.booked) await this.page.getByLabel('I have booked this exam').check();
    await this.page.getByRole('button', { name: submit }).click();
  }

  async expectPlan(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
  }

  today(): Locator {
    return this.page.getByRole('region', { name: 'Today' });
  }

  changes(): Locator {
    return this.page.getByRole('region', { name: 'What changed' });
  }

  async startTimerFromToday(domain: string): Promise<void> {
    await this.today().getByRole('button', { name: `Start timer for ${domain}` }).click();
    await expect(this.timer()).toContainText(`Running since`);
  }

  timer(): Locator {
    return this.page.getByRole('region', { name: 'Study timer' });
  }

  async stopTimer(): Promise<void> {
    await this.timer().getByRole('button', { name: 'Stop and record' }).click();
  }

  async addSession(values: { date?: string; minutes: number; domain: string; notes?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add session' });
    if (values.date) await form.getByLabel('Date').fill(values.date);
    await form.getByRole('textbox', { name: 'Minutes' }).fill(String(values.minutes));
    await form.getByLabel('Domain').selectOption({ label: values.domain });
    if (values.notes) await form.getByLabel('Notes').fill(values.notes);
    await form.getByRole('button', { name: 'Add session' }).click();
  }

  sessionRows(): Locator {
    return this.page.getByRole('table', { name: /Study sessions/ }).getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  /** Every day from today to the exam, from the plan's day table: minutes planned and available. */
  async plannedAgainstAvailable(): Promise<{ date: string; planned: number; available: number }[]> {
    await this.page.getByText('Every day until the exam: planned against available time').click();
    const rows = this.page.getByRole('table', { name: 'Planned and available time per day' }).locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    return rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = tr.querySelectorAll('td');
        return {
          date: tr.getAttribute('data-date') ?? '',
          planned: Number(cells[0]?.getAttribute('data-minutes')),
          available: Number(cells[1]?.getAttribute('data-minutes')),
        };
      }),
    );
  }

  async recordPracticeExam(values: { date: string; source: string; total: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record a practice exam' });
    await form.getByLabel('Date taken').fill(values.date);
    await form.getByRole('textbox', { name: 'Source' }).fill(values.source);
    await form.getByRole('textbox', { name: 'Total score (%)' }).fill(values.total);
    await form.getByRole('button', { name: 'Record result' }).click();
  }

  async chooseCsv(name: string, text: string): Promise<void> {
    await this.page.getByLabel('CSV file', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(this.importPreview()).toBeVisible();
  }

  async mapColumn(field: string, column: string): Promise<void> {
    await this.page.getByLabel(`${field} column`).selectOption(column);
  }

  importPreview(): Locator {
    return this.page.getByRole('table', { name: 'Import preview' });
  }

  async importAll(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Import ${count} results` }).click();
  }

  practiceRows(): Locator {
    return this.page.getByRole('table', { name: /Practice-exam results/ }).getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  readiness(): Locator {
    return this.page.getByRole('region', { name: 'Readiness', exact: true });
  }

  chart(testId: 'weekly-hours-chart' | 'domain-time-chart' | 'score-trend-chart'): Locator {
    return this.page.getByTestId(testId);
  }

  /** Closes the short messages shown after actions (before a screenshot). */
  async dismissNotices(): Promise<void> {
    const buttons = this.page.getByRole('button', { name: 'Dismiss message' });
    while ((await buttons.count()) > 0) await buttons.first().click();
  }

  /** The message shown beside a field, found through the field's aria-describedby. */
  async expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, 'the field has an error message').toBeTruthy();
    await expect(this.page.locator(`[id="${errorId}"]`)).toHaveText(message);
  }
}
