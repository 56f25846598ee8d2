import type { App } from './fixtures';
import { expect, test } from './fixtures';
import { ExamPage } from './pages/ExamPage';
import { PreparePage } from './pages/PreparePage';
import { TracksPage } from './pages/TracksPage';

/** The clock is pinned at 2026-11-25T10:00Z, a Wednesday; the exam is twelve weeks later. */
const EXAM_DATE = '2027-02-17';
const AVAILABILITY = [60, 60, 60, 60, 60, 240, 120];
const PRACTICE_CSV = [
  'Taken on,Provider,Overall %,People %,Process %,BE score',
  '2026-11-12,Simulator A,62,66,57,63',
  '2026-11-22,Simulator A,69,72,64,71',
  '2026-12-01,Simulator B,75,78,71,76',
].join('\n');

async function pmpTrack(app: App): Promise<string> {
  // Tracking a certification is the foundation's journey; here it is only the starting point.
  const created = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!created.body.ok) throw new Error(created.body.error.message);
  return created.body.data.id;
}

test('prepare for PMP: plan, sessions with the timer, a skipped week re-planned, a CSV import, readiness, charts and a pass', async ({ app, page }) => {
  const prepare = new PreparePage(page);
  const trackId = await pmpTrack(app);
  await app.goto(`/tracks/${trackId}/prepare`);

  // Set up preparation and see the plan.
  await expect(page.getByRole('heading', { name: 'Plan your PMP preparation' })).toBeVisible();
  await expect(page.getByText(/^Suggested, based on the exam’s level \(professional: about 120 h\)/)).toBeVisible();
  // No public holidays here: this journey's numbers count every day (planning.spec.ts covers holidays).
  await prepare.setUp({ examDate: EXAM_DATE, goalHours: 120, availability: AVAILABILITY, ratings: { Process: '2' }, holidays: '' });
  await prepare.expectPlan();
  await expect(prepare.changes()).toContainText('Plan made on 11/25/2026: 120 h of study over 84 study days until the exam on 02/17/2027.');
  await expect(prepare.today()).toContainText('1 h left of 1 h planned');
  await expect(prepare.today()).toContainText('Process is 41% of the exam and your weakest domain (you rated yourself 2 of 5)');
  await expect(page.getByRole('region', { name: 'Coming up' })).toContainText('Business Environment is 26% of the exam');

  // Log two sessions: one with the timer (the pinned clock moves 30 minutes), one by hand.
  await prepare.startTimerFromToday('Process');
  await app.host.setClock('2026-11-25T10:30:00.000Z');
  await prepare.stopTimer();
  await expect(page.getByText('Recorded 30 min of Process')).toBeVisible();
  await prepare.section('Sessions');
  await prepare.addSession({ minutes: 15, domain: 'People', notes: 'Stakeholder chapter' });
  await expect(prepare.sessionRows()).toHaveCount(2);
  await expect(prepare.sessionRows().filter({ hasText: 'Timer' })).toContainText('30 min');
  await prepare.section('Plan');
  await expect(prepare.today()).toContainText('15 min left of 1 h planned (45 min done)');

  // A week passes without study: the plan re-flows from today, capped by each day's availability.
  await app.host.setClock('2026-12-02T09:00:00.000Z');
  await page.reload();
  await prepare.expectPlan();
  await expect(prepare.changes()).toContainText(/\d+ missed sessions and 1 partly done \(\d+ h( \d+ min)?\) spread over the next \d+ weeks\./);
  await app.screenshot('plan');
  const days = await prepare.plannedAgainstAvailable();
  expect(days[0]?.date).toBe('2026-12-02');
  expect(days.length).toBe(77);
  for (const day of days) expect(day.planned, day.date).toBeLessThanOrEqual(day.available);
  expect(days.reduce((sum, d) => sum + d.planned, 0)).toBe(120 * 60 - 45);

  // Import three practice exams from a CSV, fixing the column the mapping did not guess.
  await prepare.section('Practice exams');
  await prepare.chooseCsv('simulator-export.csv', PRACTICE_CSV);
  await expect(page.getByLabel('Date column')).toHaveValue('Taken on');
  await expect(page.getByLabel('Business Environment column')).toHaveValue('');
  await prepare.mapColumn('Business Environment', 'BE score');
  await expect(prepare.importPreview().getByRole('row', { name: /^4 12\/01\/2026 Simulator B 75% 78% 71% 76% Ready$/ })).toBeVisible();
  await prepare.importAll(3);
  await expect(page.getByText('Imported 3 practice results')).toBeVisible();
  await expect(prepare.practiceRows()).toHaveCount(3);

  // Readiness and the charts.
  await prepare.section('Readiness & progress');
  await expect(prepare.readiness()).toContainText(/\d+(\.\d)?% likely between \d+(\.\d)?% and \d+(\.\d)?%/);
  await expect(prepare.readiness()).toContainText('Certplan’s approximation: PMI does not publish the score thresholds');
  await expect(prepare.readiness().getByRole('row', { name: /^Process 41%/ })).toContainText('3');
  for (const chart of ['weekly-hours-chart', 'domain-time-chart', 'score-trend-chart'] as const) {
    await expect(prepare.chart(chart).locator('svg').first()).toBeVisible();
  }
  await expect(prepare.chart('score-trend-chart').locator('.recharts-line')).toHaveCount(4);
  await prepare.dismissNotices();
  await page.getByRole('heading', { name: 'Hours planned and done per week' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await app.screenshot('charts');

  // Book the exam, sit it, record the pass: the track becomes passed with its credential.
  const exam = new ExamPage(page);
  await exam.open();
  await exam.book(EXAM_DATE, 'PV-2027-0217');
  await expect(page.getByText('PMP exam booked for 02/17/2027')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Exam scheduled');
  await expect(page.getByText('Your exam is on 02/17/2027; record the result from that day on.')).toBeVisible();
  await app.host.setClock('2027-02-17T16:00:00.000Z');
  await page.reload();
  await exam.recordPass({ bands: { People: 'Target', Process: 'Above Target', 'Business Environment': 'Target' }, credentialNumber: '3141592' });
  await expect(page.getByText('Congratulations! PMP is passed and the credential is in your records.')).toBeVisible();
  await expect(page.getByRole('row', { name: /02\/17\/2027 Passed People: Target, Process: Above Target/ })).toBeVisible();
  await expect(page.getByText('You passed on 02/17/2027; the credential is in your records.')).toBeVisible();
  // The pass is recorded in the track's history; with the credential's first cycle started on the
  // pass date, the renewal slice moves the track straight on to Active.
  await app.nav('My certifications');
  const tracks = new TracksPage(page);
  await tracks.expectTrack('PMP', 'Active');
  await tracks.open('PMP');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Passed — Passed the exam on 02/17/2027');
  const credentials = await app.host.call<{ acronym: string; credentialNumber: string; earnedOn: string }[]>('credentials:list', {});
  expect(credentials.body.ok && credentials.body.data).toEqual([expect.objectContaining({ acronym: 'PMP', credentialNumber: '3141592', earnedOn: '2027-02-17' })]);
});

test('bad input says what is wrong beside the field and stores nothing', async ({ app, page }) => {
  const prepare = new PreparePage(page);
  const trackId = await pmpTrack(app);
  await app.goto(`/tracks/${trackId}/prepare`);

  // An exam date in the past.
  await prepare.setUp({ examDate: '2026-11-01' });
  await prepare.expectFieldError(page.getByLabel('Exam date'), 'Pick today or a later date: 11/01/2026 has passed');
  await expect(page.getByRole('alert')).toContainText('Fix the fields marked below');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Make my plan' })).toBeVisible();

  // Availability of zero on every day.
  await prepare.setUp({ examDate: '2027-02-17', availability: [0, 0, 0, 0, 0, 0, 0] });
  await expect(page.getByText('Add study time on at least one day of the week')).toBeVisible();

  await prepare.setUp({ examDate: '2027-02-17', availability: AVAILABILITY });
  await prepare.expectPlan();

  // A practice score above 100.
  await prepare.section('Practice exams');
  await prepare.recordPracticeExam({ date: '2026-11-20', source: 'Simulator A', total: '112' });
  await prepare.expectFieldError(page.getByRole('textbox', { name: 'Total score (%)' }), 'Cannot be above 100');
  await expect(page.getByText('No practice results yet')).toBeVisible();

  // A CSV with a row that does not parse: listed with its line number, nothing imported.
  await prepare.chooseCsv('bad.csv', 'Date,Total\n2026-11-10,70\n2026-11-11,140\n');
  await expect(prepare.importPreview().getByRole('row', { name: /^3 .*The total 140 is above 100$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 1 result' })).toBeDisabled();
  await expect(page.getByText('No practice results yet')).toBeVisible();

  // A CSV without a date column is refused with a clear message.
  await prepare.chooseCsv('no-date.csv', 'Provider,Total\nSim,70\n');
  await expect(page.getByText('Choose the column with the date each practice exam was taken; the file needs one.')).toBeVisible();
});

/** A PMP track with preparation, a pause, a session and a practice result, made through the API. */
async function preparedTrack(app: App): Promise<string> {
  const trackId = await pmpTrack(app);
  const call = async (method: string, input: unknown) => {
    const result = await app.host.call(method, input);
    expect(result.body.ok, method).toBe(true);
  };
  await call('settings:update', { patch: { holidayCountry: null } });
  await call('prep:setup', { trackId, examDate: '2027-01-20', goalMinutes: 9000, availability: AVAILABILITY, selfRatings: [{ domainId: 'people', rating: 4 }] });
  await call('prep:add-break', { trackId, kind: 'pause', startDate: '2026-12-24', endDate: '2026-12-27', label: 'Holiday' });
  await call('sessions:add', { trackId, date: '2026-11-24', minutes: 40, domainId: 'people' });
  await call('practice:add', { trackId, date: '2026-11-20', source: 'Simulator A', totalPercent: 64, domainScores: [{ domainId: 'people', percent: 70 }] });
  return trackId;
}

// Each axe run costs seconds on a busy machine, so the screens are checked in two groups.
for (const theme of ['light', 'dark'] as const) {
  test(`the Prepare tab's plan, calendar and settings are accessible in the ${theme} theme`, async ({ app, page }) => {
    const trackId = await preparedTrack(app);
    await app.setTheme(theme);
    const prepare = new PreparePage(page);
    await app.goto(`/tracks/${trackId}/prepare`);
    await prepare.expectPlan();
    await expect(page.getByRole('heading', { name: 'The goal does not fit before the exam' })).toBeVisible();
    await app.expectAccessible(`prepare: plan with a shortfall (${theme})`);
    await prepare.section('Calendar');
    await app.expectAccessible(`prepare: calendar week (${theme})`);
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Calendar: November 2026' })).toBeVisible();
    await app.expectAccessible(`prepare: calendar month (${theme})`);
    await prepare.section('Settings');
    await app.expectAccessible(`prepare: settings (${theme})`);
  });

  test(`the Prepare tab's sessions, practice and progress, and the Exam tab, are accessible in the ${theme} theme`, async ({ app, page }) => {
    const trackId = await preparedTrack(app);
    await app.setTheme(theme);
    const prepare = new PreparePage(page);
    await app.goto(`/tracks/${trackId}/prepare?section=sessions`);
    await prepare.addSession({ minutes: 0, domain: 'Process' });
    await expect(page.getByText('Must be more than 0 minutes')).toBeVisible();
    await app.expectAccessible(`prepare: sessions with an error (${theme})`);
    await prepare.section('Practice exams');
    await prepare.chooseCsv('export.csv', PRACTICE_CSV.replace('2026-12-01', '2026-11-24'));
    await app.expectAccessible(`prepare: practice import preview (${theme})`);
    await prepare.section('Readiness & progress');
    await expect(prepare.chart('weekly-hours-chart')).toBeVisible();
    await app.expectAccessible(`prepare: readiness and charts (${theme})`);
    const exam = new ExamPage(page);
    await exam.open();
    await page.getByRole('button', { name: 'Record an attempt you already sat' }).click();
    await expect(exam.resultForm()).toBeVisible();
    await app.expectAccessible(`exam tab (${theme})`);
  });
}
