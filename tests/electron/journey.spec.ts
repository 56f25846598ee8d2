import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CatalogPage } from '../e2e/pages/CatalogPage';
import { CertificationPage } from '../e2e/pages/CertificationPage';
import { EditorPage } from '../e2e/pages/EditorPage';
import { TracksPage } from '../e2e/pages/TracksPage';
import { findElectronBinary } from './electronBinary';
import { PROJECT_ROOT, launchApp } from './launchApp';

const binary = findElectronBinary(PROJECT_ROOT);

/** The foundation journey of the Chromium e2e suite, in the real desktop app, across a relaunch. */
test('browse, open PMP, create and track a custom certification, relaunch and find it', async () => {
  if (!binary.found) {
    console.log(`Electron journey skipped: ${binary.reason}.`);
    test.skip(true, binary.reason);
    return;
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'certplan-electron-journey-'));
  try {
    let app = await launchApp(binary, userDataDir);
    let page = await app.firstWindow();
    const nav = (label: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();

    await nav('Catalog');
    const catalog = new CatalogPage(page);
    await catalog.expectLoaded();
    await catalog.search('PMP');
    await catalog.open('PMP');
    const pmp = new CertificationPage(page);
    await expect(pmp.path('Four-year degree')).toContainText('36 months');
    await expect(pmp.path('Secondary degree')).toContainText('60 months');
    await pmp.expectDomainWeights({ People: 33, Process: 41, 'Business Environment': 26 });

    await nav('Catalog');
    await catalog.newCustom();
    const editor = new EditorPage(page);
    await editor.fillBasics({ name: 'Desktop PMO Cert', acronym: 'DPC', body: 'Desktop Body' });
    await editor.addDomain('One', 50);
    await editor.addDomain('Two', 40);
    await editor.save();
    await expect(editor.domainsError()).toHaveText('Domain weights must add up to 100 (now 90)');
    await editor.setDomainWeight(2, 50);
    await editor.save();
    await new CertificationPage(page).track();
    await expect(page.getByRole('heading', { level: 1, name: 'Desktop PMO Cert (DPC)' })).toBeVisible();
    await app.close();

    app = await launchApp(binary, userDataDir);
    page = await app.firstWindow();
    await nav('My certifications');
    await new TracksPage(page).expectTrack('DPC', 'Exploring');
    await app.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
