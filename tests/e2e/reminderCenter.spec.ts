import { readFileSync } from 'node:fs';
import { type App, expect, test } from './fixtures';
import { Announcements } from './pages/RemindersPage';

/**
 * Issue 12's journeys, clock pinned at 2026-11-25: a person who holds PMP (earned 2024-09-10) and
 * prepares PMI-PMOCP on a 16-week plan sees a short reminder center ordered by due date and a
 * dashboard that answers "where do I stand"; adding a held PMP asks for the PDUs already earned
 * and imports a transcript; a course logged as training is reused as a PDU activity.
 */

const PMOCP_DOMAINS = ['organizational-development', 'pmo-strategic-elements', 'pmo-design', 'pmo-operation', 'pmo-enhancement', 'people'];

async function call<T>(app: App, method: string, input: unknown): Promise<T> {
  const { body } = await app.host.call<T>(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

/** PMP held (its earlier PDUs entered as totals), PMI-PMOCP on a 16-week plan with two practice exams. */
async function holdPmpAndPrepare(app: App): Promise<{ trackId: string; credentialId: string }> {
  const credentialId = (await call<{ id: string }>(app, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' })).id;
  await call(app, 'renewal:import-earned', {
    credentialId,
    entry: {
      kind: 'totals',
      rows: [
        { categoryId: 'ways-of-working', units: 12, date: '2026-11-25' },
        { categoryId: 'power-skills', units: 8, date: '2026-11-25' },
        { categoryId: 'business-acumen', units: 6, date: '2026-11-25' },
      ],
    },
  });
  const trackId = (await call<{ id: string }>(app, 'tracks:create', { certificationId: 'pmi-pmocp' })).id;
  // 16 weeks to the exam, an hour on weekdays and two on Saturdays.
  await call(app, 'prep:setup', { trackId, examDate: '2027-03-17', examBooked: true, goalMinutes: 80 * 60, availability: [60, 60, 60, 60, 60, 120, 0] });
  for (const [date, score] of [['2026-11-10', 62], ['2026-11-20', 70]] as const) {
    await call(app, 'practice:add', { trackId, date, source: 'PMO mock', totalPercent: score, domainScores: PMOCP_DOMAINS.map((domainId, i) => ({ domainId, percent: score - 4 + i })) });
  }
  return { trackId, credentialId };
}

test('a 16-week plan gives a short reminder center of grouped rows ordered by due date, with the calendar first', async ({ app, page }) => {
  const { credentialId } = await holdPmpAndPrepare(app);
  await new Announcements(page).dismissAll();
  await app.nav('Reminders');
  const rows = page.getByRole('list', { name: 'Reminders by due date' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  // One track and one credential: the study days fold into one row, the exam and the cycle end are one row each.
  const count = await rows.count();
  expect(count).toBeLessThan(10);
  await expect(rows.filter({ hasText: 'Study days' }).or(rows.filter({ hasText: /more study days until 03\/16\/2027/ }))).toHaveCount(1);
  await expect(rows.filter({ hasText: 'PMI-PMOCP exam' })).toContainText('03/17/2027 (in 112 days)');
  await expect(rows.filter({ hasText: 'PMI-PMOCP exam' })).toContainText('next notice 02/15/2027 (30 days before)');
  await expect(rows.filter({ hasText: 'PMP renewal cycle ends' })).toContainText('next notice 03/13/2027 (180 days before)');
  // Ordered by due date: the exam comes before the cycle end.
  const texts = await rows.allInnerTexts();
  const examAt = texts.findIndex((t) => t.includes('PMI-PMOCP exam'));
  const cycleAt = texts.findIndex((t) => t.includes('PMP renewal cycle ends'));
  expect(examAt).toBeGreaterThanOrEqual(0);
  expect(examAt).toBeLessThan(cycleAt);
  // The calendar export is one of the first controls on the page, before any reminder.
  const exportButton = page.getByRole('button', { name: 'Export calendar (.ics)' });
  const firstRow = await rows.first().boundingBox();
  const button = await exportButton.boundingBox();
  expect(button && firstRow && button.y < firstRow.y).toBe(true);

  // Filters: one credential's rows; a combination with nothing shows an empty state, not an empty list.
  // PMP: its cycle end, and this month's nudge (26 of 60 two years in is behind pace).
  await page.getByLabel('About').selectOption({ label: 'Credential PMP' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'PMP is behind pace' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'PMP renewal cycle ends' })).toHaveCount(1);
  await page.getByLabel('Kind').selectOption({ label: 'Exam date' });
  await expect(page.getByRole('heading', { name: 'No reminders match these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Show every reminder' }).click();
  await expect(rows).toHaveCount(count);

  // The calendar holds the same items with alarms; the credential filter exports only its own.
  await page.getByLabel('Dates of').selectOption({ label: 'Credential PMP: Project Management Professional' });
  const download = page.waitForEvent('download');
  await exportButton.click();
  const file = await download;
  const text = readFileSync(await file.path(), 'utf8').replace(/\r\n[ \t]/g, '');
  expect(text).toContain(`UID:cycle-end:${credentialId}:cycle-1@certplan`);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  await expect(page.getByText(/with 1 event$/)).toBeVisible();

  // Today's digest (due since 09:00) and the folded days ahead; switched off, both go.
  const studyRows = rows.filter({ hasText: 'Planned study session' });
  await expect(studyRows).toHaveCount(2);
  await expect(studyRows.first()).toContainText(/^Today: \d+ (h|min).* — PMO /);
  await page.getByRole('checkbox', { name: /Study days: one morning digest/ }).uncheck();
  await expect(rows).toHaveCount(count - 2);
  await page.getByRole('checkbox', { name: /Study days: one morning digest/ }).check();
  await expect(rows).toHaveCount(count);
  for (const theme of ['dark', 'light'] as const) {
    await app.setTheme(theme);
    await expect(rows.first()).toBeVisible();
    await app.expectAccessible(`reminder center (${theme})`);
  }
  await new Announcements(page).dismissAll();
  await app.screenshot('reminders');
});

test('the dashboard shows the exam countdown, readiness with its range, this week’s hours and PMP’s units against 60', async ({ app, page }) => {
  await holdPmpAndPrepare(app);
  await app.nav('Dashboard');
  const track = page.getByRole('list', { name: 'Tracked certifications' }).getByRole('listitem').filter({ hasText: 'PMI-PMOCP' });
  await expect(track).toContainText('03/17/2027 (booked) · 112 days left');
  await expect(track).toContainText(/Readiness.*\d+% \(\d+–\d+%\)/);
  await expect(track).toContainText(/This week.* of .* planned/);
  await expect(track).toContainText('Next:');
  const pmp = page.getByRole('list', { name: 'Credentials' }).getByRole('listitem').filter({ hasText: 'PMP' });
  await expect(pmp).toContainText('26 of 60 PDUs');
  await expect(pmp).toContainText('288 days left');
  // The CE card draws the bars against the requirement, the parent Education minimum included.
  const bars = page.getByTestId('ce-requirement');
  await expect(bars.getByRole('listitem', { name: /^Total: 26 PDUs counted of 60/ })).toBeVisible();
  await expect(bars.getByRole('listitem', { name: /^Education: 26 PDUs counted \(at least 35\), 9 still needed/ })).toBeVisible();
  await expect(page.getByText('Education needs at least 35 PDUs across Ways of Working, Power Skills, Business Acumen: 26 PDUs so far, so 7 PDUs more in any of them beyond the 2 PDUs its categories\' own minimums ask.')).toBeVisible();
  // Each upcoming item once, with its due date and countdown.
  const coming = page.getByRole('list', { name: 'Coming up' }).getByRole('listitem');
  await expect(coming.filter({ hasText: 'PMP renewal cycle ends' })).toHaveCount(1);
  await expect(coming.filter({ hasText: 'PMI-PMOCP exam' })).toContainText('in 112 days');
  for (const theme of ['dark', 'light'] as const) {
    await app.setTheme(theme);
    await expect(bars.first()).toBeVisible();
    await app.expectAccessible(`dashboard (${theme})`);
  }
  await new Announcements(page).dismissAll();
  await app.screenshot('dashboard');
});

test('someone who only renews sees where to start, not an empty tracks list', async ({ app, page }) => {
  await app.nav('Dashboard');
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
  await call(app, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2026-11-01' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Only renewing? Nothing to prepare for' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing logged yet: 0 of 60 PDUs' })).toBeVisible();
});

test('adding a held PMP asks for the PDUs already earned and imports a CCRS transcript, all or nothing', async ({ app, page }) => {
  await page.getByRole('link', { name: 'Add a credential you hold' }).first().click();
  await page.getByLabel('Certification').selectOption({ label: 'PMP: Project Management Professional (PMI)' });
  await page.getByRole('textbox', { name: 'Earned on' }).fill('2024-09-10');
  await page.getByRole('button', { name: 'Add credential' }).click();
  const fairStart = page.getByTestId('fair-start');
  await expect(fairStart.getByRole('heading', { name: 'What have you already earned this cycle?' })).toBeVisible();
  // Two years in with nothing logged: not called behind while the step waits.
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Next: Enter the PDUs you already earned this cycle, or skip that step');
  await expect(page.getByRole('region', { name: 'Status' })).not.toContainText('Behind');

  await fairStart.getByRole('button', { name: 'Import a transcript (CSV)' }).click();
  const csv = [
    'Claim Date,Activity Title,Provider,Category,PDUs',
    '2025-03-10,Agile course,PMI chapter,Education - Ways of Working,12',
    '2025-06-01,Negotiation,Coursera,Leadership,8.5',
    '2025-09-15,Board member,PMI chapter,Giving Back - Volunteering,30',
    '2026-01-20,Finance basics,Udemy,Finanzen,6',
  ].join('\n');
  await fairStart.getByLabel('Transcript file (CSV)').setInputFiles({ name: 'ccrs-transcript.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(fairStart.getByRole('textbox', { name: 'Transcript' })).toHaveValue(csv);
  await fairStart.getByRole('button', { name: 'Check before importing' }).click();
  const preview = fairStart.getByTestId('earned-preview');
  await expect(preview).toContainText('2 problems to fix; nothing is imported until every line is clean.');
  await expect(preview.getByRole('row', { name: /^4 09\/15\/2025 Board member/ })).toContainText('5 PDUs would not count: above the Giving Back to the Profession cap of 25');
  await expect(preview.getByRole('row', { name: /^5 01\/20\/2026 Finance basics/ })).toContainText('Unknown category “Finanzen”');
  await expect(fairStart.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await new Announcements(page).dismissAll();
  await preview.scrollIntoViewIfNeeded();
  await app.screenshot('fair-start');

  // Fix both: map the unknown category, bring the volunteering line under the cap.
  await fairStart.getByLabel('“Finanzen” is').selectOption({ label: 'Business Acumen (Education)' });
  await fairStart.getByRole('textbox', { name: 'Transcript' }).fill(csv.replace('Giving Back - Volunteering,30', 'Giving Back - Volunteering,25'));
  await fairStart.getByRole('button', { name: 'Check before importing' }).click();
  await expect(preview).toContainText('Ready to import: 4 lines, 51.5 PDUs in all.');
  await app.expectAccessible('fair start preview');
  await fairStart.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 4 lines earned before Certplan')).toBeVisible();
  await expect(page.getByTestId('fair-start')).toHaveCount(0);
  await expect(page.getByTestId('ce-progress')).toContainText('51.5 of 60 PDUs counted');
  // The other ways to renew and the fee, from the catalog.
  await expect(page.getByRole('region', { name: 'Other ways to renew and the fee' })).toContainText('Renewal fee: $60 (PMI member)');
  await expect(page.getByRole('region', { name: 'Other ways to renew and the fee' })).toContainText('Unknown: the research notes');
});

test('a training entry is reused as a PDU activity, and an edit to it offers to update the activity', async ({ app, page }) => {
  const credentialId = (await call<{ id: string }>(app, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' })).id;
  await call(app, 'renewal:skip-earned', { credentialId });
  const trainingId = (await call<{ id: string }>(app, 'training:add', { course: 'PMO Fundamentals', provider: 'PMO Academy', hours: 21, completedOn: '2026-05-04', topic: 'PMO' })).id;
  await app.goto('/records/training');
  await page.getByRole('button', { name: 'Also log as CE: PMO Fundamentals' }).click();
  const form = page.getByRole('form', { name: 'Log “PMO Fundamentals” as a CE activity' });
  await form.getByLabel('Category').selectOption({ label: 'Education: Ways of Working' });
  await expect(form.getByRole('textbox', { name: 'Units (PDUs)' })).toHaveValue('21');
  await form.getByRole('button', { name: 'Log as CE activity' }).click();
  await expect(page.getByText('“PMO Fundamentals” is also logged as 21 PDUs')).toBeVisible();
  await expect(page.getByRole('row', { name: /PMO Fundamentals/ })).toContainText('Also a CE activity: “PMO Fundamentals”.');

  // The hours change on the training side; the page offers to carry it over.
  const entry = await call<{ entries: { id: string; course: string; provider: string; topic: string }[] }>(app, 'training:list', {});
  const course = entry.entries.find((e) => e.id === trainingId);
  await call(app, 'training:update', { id: trainingId, course: course?.course, provider: course?.provider, hours: 24, completedOn: '2026-05-04', topic: course?.topic, evidenceId: null });
  await page.reload();
  await page.getByRole('button', { name: 'Update the CE activity to match' }).click();
  await expect(page.getByText('Updated the CE activity “PMO Fundamentals”')).toBeVisible();

  await app.goto(`/credentials/${credentialId}`);
  const row = page.getByRole('row', { name: /PMO Fundamentals/ });
  await expect(row).toContainText('Also training: “PMO Fundamentals”.');
  await expect(row).toContainText('24');
  await app.expectAccessible('linked records');
});
