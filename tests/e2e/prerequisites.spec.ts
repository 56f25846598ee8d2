import Papa from 'papaparse';
import { CatalogPage } from './pages/CatalogPage';
import { CertificationPage } from './pages/CertificationPage';
import { PrerequisitesPage } from './pages/PrerequisitesPage';
import { RecordsPage } from './pages/RecordsPage';
import { type App, expect, test } from './fixtures';

const CERTIFICATE = { name: 'bootcamp-certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 certificate of 28 contact hours') };

/** Clears the "Added …" messages so the screenshot shows the screen itself. */
async function dismissNotices(app: App): Promise<void> {
  const dismiss = app.page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

async function trackPmp(app: App): Promise<string> {
  const page = app.page;
  await app.nav('Catalog');
  const catalog = new CatalogPage(page);
  await catalog.search('PMP');
  await catalog.open('PMP');
  await new CertificationPage(page).track();
  // The catalog entry has the same heading; the track page is the one under #/tracks/.
  await page.waitForURL(/#\/tracks\/track-/);
  await expect(page.getByRole('navigation', { name: 'PMP sections' })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
}

test('a bachelor logs experience and training, tracks PMP, walks the steps to eligible, loses a project, and exports the pack', async ({ app, page }) => {
  const records = new RecordsPage(page);
  await records.open('Profile');
  await records.setEducation('Bachelor’s / four-year degree');

  // Three projects, two of them overlapping for six months; the last is still running. Nothing is
  // tracked yet, so the person types the area once, ticks it next time, and forgets it on the third.
  await records.open('Experience');
  await expect(page.getByText('No experience logged yet')).toBeVisible();
  await records.addExperience({ organisation: 'Acme', title: 'ERP rollout', role: 'Project manager', start: '2021-01', end: '2022-06', typeArea: 'leading projects', description: 'Led a team of 12 through the ERP migration.' });
  await records.addExperience({ organisation: 'Beta', title: 'Data platform', start: '2022-01', end: '2022-12', tick: ['leading projects'] });
  await records.addExperience({ organisation: 'Gamma', title: 'Mobile app', start: '2025-12', end: 'ongoing' });
  await expect(records.experienceEntry('Mobile app')).toContainText('Not tagged');
  await expect(page.getByTestId('experience-timeline')).toBeVisible();
  await expect(page.locator('.timeline-caption')).toContainText('Overlapping months (counted once): Jan 2022 – Jun 2022');

  await records.open('Training');
  await records.addTraining({ course: 'PMP exam prep boot camp', provider: 'PM Academy', hours: 28, completedOn: '2025-03-14', topic: 'PM education', evidence: CERTIFICATE });
  await records.addTraining({ course: 'Agile fundamentals', provider: 'PM Academy', hours: 7, completedOn: '2025-05-02', topic: 'PM education' });
  await expect(page.getByLabel('Hours per topic')).toHaveText('PM education: 35 h');

  const trackId = await trackPmp(app);
  const prerequisites = new PrerequisitesPage(page);
  await prerequisites.open();

  // Step by step: education counts, the untagged project does not count yet, the hours do.
  await expect(prerequisites.step('Education')).toContainText('Your profile: Bachelor’s / four-year degree');
  const experience = prerequisites.step('Experience');
  await expect(experience).toContainText('Leading projects since Dec 2018: 24 months count');
  await expect(experience).toContainText('You have: 24 of 36 months');
  await expect(experience).toContainText('not tagged with any area');
  await expect(prerequisites.result()).toContainText('Not eligible yet');
  await experience.getByRole('link', { name: 'Tag “Mobile app”' }).click();
  const form = records.experienceForm();
  await form.getByRole('checkbox', { name: /^leading projects \(PMP\)/ }).check();
  await form.getByRole('button', { name: 'Save entry' }).click();

  // Back on the track: every step is done and the track is eligible by the four-year-degree path.
  await expect(prerequisites.result()).toContainText('Eligible — you meet PMP’s prerequisites through the Four-year degree path');
  await expect(prerequisites.statusBadge()).toHaveText('Eligible');
  await expect(experience).toContainText('You have: 36 of 36 months');
  await expect(experience).toContainText('Mobile app — Gamma, Dec 2025 – ongoing: 12 months count');
  await expect(prerequisites.step('Training')).toContainText('You have: 35 of 35 hours');
  await expect(prerequisites.path('Four-year degree')).toContainText('Met');
  await expect(prerequisites.path('Four-year degree')).toContainText('Best path');
  await expect(prerequisites.path('Secondary degree')).toContainText('36 of 60 months');
  await expect(prerequisites.path('GAC-accredited degree')).toContainText('Missing: Needs a degree from a GAC-accredited programme');
  await dismissNotices(app);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).scrollIntoViewIfNeeded();
  await app.screenshot('walkthrough');

  // One project goes: six months are missing; the ongoing one closes the gap by May 2027.
  await records.open('Experience');
  await records.deleteExperience('Data platform');
  await app.goto(`/tracks/${trackId}/prerequisites`);
  await expect(prerequisites.result()).toContainText('Not eligible yet');
  await expect(prerequisites.result()).toContainText('Log 6 more months of leading projects');
  await expect(prerequisites.result()).toContainText('Projected: met from May 2027 if your ongoing work continues');
  await expect(prerequisites.statusBadge()).toHaveText('Working on prerequisites');
  await expect(prerequisites.path('Four-year degree')).toContainText('30 of 36 months');

  const html = await prerequisites.exportPack('Save printable HTML');
  expect(html.name).toBe('pmp-application-pack-2026-11-25.html');
  expect(html.text).toContain('<h1>PMP application pack</h1>');
  expect(html.text).toContain('Bachelor’s / four-year degree');
  expect(html.text).toContain('<strong>30 unique months counted</strong>');
  expect(html.text).toContain('ERP rollout');
  expect(html.text).toContain('Jan 2021 – Jun 2022');
  expect(html.text).toContain('Led a team of 12 through the ERP migration.');
  expect(html.text).toContain('Dec 2025 – ongoing');
  expect(html.text).not.toContain('Data platform');
  expect(html.text).toContain('PMP exam prep boot camp');
  expect(html.text).toContain(CERTIFICATE.name);
  expect(html.text).toContain('<strong>35 hours</strong>');
  expect(html.text).not.toMatch(/<script/i);

  const csv = await prerequisites.exportPack('Save CSV');
  expect(csv.name).toBe('pmp-application-pack-2026-11-25.csv');
  const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(rows.meta.fields?.slice(0, 3)).toEqual(['section', 'requirement', 'title']);
  expect(rows.data.map((r) => [r.section, r.title, r.start_month, r.end_month, r.months_counted, r.hours])).toEqual([
    ['education', 'Bachelor’s / four-year degree', '', '', '', ''],
    ['experience', 'ERP rollout', '2021-01', '2022-06', '18', ''],
    ['experience', 'Mobile app', '2025-12', 'ongoing', '12', ''],
    ['training', 'PMP exam prep boot camp', '', '', '', '28'],
    ['training', 'Agile fundamentals', '', '', '', '7'],
  ]);
});

test('an end before the start is refused beside the field and nothing is stored', async ({ app, page }) => {
  const records = new RecordsPage(page);
  await records.open('Experience');
  await page.getByRole('button', { name: 'Add experience' }).click();
  await records.fillExperience({ organisation: 'Acme', title: 'Backwards project', start: '2022-05', end: '2022-01', typeArea: 'leading projects' });
  await records.experienceForm().getByRole('button', { name: 'Add entry' }).click();
  await records.expectFieldError(records.experienceForm().getByLabel('End month'), 'The end month cannot be before the start month');
  // A start after the current month is the core's call (it owns the clock).
  await records.experienceForm().getByLabel('Start month').fill('2027-01');
  await records.experienceForm().getByLabel('Ongoing — I still do this work').check();
  await records.experienceForm().getByRole('button', { name: 'Add entry' }).click();
  await records.expectFieldError(records.experienceForm().getByLabel('Start month'), 'Cannot be after the current month (November 2026)');
  const stored = await app.host.call<{ entries: unknown[] }>('experience:list', {});
  expect(stored.body.ok && stored.body.data.entries).toEqual([]);
});

test('an application moves the track and shows the audit due date, the eligibility period and attempts', async ({ app, page }) => {
  // Setup through the API: this journey is about the application, not the records.
  await app.host.call('profile:update', { educationLevel: 'secondary' });
  await app.host.call('credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-06-01' });
  await app.host.call('training:add', { course: 'PMO prep', provider: 'PMI', hours: 10, completedOn: '2026-02-01', topic: 'PMO education' });
  const track = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmocp' });
  if (!track.body.ok) throw new Error('track');
  await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
  const prerequisites = new PrerequisitesPage(page);
  await expect(prerequisites.result()).toContainText('through the Secondary degree path');
  await expect(prerequisites.step('Experience')).toContainText('Covered by holding PMP');

  await prerequisites.recordApplicationStep('Submitted', '2026-10-01');
  await expect(prerequisites.statusBadge()).toHaveText('Applied');
  await prerequisites.recordApplicationStep('In audit', '2026-10-05');
  await expect(page.getByTestId('application-status')).toContainText('Documents due by 01/03/2027');
  await prerequisites.recordApplicationStep('Approved', '2026-11-02');
  await expect(prerequisites.statusBadge()).toHaveText('Approved');
  const status = page.getByTestId('application-status');
  await expect(status.getByRole('definition').nth(1)).toHaveText('11/02/2027');
  await expect(status.getByRole('definition').nth(2)).toHaveText('0 of 3');

  await app.restartHost();
  await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
  await expect(page.getByTestId('application-status')).toContainText('Approved');
});

for (const theme of ['light', 'dark'] as const) {
  test(`Records and Prerequisites screens are accessible in the ${theme} theme`, async ({ app, page }) => {
    await app.setTheme(theme);
    await app.host.call('profile:update', { educationLevel: 'bachelor' });
    const track = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
    if (!track.body.ok) throw new Error('track');
    await app.host.call('experience:add', { organisation: 'Acme', title: 'ERP rollout', startMonth: '2021-01', endMonth: '2022-06', areas: ['leading projects'] });
    await app.host.call('experience:add', { organisation: 'Gamma', title: 'Mobile app', startMonth: '2022-01', endMonth: null, areas: [] });
    const file = await app.host.call<{ id: string }>('evidence:add', { fileName: 'certificate.pdf', mediaType: 'application/pdf', contentBase64: CERTIFICATE.buffer.toString('base64') });
    if (!file.body.ok) throw new Error('file');
    await app.host.call('training:add', { course: 'Boot camp', provider: 'Academy', hours: 28, completedOn: '2025-03-14', topic: 'PM education', evidenceId: file.body.data.id });
    await app.host.call('credentials:add', { certificationId: 'scrumalliance-csm', earnedOn: '2024-02-01' });

    const records = new RecordsPage(page);
    await records.open('Profile');
    await expect(page.getByLabel('Highest education level')).toHaveValue('bachelor');
    await app.expectAccessible(`records: profile (${theme})`);
    await records.open('Experience');
    await expect(page.getByTestId('experience-timeline')).toBeVisible();
    await expect(page.locator('.timeline-counted').first()).toBeVisible();
    await app.expectAccessible(`records: experience with timeline (${theme})`);
    await page.getByRole('button', { name: 'Add experience' }).click();
    await records.experienceForm().getByRole('button', { name: 'Add entry' }).click();
    await expect(records.experienceForm().getByText('Organisation is required')).toBeVisible();
    await app.expectAccessible(`records: experience form with errors (${theme})`);
    await records.open('Training');
    await expect(page.getByRole('button', { name: 'certificate.pdf' })).toBeVisible();
    await app.expectAccessible(`records: training (${theme})`);
    await records.open('Credentials held');
    await expect(page.getByRole('heading', { name: /^CSM/ })).toBeVisible();
    await app.expectAccessible(`records: credentials (${theme})`);
    await records.open('Evidence files');
    await expect(page.getByRole('row', { name: /certificate\.pdf/ })).toContainText('Training: Boot camp');
    await app.expectAccessible(`records: evidence (${theme})`);

    await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
    await expect(new PrerequisitesPage(page).result()).toContainText('Not eligible yet');
    await app.expectAccessible(`prerequisites (${theme})`);
  });
}

test('a CAPM held stands in for PMP’s 35 hours; credentials are edited, and removed with Undo', async ({ app, page }) => {
  await app.host.call('profile:update', { educationLevel: 'bachelor' });
  await app.host.call('experience:add', { organisation: 'Acme', title: 'Platform', startMonth: '2023-12', endMonth: null, areas: ['leading projects'] });
  const track = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!track.body.ok) throw new Error('track');

  const records = new RecordsPage(page);
  await records.open('Credentials held');
  await expect(page.getByText('No credentials recorded')).toBeVisible();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential', { exact: true }).selectOption({ label: 'CAPM — Certified Associate in Project Management' });
  await form.getByLabel('Earned on').fill('2024-04-12');
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('list', { name: 'Credentials held' })).toContainText('earned 04/12/2024');

  await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
  const prerequisites = new PrerequisitesPage(page);
  await expect(prerequisites.step('Training')).toContainText('You have: Covered by holding CAPM');
  await expect(prerequisites.result()).toContainText('through the Four-year degree path');

  // A CAPM earned in 2021 and never renewed has expired by now: it no longer stands in.
  await records.open('Credentials held');
  await page.getByRole('button', { name: 'Edit CAPM' }).click();
  const edit = page.getByRole('form', { name: 'Edit CAPM' });
  await edit.getByRole('textbox', { name: 'Credential number' }).fill('CAPM-12345');
  await edit.getByLabel('Earned on').fill('2021-04-12');
  await page.getByRole('button', { name: 'Save credential' }).click();
  await expect(page.getByRole('list', { name: 'Credentials held' })).toContainText('number CAPM-12345');
  await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
  await expect(prerequisites.step('Training')).toContainText('Still needed: 35 more hours of PM education');
  await expect(prerequisites.step('Training')).toContainText('Or hold CAPM (yours has lapsed: it counts again once renewed)');
  await records.open('Credentials held');
  await page.getByRole('button', { name: 'Remove CAPM' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByText('No credentials recorded')).toBeVisible();
  await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
  await expect(prerequisites.result()).toContainText('Not eligible yet');
});

test('an evidence file is saved back, and deleted only once nothing is attached to it', async ({ app }) => {
  const page = app.page;
  const records = new RecordsPage(page);
  await records.open('Training');
  await records.addTraining({ course: 'Boot camp', provider: 'Academy', hours: 35, completedOn: '2025-03-14', topic: 'PM education', evidence: CERTIFICATE });
  await records.open('Evidence files');
  const row = page.getByRole('row', { name: new RegExp(CERTIFICATE.name) });
  await expect(row).toContainText('Training: Boot camp');
  await expect(row.getByRole('button', { name: `Delete ${CERTIFICATE.name}` })).toBeDisabled();
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: `Save a copy of ${CERTIFICATE.name}` }).click()]);
  expect(download.suggestedFilename()).toBe(CERTIFICATE.name);

  await records.open('Training');
  await page.getByRole('button', { name: 'Delete “Boot camp”' }).click();
  await records.open('Evidence files');
  await expect(row).toContainText('Not attached');
  await row.getByRole('button', { name: `Delete ${CERTIFICATE.name}` }).click();
  await expect(page.getByText('No evidence files yet')).toBeVisible();
});

test('a check requirement is ticked on the track and counts for its path', async ({ app, page }) => {
  const track = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'peoplecert-prince2-7-practitioner' });
  if (!track.body.ok) throw new Error('track');
  await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
  const prerequisites = new PrerequisitesPage(page);
  await expect(prerequisites.step('Credentials held')).toContainText('Still needed: Hold PRINCE2 F or PMP or CAPM');
  const check = prerequisites.step('Other requirements').getByRole('checkbox', { name: /PRINCE2 6th edition Foundation or Practitioner/ });
  await check.check();
  await expect(prerequisites.result()).toContainText('through the Other accepted qualification path');
  await expect(prerequisites.statusBadge()).toHaveText('Eligible');
  await expect(prerequisites.step('Credentials held')).toContainText('Not asked on the Other accepted qualification path');
  await check.uncheck();
  await expect(prerequisites.result()).toContainText('Not eligible yet');
  await expect(prerequisites.statusBadge()).toHaveText('Working on prerequisites');
});
