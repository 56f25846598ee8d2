import type { Card, CardCreateInput, CardKind, CardList, CardListInput, CardPatch, Media } from '../../../../shared/schemas/flashcards/cards';
import type { CARD_STATES } from '../../../../shared/schemas/flashcards/cards';
import type { Track } from '../../../../shared/schemas/track';
import { localDateOf } from '../../clock';
import type { CardRepository } from '../../db/repositories/flashcards/cardRepository';
import type { NoteRepository, NoteSummary, StoredNote } from '../../db/repositories/flashcards/noteRepository';
import { isBlankCardText, mediaHashesIn, plainText, sanitizeCardHtml } from '../../domain/flashcards/cardHtml';
import { clozeNumbers } from '../../domain/flashcards/cloze';
import { invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import { assertExamDomain } from '../trackDomains';
import { cardDomainName } from './cardDomain';
import type { TrackService } from '../trackService';
import type { DeckService } from './deckService';
import type { FlashcardMediaStore } from './mediaStore';
import { syncNoteCards } from './noteCards';

/** The order CARD_STATES are reported in for a note: its least advanced card. */
const STAGE_STATES = ['new', 'learning', 'relearning', 'review'] as const satisfies readonly (typeof CARD_STATES)[number][];

/**
 * Cards as people write them (notes): basic or cloze, formatted text and images, tagged with one
 * exam domain of the track and free tags. Deleting is soft so Undo can bring a card back with
 * its review history; suspending keeps a card out of review without deleting it.
 */
export class CardService {
  constructor(
    private readonly notes: NoteRepository,
    private readonly cards: CardRepository,
    private readonly decks: DeckService,
    private readonly media: FlashcardMediaStore,
    private readonly tracks: TrackService,
    private readonly transaction: <T>(fn: () => T) => T,
    private readonly now: () => Date,
  ) {}

  list(input: CardListInput): CardList {
    const track = this.tracks.get(input.trackId);
    if (input.deckId) {
      const deck = this.decks.require(input.deckId, 'deckId');
      if (deck.trackId !== track.id) throw invalidField('deckId', 'Not a deck of this track');
    }
    const { notes, total } = this.notes.list({ ...input, today: localDateOf(this.now()) });
    return { cards: notes.map((n) => this.view(track, n)), total, offset: input.offset };
  }

  get(id: string): Card {
    const note = this.requireNote(id);
    return this.view(this.tracks.get(note.trackId), this.summary(id));
  }

  create(input: CardCreateInput): Card {
    const deck = this.decks.require(input.deckId, 'deckId');
    const track = this.tracks.get(deck.trackId);
    const content = this.checkContent(track, input.kind, input.front, input.back, input.domainId, '');
    const at = this.now();
    const note: StoredNote = {
      id: newId('note'),
      deckId: deck.id,
      trackId: track.id,
      ...content,
      tags: unique(input.tags),
      source: 'manual',
      sourceRef: null,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      deletedAt: null,
    };
    this.transaction(() => {
      this.notes.insert(note);
      syncNoteCards(this.cards, note, at);
    });
    return this.get(note.id);
  }

  update(id: string, patch: CardPatch): Card {
    const note = this.requireNote(id);
    const track = this.tracks.get(note.trackId);
    let deckId = note.deckId;
    if (patch.deckId !== undefined && patch.deckId !== note.deckId) {
      const deck = this.decks.require(patch.deckId, 'patch.deckId');
      if (deck.trackId !== track.id) throw invalidField('patch.deckId', 'Not a deck of this track');
      deckId = deck.id;
    }
    const kind = patch.kind ?? note.kind;
    const content = this.checkContent(track, kind, patch.front ?? note.front, patch.back ?? note.back, patch.domainId !== undefined ? patch.domainId : note.domainId, 'patch.', {
      // Only what changes is checked: a card tagged under an older exam outline keeps its domain.
      checkDomain: patch.domainId !== undefined,
    });
    const at = this.now();
    const next: StoredNote = { ...note, ...content, deckId, tags: patch.tags ? unique(patch.tags) : note.tags, updatedAt: at.toISOString() };
    this.transaction(() => {
      this.notes.update(next);
      if (deckId !== note.deckId) this.cards.moveToDeck(note.id, deckId, at.toISOString());
      if (patch.suspended !== undefined) this.cards.setSuspended(note.id, patch.suspended, at.toISOString());
      syncNoteCards(this.cards, next, at);
    });
    return this.get(id);
  }

  remove(id: string): { id: string } {
    this.requireNote(id);
    this.transaction(() => {
      this.notes.setDeleted(id, this.now().toISOString(), this.now().toISOString());
      this.cards.refreshQueueForNote(id);
    });
    return { id };
  }

  restore(id: string): Card {
    const note = this.notes.get(id);
    if (!note) throw notFound('card', id);
    this.decks.require(note.deckId, 'id');
    this.transaction(() => {
      this.notes.setDeleted(id, null, this.now().toISOString());
      this.cards.refreshQueueForNote(id);
    });
    return this.get(id);
  }

  addMedia(input: { fileName: string; mediaType: string; contentBase64: string }): Media {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw invalidField('contentBase64', 'The image is empty');
    return this.media.add(bytes, input.fileName, input.mediaType);
  }

  getMedia(sha256: string) {
    return this.media.get(sha256);
  }

  /** Cleans the text and checks it: not empty, gaps for a cloze card, images that exist, a domain of the exam. */
  private checkContent(
    track: Track,
    kind: CardKind,
    frontIn: string,
    backIn: string,
    domainId: string | null,
    prefix: string,
    options: { checkDomain: boolean } = { checkDomain: true },
  ): Pick<StoredNote, 'kind' | 'front' | 'back' | 'searchText' | 'domainId'> {
    const front = sanitizeCardHtml(frontIn);
    const back = sanitizeCardHtml(backIn);
    if (isBlankCardText(front)) throw invalidField(`${prefix}front`, kind === 'cloze' ? 'The text is empty' : 'The front is empty');
    if (kind === 'cloze' && clozeNumbers(front).length === 0) {
      throw invalidField(`${prefix}front`, 'A cloze card needs at least one gap, written {{c1::answer}}');
    }
    for (const [field, html] of [['front', front], ['back', back]] as const) {
      const missing = mediaHashesIn(html).find((sha) => !this.media.has(sha));
      if (missing) throw invalidField(`${prefix}${field}`, `An image (${missing.slice(0, 12)}…) is not in Certplan’s image store; add it again`);
    }
    if (options.checkDomain) assertExamDomain(track, domainId, `${prefix}domainId`);
    return { kind, front, back, searchText: `${plainText(front)} ${plainText(back)}`.toLowerCase(), domainId };
  }

  private requireNote(id: string): StoredNote {
    const note = this.notes.get(id);
    if (!note || note.deletedAt !== null) throw notFound('card', id);
    const deck = this.decks.require(note.deckId, 'id');
    return { ...note, deckId: deck.id };
  }

  private summary(id: string): NoteSummary {
    const summary = this.notes.summary(id);
    if (!summary) throw notFound('card', id);
    return summary;
  }

  private view(track: Track, n: NoteSummary): Card {
    return {
      id: n.id,
      deckId: n.deckId,
      deckName: n.deckName,
      trackId: n.trackId,
      kind: n.kind,
      front: n.front,
      back: n.back,
      domainId: n.domainId,
      domainName: cardDomainName(track, n.domainId),
      tags: n.tags,
      suspended: n.suspended,
      source: n.source,
      reviewCards: n.cards,
      state: STAGE_STATES[n.stage] ?? 'new',
      dueOn: n.dueOn,
      reps: n.reps,
      lapses: n.lapses,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    };
  }
}

function unique(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}
