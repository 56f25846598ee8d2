import { expect, test } from './fixtures';
import { CredentialPage } from './pages/CredentialPage';
import { GuidedStartPage } from './pages/GuidedStartPage';
import { PrerequisitesPage } from './pages/PrerequisitesPage';

/**
 * Issue 11, point 1: an empty app asks what the person came for and walks them through the few
 * records that matter, for each of the three people who tried it. The clock is pinned at
 * 2026-11-25 (dates show as the en-US locale writes them).
 */

test('a PMP candidate goes from an empty app to where she stands in one guided pass', async ({ app, page }) => {
  const guided = new GuidedStartPage(page);
  await expect(page.getByRole('heading', { name: 'What brings you to Certplan?' })).toBeVisible();
  await guided.choose('Prepare for a certification');
  await guided.track('PMP — Project Management Professional (PMI)');
  await guided.education('Bachelor’s / four-year degree');
  // What PMP asks is shown on the step, for the four-year-degree path.
  await expect(page.getByRole('list', { name: 'What the certification asks for' })).toContainText('you have 0 of 36 months');
  await guided.experience([
    { organisation: 'Acme', title: 'ERP rollout', start: '2021-01', end: '2022-06', typeArea: 'leading projects' },
    { organisation: 'Acme', title: 'Data platform', start: '2022-07', end: '2023-12', tick: ['leading projects'] },
  ]);
  await guided.training({ course: 'PMP boot camp', provider: 'PM Academy', hours: 35, completedOn: '2025-03-14', topic: 'PM education' });
  await expect(page.getByTestId('eligibility-result')).toContainText('Eligible — you meet PMP’s prerequisites through the Four-year degree path');
  await app.dismissNotices();
  await app.screenshot('guided-start');
  await guided.finish();
  await page.waitForURL(/#\/tracks\/track-/);
  // The Overview names the next step.
  await expect(page.getByTestId('track-next-step')).toContainText(/./);
  await expect(page.getByRole('link', { name: 'Record your application' })).toBeVisible();
  await app.nav('Dashboard');
  await expect(page.getByRole('heading', { name: 'What brings you to Certplan?' })).toHaveCount(0);
});

test('a PRINCE2 and Security+ holder who only wants renewals logs what she earned, and finds both under My certifications', async ({ app, page }) => {
  const guided = new GuidedStartPage(page);
  await guided.choose('Keep one I hold');
  await guided.credential('PRINCE2 P — PRINCE2 7 Practitioner', '2025-03-01');
  await guided.expectStep('Continuing education you already earned');
  const credential = new CredentialPage(page);
  await page.getByRole('button', { name: 'Log an activity' }).click();
  await credential.fillActivity({ date: '2025-10-01', title: 'Agile webinar', units: '5', category: 'CPD: Professional Experience' });
  await credential.form().getByRole('button', { name: 'Log and add another' }).click();
  await expect(page.getByText('Logged “Agile webinar”. Log the next one.')).toBeVisible();
  // The date and category stay for the next one; the title starts empty.
  await expect(credential.form().getByRole('textbox', { name: 'Title' })).toHaveValue('');
  await expect(credential.form().getByRole('textbox', { name: 'Date' })).toHaveValue('2025-10-01');
  await credential.form().getByRole('textbox', { name: 'Title' }).fill('Risk course');
  await credential.form().getByRole('textbox', { name: /^Units/ }).fill('10');
  await credential.submitActivity();
  await expect(page.getByText(/15 of \d+ CPD points counted in this cycle/)).toBeVisible();
  await guided.continue();
  await expect(page.getByRole('heading', { level: 3, name: 'PRINCE2 P' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open PRINCE2 P' })).toBeVisible();
  await guided.finish();
  await page.waitForURL(/#\/credentials\/credential-/);

  // The second credential, added from My certifications, where both are listed beside the tracks.
  await app.nav('My certifications');
  await page.getByRole('link', { name: 'Add one you hold' }).click();
  const certification = page.getByLabel('Certification');
  await certification.selectOption((await certification.locator('option', { hasText: /^Security\+:/ }).getAttribute('value')) ?? '');
  await page.getByRole('textbox', { name: 'Earned on' }).fill('2024-05-10');
  await page.getByRole('button', { name: 'Add credential' }).click();
  await page.waitForURL(/#\/credentials\/credential-/);
  await app.nav('My certifications');
  const held = page.getByRole('list', { name: 'Credentials held' });
  await expect(held.getByRole('listitem')).toHaveCount(2);
  await expect(held).toContainText('PRINCE2 P');
  await expect(held).toContainText('Security+');
});

test('a PMO lead who holds PMP and wants PMI-PMOCP: her PMP covers the experience, and the start can be left and resumed', async ({ app, page }) => {
  const guided = new GuidedStartPage(page);
  await guided.choose('Both');
  await guided.credential('PMP — Project Management Professional', '2024-06-01');
  await guided.expectStep('Continuing education you already earned');
  await guided.skip();
  await guided.track('PMI-PMOCP — PMI Project Management Office Certified Professional (PMI)');
  await guided.education('Secondary (high school or equivalent)');
  // The education is saved once the next step shows; leaving before that would race the save.
  await guided.expectStep('Your experience');
  // Leave half-way: the dashboard offers to pick it up at the next step.
  await app.nav('Dashboard');
  await expect(page.getByRole('region', { name: 'Pick up where you left off' })).toContainText('step 5 of 7, your experience');
  await page.getByRole('link', { name: 'Continue getting started' }).click();
  await guided.expectStep('Your experience');
  await expect(page.getByRole('list', { name: 'What the certification asks for' })).toContainText('it covered by holding PMP — done.');
  await guided.continue();
  await guided.training({ course: 'PMO foundations', provider: 'PMI', hours: 10, completedOn: '2026-02-01', topic: 'PMO education' });
  await expect(page.getByTestId('eligibility-result')).toContainText('through the Secondary degree path');
  // Skipped steps are marked; every step can be revisited.
  await expect(page.getByRole('navigation', { name: 'Steps of the guided start' })).toContainText('Continuing education you already earnedSkipped');
  await guided.finish();
  await page.waitForURL(/#\/tracks\/track-/);
});

test('with nothing entered, PMP puts the four-year-degree path first in one statement, and “Set your education” comes back', async ({ app, page }) => {
  const track = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!track.body.ok) throw new Error('track');
  await app.goto(`/tracks/${track.body.data.id}/prerequisites`);
  const prerequisites = new PrerequisitesPage(page);
  const result = prerequisites.result();
  await expect(result).toContainText('Not eligible yet. For the Four-year degree path, the one most PMP candidates take, you still need to:');
  await expect(result).toContainText('Say what education you have — Set your education');
  await expect(result).toContainText('Log 36 more months of leading projects — Add experience');
  await expect(result).toContainText('There are 2 other ways in (Secondary degree, GAC-accredited degree)');
  await expect(result).not.toContainText('Set your education level in Records');
  // The comparison of paths is there, folded away.
  await expect(page.getByRole('article', { name: /^GAC-accredited degree/ })).toBeHidden();
  await result.getByRole('link', { name: 'Set your education' }).click();
  await page.getByLabel('Highest education level').selectOption({ label: 'Secondary (high school or equivalent)' });
  await page.getByRole('button', { name: 'Save education' }).click();
  await page.waitForURL(/\/prerequisites$/);
  // Now the education decides: a secondary diploma leads to the 60-month path.
  await expect(result).toContainText('For the Secondary degree path, the closest one for you');
});
