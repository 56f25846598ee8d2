import { type App, expect, test } from './fixtures';
import { Announcements } from './pages/RemindersPage';

/**
 * The rules model (issue 8) and the CE views and fair start (issue 12) together, clock pinned at
 * 2026-11-25: a PRINCE2 Practitioner holder sees each cycle year against its 20 points with the 5
 * from Professional Experience inside it; a Security+ holder sees the live-webinar cap keep units
 * out in one sentence; a fair start that breaks PeopleCert's bound on one activity is refused.
 */

async function call<T>(app: App, method: string, input: unknown): Promise<T> {
  const { body } = await app.host.call<T>(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

const YEARLY_RULE = 'At least 20 CPD points in each year of the cycle, 5 of them from Professional Experience; a year below it cannot be made up later.';

test('a PeopleCert holder sees each year against its 20 points, the Professional Experience part inside it, and the rule said once', async ({ app, page }) => {
  const credentialId = (await call<{ id: string }>(app, 'credentials:add', { certificationId: 'peoplecert-prince2-7-practitioner', earnedOn: '2024-02-10' })).id;
  await call(app, 'renewal:import-earned', {
    credentialId,
    entry: {
      kind: 'totals',
      rows: [
        { categoryId: 'professional-experience', units: 10, date: '2025-02-09' },
        { categoryId: 'community', units: 15, date: '2025-02-09' },
        { categoryId: 'professional-experience', units: 6, date: '2026-02-09' },
        { categoryId: 'professional-education', units: 14, date: '2026-02-09' },
        { categoryId: 'professional-experience', units: 2, date: '2026-11-25' },
        { categoryId: 'professional-education', units: 10, date: '2026-11-25' },
      ],
    },
  });
  await app.goto(`/credentials/${credentialId}`);
  const years = page.getByRole('list', { name: 'Each year of the cycle' });
  await expect(years.getByRole('listitem', { name: 'Year 1, 02/10/2024 to 02/09/2025: 25 CPD points of 20, met' })).toBeVisible();
  await expect(years.getByRole('listitem', { name: 'Year 3, 02/10/2026 to 02/09/2027: 12 CPD points of 20, 8 to go' })).toBeVisible();
  await expect(years.getByRole('listitem', { name: 'Year 3, Professional Experience: 2 CPD points of at least 5, 3 to go' })).toBeVisible();
  // 57 of 60 count, yet 8 are needed: one sentence says why.
  await expect(page.getByRole('list', { name: 'Why the numbers are what they are' })).toContainText(
    'Each year of the cycle has its own minimum, so 8 CPD points are still needed though 57 of 60 CPD points count: year 3 (02/10/2026 to 02/09/2027) needs 8 CPD points more, 3 of them from Professional Experience.',
  );
  // The yearly rule once on the page (not again in the progress or the requirement text).
  await expect(page.getByText(YEARLY_RULE, { exact: true })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Rules the bars do not draw' })).toContainText('Each activity counts 0.5 to 15 CPD points');
  // The other ways to renew, from the catalog's routes.
  const routes = page.getByRole('region', { name: 'Other ways to renew and the fee' });
  await expect(routes).toContainText('Retake the exam: Retake the same exam before the renew-by date.');
  await expect(routes).toContainText('Another exam of the suite:');
  await new Announcements(page).dismissAll();
  await app.expectAccessible('PeopleCert credential with yearly bars');
  await page.getByTestId('ce-progress').scrollIntoViewIfNeeded();
  await app.screenshot('ce-peoplecert-years');

  // The dashboard draws the same bars, with the same words.
  await app.nav('Dashboard');
  await expect(page.getByRole('listitem', { name: 'Year 3, Professional Experience: 2 CPD points of at least 5, 3 to go' })).toBeVisible();
});

test('a Security+ holder sees the live-webinar cap keep 2 CEUs out, in one sentence', async ({ app, page }) => {
  const credentialId = (await call<{ id: string }>(app, 'credentials:add', { certificationId: 'comptia-security-plus', earnedOn: '2025-01-10' })).id;
  await app.goto(`/credentials/${credentialId}`);
  // The fair start asks one total per kind where the category caps kinds; 12 webinar CEUs are refused.
  const fairStart = page.getByTestId('fair-start');
  await fairStart.getByRole('textbox', { name: 'Live webinar (at most 10) (CEUs)' }).fill('12');
  await fairStart.getByRole('textbox', { name: 'Training course (at most 50) (CEUs)' }).fill('8');
  await fairStart.getByRole('button', { name: 'Check before importing' }).click();
  const preview = fairStart.getByTestId('earned-preview');
  await expect(preview.getByRole('row', { name: /Live webinar/ })).toContainText('2 CEUs would not count: above the Live webinar cap of 10');
  await expect(fairStart.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await fairStart.getByRole('textbox', { name: 'Live webinar (at most 10) (CEUs)' }).fill('10');
  await fairStart.getByRole('button', { name: 'Check again' }).click();
  await expect(preview).toContainText('Ready to import: 2 lines, 18 CEUs in all.');
  await fairStart.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 2 lines earned before Certplan')).toBeVisible();
  // Logged later: two more webinar CEUs, above the cap.
  await call(app, 'ce:log', { date: '2026-06-01', title: 'Threat intel webinar', units: 2, categoryId: 'training', activityTypeId: 'live-webinar', credentialIds: [credentialId] });
  const bars = page.getByTestId('ce-requirement').first();
  await expect(bars.getByRole('listitem', { name: 'Live webinar: 10 CEUs counted (at most 10), 2 above a cap not counting' })).toBeVisible();
  const sentences = page.getByRole('list', { name: 'Why the numbers are what they are' });
  await expect(sentences.getByText('Live webinar counts at most 10 CEUs in a cycle; 2 CEUs above that do not count.', { exact: true })).toHaveCount(1);
  await expect(page.getByTestId('ce-progress')).toContainText('18 of 50 CEUs counted; 2 CEUs above caps do not count; 32 CEUs still needed.');
  const routes = page.getByRole('region', { name: 'Other ways to renew and the fee' });
  await expect(routes).toContainText('One qualifying activity: Complete CertMaster CE with 100% on all its assessments.');
  await new Announcements(page).dismissAll();
  await app.expectAccessible('Security+ credential with a capped kind');
});

test('a fair start that breaks PeopleCert’s 15 points for one activity is refused, and nothing is stored', async ({ app, page }) => {
  const credentialId = (await call<{ id: string }>(app, 'credentials:add', { certificationId: 'peoplecert-prince2-7-practitioner', earnedOn: '2024-02-10' })).id;
  await app.goto(`/credentials/${credentialId}`);
  const fairStart = page.getByTestId('fair-start');
  await expect(fairStart.getByRole('heading', { name: 'What have you already earned this cycle?' })).toBeVisible();
  await fairStart.getByRole('button', { name: 'Import a transcript (CSV)' }).click();
  const csv = ['Date,Activity,Category,Points', '2024-05-01,Leading a programme board,Professional Experience,6', '2024-09-10,Two-day agile course,Professional Education,16'].join('\n');
  await fairStart.getByRole('textbox', { name: 'Transcript' }).fill(csv);
  await fairStart.getByRole('button', { name: 'Check before importing' }).click();
  const preview = fairStart.getByTestId('earned-preview');
  await expect(preview).toContainText('1 problem to fix; nothing is imported until every line is clean.');
  await expect(preview.getByRole('row', { name: /^3 09\/10\/2024 Two-day agile course/ })).toContainText('counts at most 15 CPD points for one activity; log a longer one as several activities');
  await expect(fairStart.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  // Refused over the contract too: the stored data did not change and the step still waits.
  const refused = await app.host.call('renewal:import-earned', { credentialId, entry: { kind: 'transcript', text: csv } });
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
  expect(await call<{ activities: unknown[]; fairStart: { state: string } }>(app, 'renewal:get', { credentialId })).toMatchObject({ activities: [], fairStart: { state: 'pending' } });
  await new Announcements(page).dismissAll();
  await app.expectAccessible('fair start refused');

  // Split as PeopleCert asks (and under Professional Education's 15 a year), it imports.
  await fairStart.getByRole('textbox', { name: 'Transcript' }).fill(`${csv.replace('Professional Education,16', 'Professional Education,7')}\n2024-09-11,Two-day agile course (day 2),Professional Education,8`);
  await fairStart.getByRole('button', { name: 'Check before importing' }).click();
  await expect(preview).toContainText('Ready to import: 3 lines, 21 CPD points in all.');
  await fairStart.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 3 lines earned before Certplan')).toBeVisible();
});
