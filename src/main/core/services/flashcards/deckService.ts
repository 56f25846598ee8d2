import type { Deck, DeckCreateInput, DeckPatch } from '../../../../shared/schemas/flashcards/decks';
import { localDateOf } from '../../clock';
import type { CardRepository } from '../../db/repositories/flashcards/cardRepository';
import type { DeckCounts, DeckRepository, StoredDeck } from '../../db/repositories/flashcards/deckRepository';
import { conflict, notFound } from '../../errors';
import { newId } from '../../ids';
import type { TrackService } from '../trackService';

const NO_COUNTS: DeckCounts = { noteCount: 0, cardCount: 0, newCount: 0, dueCount: 0, suspendedCount: 0 };

/** Decks of a track: create, rename, archive, delete softly (undo restores), with their counts. */
export class DeckService {
  constructor(
    private readonly decks: DeckRepository,
    private readonly cards: CardRepository,
    private readonly tracks: TrackService,
    private readonly transaction: <T>(fn: () => T) => T,
    private readonly now: () => Date,
  ) {}

  list(trackId: string, includeArchived: boolean): Deck[] {
    this.tracks.get(trackId);
    const counts = this.decks.counts(trackId, localDateOf(this.now()));
    return this.decks
      .forTrack(trackId)
      .filter((d) => includeArchived || d.status === 'active')
      .map((d) => this.view(d, counts.get(d.id)));
  }

  create(input: DeckCreateInput, source: StoredDeck['source'] = 'manual'): Deck {
    const track = this.tracks.get(input.trackId);
    this.assertNameFree(track.id, input.name, null);
    const at = this.now().toISOString();
    const deck: StoredDeck = { id: newId('deck'), trackId: track.id, name: input.name, description: input.description, status: 'active', source, createdAt: at, updatedAt: at, deletedAt: null };
    this.decks.insert(deck);
    return this.view(deck, undefined);
  }

  update(id: string, patch: DeckPatch): Deck {
    const deck = this.require(id);
    if (patch.name !== undefined) this.assertNameFree(deck.trackId, patch.name, deck.id);
    const next: StoredDeck = {
      ...deck,
      name: patch.name ?? deck.name,
      description: patch.description ?? deck.description,
      status: patch.status ?? (deck.status === 'importing' ? 'active' : deck.status),
      updatedAt: this.now().toISOString(),
    };
    this.transaction(() => {
      this.decks.update(next);
      if (next.status !== deck.status) this.cards.refreshQueueForDeck(id);
    });
    return this.get(id);
  }

  get(id: string): Deck {
    const deck = this.require(id);
    return this.view(deck, this.decks.counts(deck.trackId, localDateOf(this.now())).get(id));
  }

  /** Deleted softly: the cards and their review history stay until `restore` or the track goes. */
  remove(id: string): { id: string } {
    this.require(id);
    this.transaction(() => {
      this.decks.setDeleted(id, this.now().toISOString(), this.now().toISOString());
      this.cards.refreshQueueForDeck(id);
    });
    return { id };
  }

  restore(id: string): Deck {
    const deck = this.decks.get(id);
    if (!deck || deck.status === 'importing') throw notFound('deck', id);
    if (deck.deletedAt === null) return this.get(id);
    this.assertNameFree(deck.trackId, deck.name, deck.id);
    this.transaction(() => {
      this.decks.setDeleted(id, null, this.now().toISOString());
      this.cards.refreshQueueForDeck(id);
    });
    return this.get(id);
  }

  /** After the exam, when the person chose to archive: every active deck of the track. */
  archiveAll(trackId: string): void {
    this.transaction(() => {
      for (const deck of this.decks.forTrack(trackId)) if (deck.status === 'active') this.update(deck.id, { status: 'archived' });
    });
  }

  /** A deck the person can see and use (not deleted, not mid-import). */
  require(id: string, path = 'id'): StoredDeck {
    const deck = this.decks.get(id);
    if (!deck || deck.deletedAt !== null || deck.status === 'importing') throw notFound('deck', id, path);
    return deck;
  }

  private assertNameFree(trackId: string, name: string, exceptId: string | null): void {
    const taken = this.decks.forTrack(trackId).some((d) => d.id !== exceptId && d.name.toLowerCase() === name.toLowerCase());
    if (taken) throw conflict(`This track already has a deck called “${name}”`);
  }

  private view(deck: StoredDeck, counts: DeckCounts | undefined): Deck {
    return {
      id: deck.id,
      trackId: deck.trackId,
      name: deck.name,
      description: deck.description,
      status: deck.status === 'archived' ? 'archived' : 'active',
      source: deck.source,
      ...(counts ?? NO_COUNTS),
      createdAt: deck.createdAt,
      updatedAt: deck.updatedAt,
    };
  }
}
