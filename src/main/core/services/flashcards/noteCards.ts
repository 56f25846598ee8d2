import type { CardKind } from '../../../../shared/schemas/flashcards/cards';
import { localDateOf } from '../../clock';
import type { CardRepository, StoredCard } from '../../db/repositories/flashcards/cardRepository';
import type { StoredNote } from '../../db/repositories/flashcards/noteRepository';
import { clozeNumbers } from '../../domain/flashcards/cloze';
import { type MemoryState, newMemoryState } from '../../domain/flashcards/scheduler';
import { newId } from '../../ids';

/** The cards a note makes: one for a basic note (ord 0), one per gap number of a cloze note. */
export function cardOrds(kind: CardKind, front: string): number[] {
  return kind === 'basic' ? [0] : clozeNumbers(front);
}

export function newCardFor(note: StoredNote, ord: number, position: number, at: Date, memory: MemoryState = newMemoryState(at)): StoredCard {
  const iso = at.toISOString();
  return {
    id: newId('card'),
    noteId: note.id,
    deckId: note.deckId,
    trackId: note.trackId,
    ord,
    position,
    suspended: false,
    inQueue: true,
    ...memory,
    dueDay: localDateOf(new Date(memory.dueAt)),
    lastReviewDay: memory.lastReviewAt ? localDateOf(new Date(memory.lastReviewAt)) : null,
    createdAt: iso,
    updatedAt: iso,
    deletedAt: null,
  };
}

/**
 * Brings a note's cards in line with its text after an edit: a gap that appears gets a new card,
 * a gap that disappears has its card set aside (deleted softly, with its history), and a gap that
 * comes back gets its old card — and memory — back.
 */
export function syncNoteCards(cards: CardRepository, note: StoredNote, at: Date): void {
  const wanted = new Set(cardOrds(note.kind, note.front));
  const existing = cards.forNote(note.id);
  const iso = at.toISOString();
  for (const card of existing) {
    const keep = wanted.has(card.ord);
    if (keep && card.deletedAt !== null) cards.setDeleted(card.id, null, iso);
    if (!keep && card.deletedAt === null) cards.setDeleted(card.id, iso, iso);
  }
  let position = cards.nextPosition(note.trackId);
  for (const ord of wanted) {
    if (existing.some((c) => c.ord === ord)) continue;
    cards.insert(newCardFor(note, ord, position++, at));
  }
  cards.refreshQueueForNote(note.id);
}
