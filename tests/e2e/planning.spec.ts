/// <reference lib="dom" />
import { type App, expect, test } from './fixtures';
import { PreparePage } from './pages/PreparePage';

/**
 * Issue 11, points 5, 6 and 8: preparation set up in hours a week with public holidays skipped,
 * the calendar's day actions, US dates in a CSV, one date format, the timer ticking. The clock is
 * pinned at Wed 2026-11-25; Thanksgiving (US) is the next day.
 */

async function pmpTrack(app: App): Promise<string> {
  const created = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!created.body.ok) throw new Error(created.body.error.message);
  return created.body.data.id;
}

test('hours a week over chosen days, the system country’s holidays skipped, and one date format throughout', async ({ app, page }) => {
  const prepare = new PreparePage(page);
  await app.goto(`/tracks/${await pmpTrack(app)}/prepare`);
  // The setup proposes the country of the system's locale (en-US here).
  await expect(page.getByLabel('Skip the public holidays of')).toHaveValue('US');
  await prepare.setUp({ examDate: '2027-01-29', goalHours: 40, weekly: { hours: 5, days: [true, true, true, true, true, false, false] } });
  await prepare.expectPlan();
  const days = await prepare.plannedAgainstAvailable();
  expect(days.find((d) => d.date === '2026-11-26')).toEqual({ date: '2026-11-26', planned: 0, available: 0 });
  expect(days.find((d) => d.date === '2026-11-27')?.available).toBe(60);
  await expect(page.getByRole('table', { name: 'Planned and available time per day' }).getByRole('row', { name: /^11\/26\/2026/ })).toContainText('Thanksgiving Day');
  // The settings show the hours a week as entered, and dates in the field's own format.
  await prepare.section('Settings');
  await expect(page.getByRole('textbox', { name: 'Hours a week' })).toHaveValue('5');
  await expect(page.getByRole('checkbox', { name: 'Saturday', exact: true })).not.toBeChecked();
  await expect(page.getByText('5 h a week: about 1 h on each of 5 days.')).toBeVisible();
  const dateText = await page.getByRole('textbox', { name: 'Exam date' }).evaluate((input: HTMLInputElement) => input.valueAsDate && input.value);
  expect(dateText).toBe('2027-01-29');
  await prepare.section('Plan');
  await expect(page.getByRole('region', { name: 'Your plan' })).toContainText('01/29/2027');
  await expect(page.locator('body')).not.toContainText(/\b\d{4}-\d{2}-\d{2}\b/);
  await expect(page.locator('body')).not.toContainText(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
});

test('a day on the calendar logs a session there or moves a planned one, and the plan says what changed', async ({ app, page }) => {
  const trackId = await pmpTrack(app);
  await app.host.call('settings:update', { patch: { holidayCountry: null } });
  await app.host.call('prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 0, 0] });
  await app.goto(`/tracks/${trackId}/prepare?section=calendar`);
  const calendar = page.getByRole('region', { name: /^Calendar/ });
  // Friday 11/27: open it and move its session to the Saturday.
  await calendar.getByRole('button', { name: /^Fri 11\/27\/2026: 1 h planned/ }).click();
  const day = page.getByRole('dialog', { name: 'Fri 11/27/2026' });
  const move = day.getByRole('form', { name: /^Move / }).first();
  await move.getByLabel('Move to').fill('2026-11-28');
  await move.getByRole('button', { name: /^Move/ }).click();
  await expect(day).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'to 11/28/2026' }).first()).toContainText('Moved 45 min of study from 11/27/2026 to 11/28/2026; the other days were planned around it.');
  await expect(calendar.getByRole('button', { name: /^Sat 11\/28\/2026: 45 min planned/ })).toBeVisible();
  await app.screenshot('calendar-day');
  await page.getByRole('navigation', { name: 'Preparation' }).getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText('Moved 45 min of study from 11/27/2026 to 11/28/2026');

  // Today: log a session on it from the calendar.
  await page.getByRole('navigation', { name: 'Preparation' }).getByRole('link', { name: 'Calendar' }).click();
  await calendar.getByRole('button', { name: /^Wed 11\/25\/2026: today/ }).click();
  const today = page.getByRole('dialog', { name: 'Wed 11/25/2026' });
  await today.getByRole('textbox', { name: 'Minutes' }).fill('30');
  await today.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByText('Recorded 30 min of Whole exam on 11/25/2026')).toBeVisible();
  await expect(calendar.getByRole('list', { name: 'Studied' })).toHaveText('Studied Whole exam, 30 min');
  // A day still ahead cannot take a session yet, and Escape closes the day.
  await calendar.getByRole('button', { name: /^Thu 11\/26\/2026/ }).click();
  await expect(page.getByRole('dialog', { name: 'Thu 11/26/2026' })).toContainText('this day is still ahead');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Thu 11/26/2026' })).toBeHidden();
});

test('a CSV with US dates is read month first; an ambiguous one asks, and unreadable rows show what the file says', async ({ app, page }) => {
  const prepare = new PreparePage(page);
  const trackId = await pmpTrack(app);
  await app.host.call('prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 0, 0] });
  await app.goto(`/tracks/${trackId}/prepare?section=practice`);
  await prepare.chooseCsv('us-export.csv', 'Date,Source,Total\n11/10/2026,Sim,61\n11/24/2026,Sim,68\n');
  await expect(page.getByRole('group', { name: 'How this file writes dates' })).toContainText('Found from the file: it writes the month first (it has 11/24/2026).');
  await expect(prepare.importPreview().getByRole('row', { name: /^2 11\/10\/2026 Sim 61% Ready$/ })).toBeVisible();
  await prepare.importAll(2);
  await expect(page.getByText('Imported 2 practice results')).toBeVisible();
  await expect(prepare.practiceRows().first()).toContainText('11/24/2026');

  await prepare.chooseCsv('ambiguous.csv', 'Date,Source,Total\n03/04/2026,Book,55\n05/06/2026,Book,abc\n');
  const choice = page.getByRole('group', { name: 'How this file writes dates' });
  await expect(choice).toContainText('Dates such as 03/04/2026 could mean two different days.');
  const first = prepare.importPreview().getByRole('row', { name: /^2 / });
  await expect(first).toContainText('03/04/2026');
  await expect(first).toContainText('“03/04/2026” could be day first or month first: choose how this file writes dates');
  await choice.getByLabel(/^Day first/).check();
  await expect(prepare.importPreview().getByRole('row', { name: /^2 04\/03\/2026 Book 55% Ready$/ })).toBeVisible();
  // The row that still cannot be read shows the file's own text and why.
  await expect(prepare.importPreview().getByRole('row', { name: /^3 / })).toContainText('abc');
  await expect(prepare.importPreview().getByRole('row', { name: /^3 / })).toContainText('The total “abc” is not a number');
  await page.getByRole('button', { name: 'Import the 1 good rows, skip 1' }).click();
  await expect(page.getByText('Imported 1 practice result; skipped line 3')).toBeVisible();
});

test('the study timer ticks every second', async ({ app, page }) => {
  const trackId = await pmpTrack(app);
  await app.host.call('prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 0, 0] });
  await app.goto(`/tracks/${trackId}/prepare?section=sessions`);
  await page.getByRole('region', { name: 'Study timer' }).getByRole('button', { name: 'Start timer' }).click();
  const clock = page.getByRole('timer', { name: 'Time studied so far' });
  await expect(clock).toHaveText(/^0:00:0\d$/);
  const first = await clock.textContent();
  await expect(clock).not.toHaveText(first ?? '', { timeout: 2500 });
  await expect(clock).toHaveText(/^0:00:0[1-9]$/);
});
