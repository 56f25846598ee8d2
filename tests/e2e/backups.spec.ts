import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupsPage } from './pages/BackupsPage';
import { RecordsPage } from './pages/RecordsPage';
import { PINNED_NOW, expect, test } from './fixtures';
import { freshDataDir, startWebHost } from '../support/webHost';

const ERP = { organisation: 'Acme', title: 'ERP rollout', role: 'Project manager', start: '2021-01', end: '2022-06' };
const DATA = { organisation: 'Beta', title: 'Data platform', start: '2022-01', end: '2022-12' };

test('back up, add a record, restore the backup with its preview, see the record gone, and undo the restore', async ({ app, page }) => {
  const records = new RecordsPage(page);
  const backups = new BackupsPage(page);
  await records.open('Experience');
  await records.addExperience(ERP);

  await backups.open();
  await expect(page.getByText('No backups yet')).toBeVisible();
  await backups.backUpNow();
  await expect(backups.rows().nth(1)).toContainText('Made by you');
  await expect(backups.rows().nth(1)).toContainText('1 experience entry');

  await records.open('Experience');
  await records.addExperience(DATA);

  await backups.open();
  // The "Added …" messages would cover the screen in the screenshot.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  const dialog = await backups.previewRestore();
  expect(await backups.countsIn(dialog, 'Experience entries')).toEqual(['1', '2']);
  await expect(dialog.getByText('The database passes SQLite’s integrity check and every reference between records holds')).toBeVisible();
  await expect(dialog.getByText('Your data as it is now is kept as a backup first, so you can undo this restore.')).toBeVisible();
  await app.expectAccessible('restore preview');
  await app.screenshot('backups-restore-preview');
  await backups.confirmRestore(dialog);

  await records.open('Experience');
  await expect(records.experienceEntry('ERP rollout')).toBeVisible();
  await expect(records.experienceEntry('Data platform')).toHaveCount(0);

  // The data from before the restore is a backup of its own: the restore can be undone.
  await backups.open();
  await expect(backups.rows().filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo the restore' }).click();
  const undo = page.getByRole('dialog', { name: 'Restore this backup?' });
  expect(await backups.countsIn(undo, 'Experience entries')).toEqual(['2', '1']);
  await backups.confirmRestore(undo);
  await records.open('Experience');
  await expect(records.experienceEntry('Data platform')).toBeVisible();
  await expect(records.experienceEntry('ERP rollout')).toBeVisible();
});

test('start on a damaged database and recover from the recovery screen', async ({ app, page }) => {
  const records = new RecordsPage(page);
  await records.open('Experience');
  await records.addExperience(ERP);
  await new BackupsPage(page).open();
  await new BackupsPage(page).backUpNow();

  // The file is damaged while Certplan is closed (a disk error, a bad copy).
  const dataDir = app.host.dataDir;
  // Certplan closes with its window: a page left open would log its next request refused.
  await page.goto('about:blank');
  await app.host.stop();
  const file = join(dataDir, 'certplan.sqlite3');
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) || 4096;
  const pages = Math.floor(bytes.length / pageSize);
  for (let n = Math.floor(pages / 2); n < pages; n += 3) bytes.fill(0x5a, n * pageSize, n * pageSize + 200);
  writeFileSync(file, bytes);
  const damaged = readFileSync(file);

  app.host = await startWebHost({ dataDir, clock: PINNED_NOW });
  // The host is ready when its host file is written; the line on stderr may come a moment later.
  await expect.poll(() => app.host.output()).toMatch(/is damaged .*Open the address below to recover/);
  await page.goto(app.host.appUrl);
  await expect(page.getByRole('heading', { name: 'Certplan’s data file is damaged' })).toBeVisible();
  await expect(page.getByText(/stopped before changing anything in it/)).toBeVisible();
  await app.expectAccessible('recovery screen');
  await app.screenshot('recovery-screen');

  await page.getByRole('button', { name: 'Restore the newest good backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('columnheader', { name: 'In the backup' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText(/^Restored .* The damaged file was kept as .*certplan-damaged-/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await records.open('Experience');
  await expect(records.experienceEntry('ERP rollout')).toBeVisible();
  // The damaged file was moved aside, byte for byte as it was.
  const moved = readdirSync(dataDir).find((name) => name.startsWith('certplan-damaged-') && name.endsWith('.sqlite3'));
  expect(moved && readFileSync(join(dataDir, moved)).equals(damaged)).toBe(true);
});

test('export everything and import it into a fresh data folder', async ({ app, page }, testInfo) => {
  const records = new RecordsPage(page);
  const backups = new BackupsPage(page);
  await records.open('Experience');
  await records.addExperience(ERP);
  await records.open('Training');
  await records.addTraining({ course: 'PMP boot camp', provider: 'Academy', hours: 35, completedOn: '2025-03-10', topic: 'PM education', evidence: { name: 'bootcamp.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 certificate') } });

  await backups.open();
  const download = await backups.exportEverything();
  expect(download.suggestedFilename()).toBe('certplan-export-2026-11-25.zip');
  const archive = testInfo.outputPath('export.zip');
  await download.saveAs(archive);

  // A new computer: an empty data folder.
  const fresh = await startWebHost({ dataDir: freshDataDir(), clock: PINNED_NOW });
  try {
    await page.goto(fresh.appUrl);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await backups.open();
    await backups.chooseFile('Import an export…', archive);
    const dialog = page.getByRole('dialog', { name: 'Import this export?' });
    await expect(dialog).toBeVisible();
    expect(await backups.countsIn(dialog, 'Experience entries')).toEqual(['1', '0']);
    expect(await backups.countsIn(dialog, 'Evidence files')).toEqual(['1', '0']);
    await app.expectAccessible('import preview');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByText(/^Imported 1 experience entry, 1 training entry, 1 evidence file/)).toBeVisible();
    await records.open('Experience');
    await expect(records.experienceEntry('ERP rollout')).toBeVisible();
    await records.open('Evidence files');
    await expect(page.getByRole('row', { name: /bootcamp\.pdf/ })).toBeVisible();

    // Importing again is refused: the folder is no longer empty.
    await backups.open();
    await backups.chooseFile('Import an export…', archive);
    await expect(page.getByRole('alert').filter({ hasText: 'This data folder already holds records' })).toBeVisible();
  } finally {
    await fresh.stop();
  }
});
