import type { App } from './fixtures';
import { PINNED_NOW, expect, test } from './fixtures';
import { CertificationPage } from './pages/CertificationPage';
import { CatalogPage } from './pages/CatalogPage';
import { CredentialPage } from './pages/CredentialPage';
import { PreparePage } from './pages/PreparePage';
import { PrerequisitesPage } from './pages/PrerequisitesPage';
import { freshDataDir, startWebHost } from '../support/webHost';
import { writeVersion5DataDir } from '../support/legacyDataDir';

/**
 * Issue 8's journeys: rules that say what the bodies say (research notes, December 2026).
 * The clock is pinned at 2026-11-25 unless a journey moves it.
 */

async function call<T>(app: App, method: string, input: unknown): Promise<T> {
  const result = await app.host.call<T>(method, input);
  if (!result.body.ok) throw new Error(`${method}: ${result.body.error.message}`);
  return result.body.data;
}

test('a PMP holder tracks PMI-ACP and sees the PMP route met', async ({ app, page }) => {
  // Research notes §1.7 (PMI-A): PMI-ACP's fourth route is a PMP, with no agile months.
  await call(app, 'profile:update', { educationLevel: 'secondary' });
  await call(app, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-05-02' });
  await call(app, 'training:add', { course: 'PMI-ACP exam prep', provider: 'PMI', hours: 28, completedOn: '2026-10-01', topic: 'agile training' });

  const catalog = new CatalogPage(page);
  await app.nav('Catalog');
  await catalog.search('PMI-ACP');
  await catalog.open('PMI-ACP');
  const detail = new CertificationPage(page);
  await expect(detail.path('PMP holder')).toContainText('Hold PMP');
  await expect(detail.path('Agile certification and one year')).toContainText('any agile certification');
  await expect(page.locator('[data-fact="paths"]')).toContainText('Sources disagree: Training hours: PMI’s page copies say 21 hours');
  await detail.track();

  const prerequisites = new PrerequisitesPage(page);
  await prerequisites.open();
  await expect(prerequisites.result()).toContainText('through the PMP holder path');
  await expect(prerequisites.statusBadge()).toHaveText('Eligible');
  await expect(prerequisites.step('Credentials held')).toContainText('Held: PMP');
  await app.expectAccessible('PMI-ACP prerequisites met by a PMP');
});

test('a person fills in unknown renewal rules for a held credential and logs an activity against them', async ({ app, page }) => {
  const held = await call<{ id: string }>(app, 'credentials:add', { certificationId: 'aipmo-ipmo-f', earnedOn: '2025-03-01' });
  await app.goto(`/credentials/${held.id}`);
  const credential = new CredentialPage(page);
  await expect(credential.status()).toContainText('Renewal rules unknown');
  const panel = page.getByRole('region', { name: 'Renewal rules: fill in what is unknown' });
  await panel.getByRole('button', { name: 'Fill in the renewal rules' }).click();
  const form = page.getByRole('form', { name: 'Renewal rules for IPMO-F' });

  // Bad input first: a category minimum above the total is refused beside its field, nothing stored.
  await form.getByRole('textbox', { name: 'Cycle (years)' }).fill('3');
  await form.getByRole('textbox', { name: 'Unit name' }).fill('CPD hour');
  await form.getByRole('textbox', { name: 'Units per cycle' }).fill('30');
  await form.getByRole('textbox', { name: 'Category', exact: true }).fill('Training');
  await form.getByRole('textbox', { name: 'Minimum', exact: true }).fill('40');
  await form.getByRole('button', { name: 'Save my renewal rules' }).click();
  await expect(form.getByRole('alert')).toContainText('The minimum (40) cannot be above the total of 30 CPD hours');
  await app.expectAccessible('own renewal rules form with an error');
  const stored = await call<{ rulesSource: string }>(app, 'renewal:get', { credentialId: held.id });
  expect(stored.rulesSource).toBe('catalog');

  await form.getByRole('textbox', { name: 'Minimum', exact: true }).fill('');
  await form.getByRole('textbox', { name: 'Cap', exact: true }).fill('20');
  await form.getByRole('button', { name: 'Save my renewal rules' }).click();
  await expect(page.getByRole('region', { name: 'Your renewal rules' })).toContainText('You filled in these renewal rules for your IPMO-F');
  await expect(page.getByRole('region', { name: 'Your renewal rules' })).toContainText('30 CPD hours per cycle');

  await credential.startLogging();
  await credential.fillActivity({ date: '2025-10-01', title: 'PMO course', units: '25', category: 'Training' });
  await credential.submitActivity();
  await expect(page.getByText('Logged “PMO course”')).toBeVisible();
  const progress = page.getByTestId('ce-progress');
  await expect(progress).toContainText('20 of 30 CPD hours counted');
  await expect(progress).toContainText('5 CPD hours above caps do not count');

  // The catalog entry is untouched.
  await app.goto('/catalog/aipmo-ipmo-f');
  await expect(page.getByRole('region', { name: 'Renewal', exact: true })).toContainText('Unknown');
});

test('a track whose exam date moves past 9 July 2026 shows the new outline and the re-planned weights', async ({ app, page }) => {
  // Research notes §1.2 (PMI-BLOG): the 2021 outline until 8 July 2026, the July 2026 outline from 9 July.
  await app.host.setClock('2026-03-02T10:00:00.000Z');
  const track = await call<{ id: string }>(app, 'tracks:create', { certificationId: 'pmi-pmp' });
  await app.goto(`/tracks/${track.id}/prepare`);
  const prepare = new PreparePage(page);
  await prepare.setUp({ examDate: '2026-06-15', goalHours: 100, availability: [60, 60, 60, 60, 60, 120, 120] });
  await prepare.expectPlan();
  await expect(page.getByTestId('outline-in-force')).toHaveText('Your target date, 06/15/2026, falls under the 2021 exam content outline (until 07/08/2026); booking a date on the other side of a switch changes the outline.');
  const split = page.getByRole('table', { name: 'Study time per domain' });
  await expect(split.getByRole('row', { name: /^Business Environment 8%/ })).toBeVisible();

  await prepare.section('Settings');
  await prepare.setUp({ examDate: '2026-07-20' }, 'Save and re-plan');
  await prepare.expectPlan();
  await expect(page.getByTestId('outline-in-force')).toContainText('07/20/2026, falls under the July 2026 exam content outline (from 07/09/2026)');
  await expect(prepare.changes()).toContainText(
    'Your exam is now under the July 2026 exam content outline (was the 2021 exam content outline): Business Environment rises from 8% to 26%, People falls from 42% to 33%, Process falls from 50% to 41%.',
  );
  await expect(split.getByRole('row', { name: /^Business Environment 26%/ })).toBeVisible();
  await expect(split.getByRole('row', { name: /^People 33%/ })).toBeVisible();
  await app.expectAccessible('plan after the outline switch');
});

test('a credential on an older snapshot shows the field-by-field change and adopts it', async ({ app, page }) => {
  // A data folder from the release before these rules: PMP held since 2022, its first cycle renewed
  // with 30 PDUs of last-year surplus carried over, as the old rules (no maximum) allowed.
  // Leave the page first, so closing the old host does not cut a live connection.
  await page.goto('about:blank');
  await app.host.stop();
  const dataDir = freshDataDir();
  writeVersion5DataDir(dataDir);
  app.host = await startWebHost({ dataDir, clock: PINNED_NOW });
  await app.open();
  await app.goto('/credentials/cred-pmp');

  const panel = page.getByRole('region', { name: 'Newer PMP rules in the catalog' });
  await expect(panel).toContainText('This credential follows rules revision 1; the catalog now has revision 2.');
  await expect(panel.getByRole('listitem').filter({ hasText: 'Carry-over now capped at 20 PDUs' })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'PMP exam on 11/25/2026: 185 → 180 questions' })).toBeVisible();
  const figures = panel.getByRole('table', { name: 'What Certplan would work out differently from your records' });
  await expect(figures.getByRole('row', { name: 'Carried in from the last cycle 30 PDUs 20 PDUs' })).toBeVisible();
  await expect(figures.getByRole('row', { name: 'Still needed 30 PDUs 40 PDUs' })).toBeVisible();
  // Carried-in units are said once, in the requirement's explanation.
  await expect(page.getByTestId('ce-progress')).toContainText('30 PDUs carried in from the previous cycle count first.');
  await app.expectAccessible('newer rules offered to a credential');
  await panel.getByRole('button', { name: 'Adopt the new rules' }).scrollIntoViewIfNeeded();
  await app.screenshot('rules-update');

  await panel.getByRole('button', { name: 'Adopt the new rules' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adopt PMP rules revision 2?' });
  await dialog.getByRole('button', { name: 'Adopt the new rules' }).click();
  await expect(page.getByText('PMP now follows rules revision 2')).toBeVisible();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('ce-progress')).toContainText('20 PDUs carried in from the previous cycle count first (at most 20 PDUs may carry over).');
  // The activities the person logged are as they were.
  const activities = await call<{ activities: unknown[] }>(app, 'renewal:get', { credentialId: 'cred-pmp', cycleIndex: 0 });
  expect(activities.activities).toHaveLength(4);
});
