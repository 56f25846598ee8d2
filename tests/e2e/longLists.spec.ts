import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PreparePage } from './pages/PreparePage';

const SESSIONS = 1000;

/** `days` before the pinned 2026-11-25, as the API takes it and as the table shows it. */
function dayBefore(days: number): { iso: string; shown: string } {
  const date = new Date(Date.UTC(2026, 10, 25 - days));
  const iso = date.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, shown: `${m}/${d}/${y}` };
}

test('a thousand study sessions: only a window of rows is in the page, and scrolling reaches the oldest', async ({ app, page }) => {
  test.setTimeout(240_000);
  const created = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!created.body.ok) throw new Error(created.body.error.message);
  const trackId = created.body.data.id;
  await app.host.call('settings:update', { patch: { holidayCountry: null } });
  const setup = await app.host.call('prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 7200, availability: [60, 60, 60, 60, 60, 240, 120], selfRatings: [] });
  expect(setup.body.ok).toBe(true);
  for (let start = 0; start < SESSIONS; start += 20) {
    const batch = Array.from({ length: Math.min(20, SESSIONS - start) }, (_, k) =>
      app.host.call('sessions:add', { trackId, date: dayBefore(start + k).iso, minutes: 30, domainId: 'people', notes: `Session ${start + k + 1}` }),
    );
    for (const result of await Promise.all(batch)) expect(result.body.ok).toBe(true);
  }

  await app.goto(`/tracks/${trackId}/prepare`);
  const prepare = new PreparePage(page);
  await prepare.section('Sessions');
  const table = page.getByRole('table', { name: /Study sessions/ });
  await expect(table).toHaveAttribute('aria-rowcount', String(SESSIONS + 1));
  await expect(prepare.sessionRows().first()).toContainText(dayBefore(0).shown);
  const rendered = await prepare.sessionRows().count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(120);
  // Only the newest page came from the core; the rest comes as the person scrolls.
  const loadState = page.getByRole('region', { name: 'Sessions' }).getByRole('status').filter({ hasText: /loaded/ });
  await expect(loadState).toHaveText('The newest 500 of 1,000 sessions loaded');

  // Scrolling to the end brings in the oldest session, row 1,001 of the table (the header is row 1).
  const oldest = dayBefore(SESSIONS - 1).shown;
  await expect(async () => {
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
    await expect(table.locator('tr[aria-rowindex="1001"]')).toContainText(oldest, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(loadState).toHaveText('All 1,000 sessions loaded');
  expect(await prepare.sessionRows().count()).toBeLessThan(120);
  await app.expectAccessible('prepare: a thousand sessions, scrolled to the end');
});

/** Calls the core over HTTP in batches of 20 (the order inside a batch does not matter here). */
async function inBatches(count: number, each: (k: number) => Promise<{ body: { ok: boolean } }>): Promise<void> {
  for (let start = 0; start < count; start += 20) {
    const batch = Array.from({ length: Math.min(20, count - start) }, (_, j) => each(start + j));
    for (const result of await Promise.all(batch)) expect(result.body.ok).toBe(true);
  }
}

/** The aria-rowindex of the row holding the focus; null when the focus is not in a windowed row. */
function focusedRowIndex(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const row = document.activeElement?.closest('tr[aria-rowindex]');
    return row ? Number(row.getAttribute('aria-rowindex')) : null;
  });
}

const ACTIVITIES = 230;

test('230 CE activities in one cycle: a window of rows, the last reached by scrolling, and Tab walks past the window', async ({ app, page }) => {
  test.setTimeout(240_000);
  const added = await app.host.call<{ id: string }>('credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
  if (!added.body.ok) throw new Error(added.body.error.message);
  const credentialId = added.body.data.id;
  expect((await app.host.call('renewal:skip-earned', { credentialId })).body.ok).toBe(true);
  // One a few days apart from 2024-09-11 on, within the cycle and before the pinned today.
  await inBatches(ACTIVITIES, (k) => {
    const date = new Date(Date.UTC(2024, 8, 11 + Math.floor(k * 3))).toISOString().slice(0, 10);
    return app.host.call('ce:log', { date, title: `Webinar ${k + 1}`, units: 0.25, categoryId: 'ways-of-working', credentialIds: [credentialId] });
  });

  await app.goto(`/credentials/${credentialId}`);
  const table = page.getByRole('region', { name: 'Activities in this cycle' }).getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(ACTIVITIES + 1));
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows.first()).toBeVisible();
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  // Tab from the first row's first button goes on row after row, beyond the rows first rendered.
  await table.getByRole('button', { name: /^Edit Webinar/ }).first().focus();
  const firstIndex = await focusedRowIndex(page);
  expect(firstIndex).toBe(2);
  for (let i = 0; i < 3 * 60; i++) await page.keyboard.press('Tab');
  expect(await focusedRowIndex(page)).toBeGreaterThan(50);

  // Numbered oldest first, as in the audit packet: scrolling to the end brings in the newest (the header is row 1).
  await expect(async () => {
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
    await expect(table.locator(`tr[aria-rowindex="${ACTIVITIES + 1}"]`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(table.locator(`tr[aria-rowindex="${ACTIVITIES + 1}"]`)).toContainText(`Webinar ${ACTIVITIES}`);
  expect(await rows.count()).toBeLessThan(100);
  await app.expectAccessible('credential: 230 activities, scrolled to the end');
});

const RESULTS = 250;

test('250 practice results: a window of rows, and scrolling reaches the oldest', async ({ app, page }) => {
  test.setTimeout(240_000);
  const created = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!created.body.ok) throw new Error(created.body.error.message);
  const trackId = created.body.data.id;
  await app.host.call('settings:update', { patch: { holidayCountry: null } });
  expect((await app.host.call('prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 7200, availability: [60, 60, 60, 60, 60, 240, 120], selfRatings: [] })).body.ok).toBe(true);
  await inBatches(RESULTS, (k) => app.host.call('practice:add', { trackId, date: dayBefore(k).iso, source: `Mock ${k + 1}`, totalPercent: 50 + (k % 40), domainScores: [] }));

  await app.goto(`/tracks/${trackId}/prepare`);
  await new PreparePage(page).section('Practice exams');
  const table = page.getByRole('table', { name: /Practice-exam results/ });
  await expect(table).toHaveAttribute('aria-rowcount', String(RESULTS + 1));
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows.first()).toContainText(dayBefore(0).shown);
  expect(await rows.count()).toBeLessThan(100);

  await table.getByRole('button', { name: /^Delete the result of/ }).first().focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
  expect(await focusedRowIndex(page)).toBeGreaterThan(50);
  // Scrolled far away, the focused row leaves the page: the focus stays with the table, not the page's body.
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
  await expect(page.getByRole('region', { name: 'Table: Practice-exam results' })).toBeFocused();

  await expect(async () => {
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
    await expect(table.locator(`tr[aria-rowindex="${RESULTS + 1}"]`)).toContainText(dayBefore(RESULTS - 1).shown, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  expect(await rows.count()).toBeLessThan(100);
  await app.expectAccessible('practice: 250 results, scrolled to the end');
});
