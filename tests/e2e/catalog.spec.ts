import { CatalogPage } from './pages/CatalogPage';
import { CertificationPage } from './pages/CertificationPage';
import { EditorPage } from './pages/EditorPage';
import { TracksPage } from './pages/TracksPage';
import { expect, test } from './fixtures';

test('browse, search and filter the catalog, then read PMP’s paths and domain chart', async ({ app, page }) => {
  const catalog = new CatalogPage(page);
  await app.nav('Catalog');
  await catalog.expectLoaded();
  expect(await catalog.results.count()).toBeGreaterThanOrEqual(20);
  for (const acronym of ['PMI-PMOCP', 'PMP', 'CAPM', 'IPMO-F', 'PSM I', 'Security+']) {
    await expect(catalog.result(acronym)).toBeVisible();
  }
  // Unknown and weak facts at a glance.
  await expect(catalog.result('PMI-PMOCP')).toContainText('Unknown: Renewal categories, Carry-over');
  await expect(catalog.result('IPMO-F')).toContainText('Unknown: Exam outline, Exam fee, Renewal rules');
  await app.screenshot('catalog');

  await catalog.search('prince2');
  await expect(page.getByText(/Showing 2 of \d+ certifications/)).toBeVisible();
  await catalog.clearFilters();
  await catalog.filterBody('PeopleCert');
  await catalog.filterLevel('Foundation');
  await expect(catalog.results).toHaveCount(4);
  await catalog.clearFilters();
  await catalog.search('no such certification');
  await expect(page.getByRole('heading', { name: 'No certification matches' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();

  await catalog.search('PMP');
  await catalog.open('PMP');
  const pmp = new CertificationPage(page);
  await expect(pmp.heading()).toHaveText('Project Management Professional (PMP)');
  await expect(pmp.path('Four-year degree')).toContainText('36 months of leading projects within the last 8 years');
  await expect(pmp.path('Secondary degree')).toContainText('60 months of leading projects within the last 8 years');
  await expect(pmp.path('Four-year degree')).toContainText('35 hours of PM education — or hold CAPM');
  // Two outlines with their dates; the July 2026 one is in force on 25 Nov 2026 (research notes §1.2).
  await pmp.expectDomainWeights({ People: 42, Process: 50, 'Business Environment': 8 }, pmp.outline('2021 exam content outline'));
  await pmp.expectDomainWeights({ People: 33, Process: 41, 'Business Environment': 26 }, pmp.outline('July 2026 exam content outline'));
  await expect(pmp.outline('July 2026 exam content outline')).toContainText('In force today');
  await expect(pmp.outline('July 2026 exam content outline')).toContainText('240 min');
  await expect(page.getByText(/07\/09\/2026: the July 2026 exam content outline replaces the 2021 exam content outline/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Renewal' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Giving Back to the Profession — 25/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^CAPM$/ })).toBeVisible();
  // Each fact says how sure, which sources (official or third party) and where they disagree.
  const outlineFact = page.locator('[data-fact="outline:eco-2026"]');
  await expect(outlineFact).toContainText('How sure:');
  await expect(outlineFact).toContainText('Medium confidence');
  await expect(outlineFact).toContainText('(Third party)');
  await expect(outlineFact).toContainText('Sources disagree: Blogs written before the outline was published said about 185 questions');
  await expect(page.locator('[data-fact="exam.fees"]')).toContainText('(Copy of official page)');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText(/From sources read in November–December 2026 for Certplan’s research/)).toBeVisible();
  await expect(page.getByText(/checked/)).toHaveCount(0);
  await app.screenshot('certification-detail');

  // A fact the research could not find reads "Unknown", never a guess.
  await app.goto('/catalog/peoplecert-prince2-7-foundation');
  await expect(page.getByText('Unknown domain weights')).toBeVisible();
  await app.goto('/catalog/peoplecert-msp5-practitioner');
  await expect(page.getByText('Unknown exam outline')).toBeVisible();
});

test('create a custom certification (fixing an invalid weight), track it, and find both after a restart', async ({ app, page }) => {
  const catalog = new CatalogPage(page);
  const editor = new EditorPage(page);
  await app.nav('Catalog');
  await catalog.newCustom();
  await expect(page.getByRole('heading', { level: 1, name: 'New custom certification' })).toBeVisible();

  await editor.save();
  await editor.expectFieldError('Name', 'Name is required');

  await editor.fillBasics({ name: 'Acme PMO Lead', acronym: 'APL', body: 'Acme Academy' });
  await editor.addDomain('Governance', 60);
  await editor.addDomain('Delivery', 30);
  await editor.setNumber('Cycle (years)', '0');
  await editor.save();
  await expect(editor.domainsError()).toHaveText('Domain weights must add up to 100 (now 90)');
  await editor.expectFieldError('Cycle (years)', 'Cycle length must be at least 1');
  await expect(page.getByRole('alert')).toContainText('Fix these 2 problems before saving');
  const stored = await app.host.call<{ items: unknown[] }>('catalog:list', { origin: 'custom' });
  expect(stored.body.ok && stored.body.data.items).toEqual([]);

  await editor.setDomainWeight(2, 40);
  await editor.setNumber('Cycle (years)', '2');
  await expect(editor.domainsError()).toHaveCount(0);
  await editor.save();

  const detail = new CertificationPage(page);
  await expect(detail.heading()).toHaveText('Acme PMO Lead (APL)');
  await detail.expectDomainWeights({ Governance: 60, Delivery: 40 });
  await detail.track();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme PMO Lead (APL)' })).toBeVisible();
  await expect(page.getByText('Exploring').first()).toBeVisible();

  await app.restartHost();
  await app.nav('My certifications');
  const tracks = new TracksPage(page);
  await tracks.expectTrack('APL', 'Exploring');
  await app.nav('Catalog');
  await catalog.filterBody('Acme Academy');
  await expect(catalog.result('APL')).toContainText('Tracking');
});

test('copy a built-in entry into an editable custom one, archive and remove its track', async ({ app, page }) => {
  await app.goto('/catalog/pmi-capm');
  const cert = new CertificationPage(page);
  await cert.copyAndEdit();
  await expect(new EditorPage(page).field('Name')).toHaveValue('Certified Associate in Project Management (my version)');
  await new EditorPage(page).save();
  await expect(cert.heading()).toHaveText('Certified Associate in Project Management (my version) (CAPM)');
  await cert.track();

  await page.getByRole('button', { name: 'Archive track' }).click();
  await expect(page.getByRole('button', { name: 'Restore track' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove track' }).click();
  const dialog = page.getByRole('dialog', { name: /Remove your CAPM track/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Remove track' }).click();
  await dialog.getByRole('button', { name: 'Remove track' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My certifications' })).toBeVisible();
  await expect(page.getByText('You are not tracking any certification yet')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`catalog, detail and editor screens are accessible in the ${theme} theme`, async ({ app, page }) => {
    await app.setTheme(theme);
    await app.nav('Catalog');
    await new CatalogPage(page).expectLoaded();
    await app.expectAccessible(`catalog (${theme})`);
    await app.goto('/catalog/pmi-pmp');
    await expect(new CertificationPage(page).domainChart()).toBeVisible();
    await app.expectAccessible(`detail (${theme})`);
    await app.goto('/catalog/new');
    const editor = new EditorPage(page);
    await editor.addDomain('Only', 50);
    await editor.save();
    await expect(editor.domainsError()).toBeVisible();
    await app.expectAccessible(`custom certification editor with errors (${theme})`);
    if (theme === 'dark') await app.screenshot('editor-dark');
  });
}
