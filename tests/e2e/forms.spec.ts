/// <reference lib="dom" />
import { expect, test } from './fixtures';
import { RecordsPage } from './pages/RecordsPage';

/** Issue 11, point 4: forms keep what was typed, ask before it is lost, and deletes can be undone. */

const CERTIFICATE = { name: 'certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 35 contact hours') };

test('a draft survives a reload, is checked again when saved, and leaving asks first', async ({ app, page }) => {
  const records = new RecordsPage(page);
  await records.open('Experience');
  await page.getByRole('button', { name: 'Add experience' }).click();
  // End before start: typed, not saved.
  await records.fillExperience({ organisation: 'Acme', title: 'Backwards', start: '2022-05', end: '2022-01', typeArea: 'leading projects', description: 'Typed before a crash' });
  await page.reload();
  const form = records.experienceForm();
  await expect(form.getByRole('textbox', { name: 'Project or role title' })).toHaveValue('Backwards');
  await expect(form.getByRole('textbox', { name: 'Description' })).toHaveValue('Typed before a crash');
  await expect(form.getByText('This is the draft you had not saved yet.')).toBeVisible();
  // Validated like a fresh entry: the same error as if typed now, and focus goes to that field.
  await form.getByRole('button', { name: 'Add entry' }).click();
  await records.expectFieldError(form.getByLabel('End month'), 'The end month cannot be before the start month');
  await expect(form.getByLabel('End month')).toBeFocused();

  // Leaving with unsaved changes asks; staying keeps the form.
  await app.nav('Catalog');
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toContainText('You have not saved the experience entry.');
  await dialog.getByRole('button', { name: 'Stay and finish' }).click();
  await expect(form).toBeVisible();
  await form.getByLabel('End month').fill('2022-09');
  await app.nav('Catalog');
  await dialog.getByRole('button', { name: 'Leave, keep the draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  // Back: the draft is there; saving it clears it.
  await records.open('Experience');
  await page.getByRole('button', { name: 'Add experience' }).click();
  await expect(form.getByLabel('End month')).toHaveValue('2022-09');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(records.experienceEntry('Backwards')).toBeVisible();
  await page.getByRole('button', { name: 'Add experience' }).click();
  await expect(form.getByRole('textbox', { name: 'Project or role title' })).toHaveValue('');
});

test('a kept draft that cannot be read is set aside, and Escape closes the editor keeping the draft', async ({ app: _app, page }) => {
  const records = new RecordsPage(page);
  await page.evaluate(() => localStorage.setItem('certplan.draft.v1.training:new', JSON.stringify({ course: 42, evil: true })));
  await records.open('Training');
  await page.getByRole('button', { name: 'Add training' }).click();
  const form = page.getByRole('form', { name: 'Add training' });
  await expect(form.getByText('A draft kept from before could not be read')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Course' })).toHaveValue('');
  await form.getByRole('textbox', { name: 'Course' }).fill('Agile fundamentals');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await page.getByRole('button', { name: 'Add training' }).click();
  await expect(form.getByRole('textbox', { name: 'Course' })).toHaveValue('Agile fundamentals');
});

test('every delete can be undone for a few seconds: the record comes back with its evidence', async ({ app, page }) => {
  const records = new RecordsPage(page);
  await records.open('Training');
  await records.addTraining({ course: 'Boot camp', provider: 'Academy', hours: 35, completedOn: '2025-03-14', topic: 'PM education', evidence: CERTIFICATE });
  await page.getByRole('button', { name: 'Delete “Boot camp”' }).click();
  // No question first; the Undo button takes the keyboard.
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(page.getByText('Deleted “Boot camp”.')).toBeVisible();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Restored “Boot camp”')).toBeVisible();
  await expect(page.getByRole('row', { name: /Boot camp/ })).toContainText(CERTIFICATE.name);
  const stored = await app.host.call<{ entries: { evidence: { fileName: string } | null }[] }>('training:list', {});
  expect(stored.body.ok && stored.body.data.entries.map((e) => e.evidence?.fileName)).toEqual([CERTIFICATE.name]);

  // Undo after what it needs has gone (its file deleted since) says so and changes nothing.
  await page.getByRole('button', { name: 'Delete “Boot camp”' }).click();
  const files = await app.host.call<{ id: string }[]>('evidence:list', {});
  if (!files.body.ok) throw new Error('evidence:list');
  expect((await app.host.call('evidence:remove', { id: files.body.data[0]?.id })).body.ok).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('alert')).toContainText('“Boot camp” was not restored: since you deleted it, an evidence file attached to it was deleted. Nothing was changed.');
  await expect(page.getByText('No training logged yet')).toBeVisible();
});

test('sessions and practice results are added one after another with “add another”', async ({ app, page }) => {
  const track = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!track.body.ok) throw new Error('track');
  await app.host.call('prep:setup', { trackId: track.body.data.id, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 0, 0] });
  await app.goto(`/tracks/${track.body.data.id}/prepare?section=sessions`);
  const form = page.getByRole('form', { name: 'Add session' });
  await form.getByLabel('Date').fill('2026-11-23');
  await form.getByRole('textbox', { name: 'Minutes' }).fill('40');
  await form.getByLabel('Domain').selectOption({ label: 'People' });
  await form.getByRole('button', { name: 'Add and add another' }).click();
  await expect(form.getByRole('textbox', { name: 'Minutes' })).toHaveValue('');
  await expect(form.getByRole('textbox', { name: 'Minutes' })).toBeFocused();
  await expect(form.getByLabel('Date')).toHaveValue('2026-11-23');
  await form.getByRole('textbox', { name: 'Minutes' }).fill('25');
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('table', { name: /Study sessions/ }).locator('tbody tr')).toHaveCount(2);

  await page.getByRole('navigation', { name: 'Preparation' }).getByRole('link', { name: 'Practice exams' }).click();
  const practice = page.getByRole('form', { name: 'Record a practice exam' });
  await practice.getByRole('textbox', { name: 'Source' }).fill('Simulator A');
  await practice.getByRole('textbox', { name: 'Total score (%)' }).fill('64');
  await practice.getByRole('button', { name: 'Record and add another' }).click();
  await expect(page.getByText(/Record the next one\.$/)).toBeVisible();
  await expect(practice.getByRole('textbox', { name: 'Total score (%)' })).toHaveValue('');
  await expect(practice.getByRole('textbox', { name: 'Source' })).toHaveValue('Simulator A');
  await practice.getByLabel('Date taken').fill('2026-11-20');
  await practice.getByRole('textbox', { name: 'Total score (%)' }).fill('70');
  await practice.getByRole('button', { name: 'Record result', exact: true }).click();
  await expect(page.getByRole('table', { name: /Practice-exam results/ }).locator('tbody tr')).toHaveCount(2);
});
