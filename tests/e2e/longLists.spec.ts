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

  // Scrolling to the end brings in the oldest session, row 1,001 of the table (the header is row 1).
  const oldest = dayBefore(SESSIONS - 1).shown;
  await expect(async () => {
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
    await expect(table.locator('tr[aria-rowindex="1001"]')).toContainText(oldest, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  expect(await prepare.sessionRows().count()).toBeLessThan(120);
  await app.expectAccessible('prepare: a thousand sessions, scrolled to the end');
});
