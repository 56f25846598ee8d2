import { type Locator, type Page, expect } from '@playwright/test';

/** The Flashcards section of a track's Prepare tab, driven by labels, headings and keys. */
export class FlashcardsPage {
  constructor(private readonly page: Page) {}

  async open(trackId: string, baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/tracks/${trackId}/prepare?section=flashcards`);
    await expect(this.page.getByRole('heading', { name: 'Today’s review' })).toBeVisible();
  }

  async tab(name: 'Decks' | 'Review' | 'Stats' | 'Import' | 'Scheduling'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Flashcards' }).getByRole('button', { name, exact: true }).click();
  }

  budget(): Locator {
    return this.page.getByTestId('fc-budget');
  }

  decks(): Locator {
    return this.page.getByRole('table', { name: /^Decks of/ });
  }

  async createDeck(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New deck' }).fill(name);
    await this.page.getByRole('button', { name: 'Create deck' }).click();
    await expect(this.decks().getByRole('button', { name, exact: true })).toBeVisible();
  }

  async openDeck(name: string): Promise<void> {
    await this.decks().getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  async addCard(card: { front: string; back: string; domain: string; kind?: 'Basic: front and back' | 'Cloze: text with gaps' }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add card' }).click();
    await expect(this.page.getByRole('heading', { name: 'New card' })).toBeVisible();
    if (card.kind) await this.page.getByLabel('Kind').selectOption({ label: card.kind });
    await this.page.getByLabel('PMP domain').selectOption({ label: card.domain });
    await this.page.getByRole('textbox', { name: card.kind?.startsWith('Cloze') ? 'Text' : 'Front' }).fill(card.front);
    await this.page.getByRole('textbox', { name: card.kind?.startsWith('Cloze') ? 'Extra (shown with the answer)' : 'Back' }).fill(card.back);
    await this.page.getByRole('button', { name: 'Save card' }).click();
  }

  async chooseFile(name: string, buffer: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    await this.page.getByLabel('File to import').setInputFiles({ name, mimeType, buffer });
    await expect(this.page.getByRole('heading', { name: 'What will be imported' })).toBeVisible();
  }

  async importInto(deckName: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New deck name' }).fill(deckName);
    await this.page.getByRole('button', { name: /^Import \d+ notes?$/ }).click();
    await expect(this.page.getByRole('heading', { name: deckName, level: 2 })).toBeVisible();
  }

  question(): Locator {
    return this.page.getByTestId('fc-question');
  }

  answer(): Locator {
    return this.page.getByTestId('fc-answer');
  }

  async dismissNotices(): Promise<void> {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss message' });
    for (let n = await dismiss.count(); n > 0; n = await dismiss.count()) await dismiss.first().click();
  }
}
