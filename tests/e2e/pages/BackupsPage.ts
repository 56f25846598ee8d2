import { type Download, type Locator, type Page, expect } from '@playwright/test';

/** Settings › Backups and Export and import, and the recovery screen, driven through their labels. */
export class BackupsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows().count();
    await this.page.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.page.getByText(/^Backed up: /)).toBeVisible();
    await expect(this.rows()).toHaveCount(Math.max(before, 1) + 1);
  }

  /** Opens the preview of a backup in the list (newest first) and returns the dialog. */
  async previewRestore(index = 0): Promise<Locator> {
    await this.page.getByRole('button', { name: /^Restore the backup of / }).nth(index).click();
    const dialog = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Confirms the dialog; the page reloads with the restored data and says so. */
  async confirmRestore(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect(this.page.getByText(/^Restored /)).toBeVisible();
  }

  /** The count shown for a kind of record, in the backup and now. */
  async countsIn(dialog: Locator, records: string): Promise<string[]> {
    const row = dialog.getByRole('row', { name: new RegExp(`^${records}`) });
    // The preview appears once the backup has been checked in full.
    await expect(row).toBeVisible();
    return row.getByRole('cell').allTextContents();
  }

  async exportEverything(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export everything' }).click();
    return download;
  }

  async chooseFile(button: string, file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(file);
  }
}
