import { TINY_PNG, buildAnkiPackage } from '../support/ankiPackages';
import type { App } from './fixtures';
import { expect, test } from './fixtures';
import { FlashcardsPage } from './pages/FlashcardsPage';
import { PreparePage } from './pages/PreparePage';

/** The clock is pinned at 2026-11-25T10:00Z (a Wednesday); the exam is twelve weeks later. */
const AVAILABILITY = [60, 60, 60, 60, 60, 240, 120];

async function preparedPmp(app: App): Promise<string> {
  const created = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!created.body.ok) throw new Error(created.body.error.message);
  const trackId = created.body.data.id;
  // A modest goal leaves room in each day, so a nearer exam raises the day's plan (and budget).
  const setup = await app.host.call('prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 30 * 60, availability: AVAILABILITY });
  if (!setup.body.ok) throw new Error(setup.body.error.message);
  return trackId;
}

const APKG = buildAnkiPackage('anki21b', {
  notes: [
    { id: 1700000000001, fields: ['Who authorises the project charter?', 'The sponsor <img src="charter.png">'], tags: ['PMP::People'] },
    { id: 1700000000002, kind: 'cloze', fields: ['The {{c1::critical path}} is the longest path through the network', ''], tags: ['PMP::Process'] },
  ],
  media: { 'charter.png': TINY_PNG },
});

const CSV = 'front,back,domain,tags\n"What is scope creep?","Uncontrolled growth of scope",Process,scope\nWhat is a RACI chart?,A responsibility matrix,People,raci\n';

test('flashcards for PMP: a deck, an Anki package and a CSV, review by keyboard, minutes in the plan, the heatmap, a moved exam date', async ({ app, page }) => {
  test.setTimeout(120_000);
  const cards = new FlashcardsPage(page);
  const prepare = new PreparePage(page);
  const trackId = await preparedPmp(app);
  // Review time is measured in the page: a fake clock lets each card take 40 seconds.
  await page.clock.install({ time: new Date('2026-11-25T10:00:00.000Z') });
  await app.open();
  await cards.open(trackId, app.host.baseUrl);
  await expect(page.getByText('No PMP decks yet')).toBeVisible();
  await app.expectAccessible('flashcards, no decks');

  // A deck written by hand.
  await cards.createDeck('PMP essentials');
  await cards.openDeck('PMP essentials');
  await cards.addCard({ front: 'What does WBS stand for?', back: 'Work breakdown structure', domain: 'Process' });
  await expect(page.getByRole('list').getByText('What does WBS stand for?')).toBeVisible();
  await app.expectAccessible('deck');

  // An Anki package (the newest format), previewed with its tags mapped to domains, then imported.
  await cards.tab('Import');
  await cards.chooseFile('pmp-anki.apkg', Buffer.from(APKG));
  await expect(page.getByText('collection.anki21b (Anki 23.10 and later, Zstandard-compressed)')).toBeVisible();
  await expect(page.getByLabel('PMP::People (1)')).toHaveValue('people');
  await expect(page.getByRole('table', { name: 'Import preview' })).toContainText('Who authorises the project charter?');
  await app.expectAccessible('import preview');
  await cards.importInto('From Anki');
  await expect(page.getByText('Imported 2 cards into “From Anki”')).toBeVisible();

  // A CSV with front, back, domain and tags.
  await cards.tab('Import');
  await cards.chooseFile('more.csv', Buffer.from(CSV), 'text/csv');
  await expect(page.getByLabel('Domain column')).toHaveValue('2');
  await cards.importInto('From CSV');

  // Review by keyboard: Space shows the answer, 3 rates Good, U takes a rating back.
  await cards.tab('Decks');
  await expect(cards.decks()).toContainText('From Anki');
  await page.getByRole('button', { name: /^Start review/ }).click();
  await expect(cards.question()).toBeVisible();
  await app.expectAccessible('review');
  for (let i = 0; i < 3; i++) {
    const question = await cards.question().innerText();
    await page.clock.fastForward('00:40');
    await page.keyboard.press('Space');
    await expect(cards.answer()).toBeVisible();
    await page.keyboard.press('3');
    await expect(cards.question()).not.toHaveText(question);
  }
  const before = await cards.question().innerText();
  await page.clock.fastForward('00:40');
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(cards.question()).not.toHaveText(before);
  await page.keyboard.press('u');
  await expect(cards.question()).toHaveText(before);
  await expect(page.getByText(/of \d+ min today · 3 reviewed/)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(cards.answer()).toBeVisible();
  await cards.dismissNotices();
  await app.screenshot('flashcards-review');

  // The minutes reviewed are study: today's plan and the sessions show them.
  await prepare.section('Plan');
  await expect(prepare.today()).toContainText('(2 min done)');
  await prepare.section('Sessions');
  await expect(prepare.sessionRows().filter({ hasText: 'Flashcard review' }).first()).toBeVisible();

  // The heatmap counts today.
  await page.getByRole('navigation', { name: 'Preparation' }).getByRole('link', { name: 'Flashcards', exact: true }).click();
  await cards.tab('Stats');
  await page.getByText('Show the days with reviews').click();
  await expect(page.getByRole('table', { name: 'Review days' }).getByRole('row', { name: /Wed 11\/25\/2026 3 2/ })).toBeVisible();
  await expect(page.getByTestId('review-heatmap').locator('.fc-heat-1')).toHaveCount(1);
  await app.expectAccessible('flashcard stats');

  // A nearer exam leaves fewer days for the goal: the day's plan, and the review budget, grow.
  await cards.tab('Decks');
  const budgetBefore = await cards.budget().innerText();
  await prepare.section('Settings');
  await prepare.setUp({ examDate: '2026-12-20' }, 'Save and re-plan');
  await prepare.expectPlan();
  await page.getByRole('navigation', { name: 'Preparation' }).getByRole('link', { name: 'Flashcards', exact: true }).click();
  await expect(cards.budget()).not.toHaveText(budgetBefore);
  await expect(page.getByText(/Final pass from .* to the exam on 12\/20\/2026/)).toBeVisible();
  await cards.dismissNotices();
  await app.screenshot('flashcards');
});

test('flashcards before a plan: a broken package is refused with its reason, and a deleted card comes back with Undo', async ({ app, page }) => {
  const cards = new FlashcardsPage(page);
  const created = await app.host.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmp' });
  if (!created.body.ok) throw new Error(created.body.error.message);
  await app.open();
  await app.goto(`/tracks/${created.body.data.id}/prepare`);
  await page.getByRole('link', { name: 'Or start with flashcards' }).click();
  await expect(page.getByText(/^No exam date yet: cards are scheduled for the long term/)).toBeVisible();
  await expect(cards.budget()).toHaveText('20 min');
  await cards.tab('Import');
  await page.getByLabel('File to import').setInputFiles({ name: 'broken.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') });
  await expect(page.getByRole('alert')).toContainText('broken.apkg: This is not a zip archive, so not an Anki package (.apkg). Nothing was imported.');
  await cards.tab('Decks');
  await cards.createDeck('Scratch');
  await cards.openDeck('Scratch');
  await cards.addCard({ front: 'Temporary card', back: 'Gone soon', domain: 'People' });
  await page.getByRole('button', { name: 'Delete card' }).click();
  await expect(page.getByText('No cards in this deck yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Temporary card')).toBeVisible();
});
