import type { ImportResult } from '../../../../../shared/schemas/flashcards/imports';
import { localDateOf } from '../../../clock';
import type { CardRepository, StoredCard } from '../../../db/repositories/flashcards/cardRepository';
import type { DeckRepository, StoredDeck } from '../../../db/repositories/flashcards/deckRepository';
import type { NoteRepository, StoredNote } from '../../../db/repositories/flashcards/noteRepository';
import type { ReviewLogEntry, ReviewLogRepository } from '../../../db/repositories/flashcards/reviewLogRepository';
import type { SchedulerParamsRepository } from '../../../db/repositories/flashcards/settingsRepository';
import { plainText } from '../../../domain/flashcards/cardHtml';
import { FsrsScheduler, type MemoryState, SCHEDULER_VERSION, newMemoryState, schedulerParams } from '../../../domain/flashcards/scheduler';
import { newId } from '../../../ids';
import { stateJsonOf } from '../cardState';
import type { FlashcardMediaStore } from '../mediaStore';
import { newCardFor } from '../noteCards';
import type { ImportDraft } from './importDraft';
import type { TimeSlicer } from './timeSlicer';

/** Notes written per transaction: each batch is short, and the whole import stays invisible until it commits. */
const NOTES_PER_BATCH = 400;

export interface WriterDeps {
  decks: DeckRepository;
  notes: NoteRepository;
  cards: CardRepository;
  log: ReviewLogRepository;
  params: SchedulerParamsRepository;
  media: FlashcardMediaStore;
  transaction: <T>(fn: () => T) => T;
  now: () => Date;
}

/**
 * Writes a checked import, all or nothing, without one long transaction: everything goes into a
 * hidden deck (status 'importing') in short batches with a turn for the event loop between them,
 * and one last small transaction makes it visible — as a new deck, or by moving the notes into
 * the deck chosen. Anything failing on the way removes the hidden deck and what it held (only an
 * importing deck may be deleted outright), so nothing of a failed import remains.
 */
export async function writeImport(
  deps: WriterDeps,
  draft: ImportDraft,
  target: { trackId: string; deckName: string; deckId: string | null; source: 'anki' | 'csv'; retention: number },
  slicer: TimeSlicer,
): Promise<ImportResult> {
  const started = deps.now();
  const at = started.toISOString();
  const staging: StoredDeck = {
    id: newId('deck'),
    trackId: target.trackId,
    name: target.deckName,
    description: '',
    status: 'importing',
    source: target.source,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  deps.decks.insert(staging);
  const scheduler = new FsrsScheduler();
  const params = schedulerParams(target.retention);
  const paramsId = deps.params.idFor(SCHEDULER_VERSION, params, at);
  let position = deps.cards.nextPosition(target.trackId);
  let cardCount = 0;
  let reviewCount = 0;
  try {
    for (const m of draft.media.values()) deps.media.add(m.bytes, m.fileName, m.mediaType);
    for (let i = 0; i < draft.notes.length; i += NOTES_PER_BATCH) {
      const batch = draft.notes.slice(i, i + NOTES_PER_BATCH);
      deps.transaction(() => {
        for (const d of batch) {
          const note: StoredNote = {
            id: newId('note'),
            deckId: staging.id,
            trackId: target.trackId,
            kind: d.kind,
            front: d.front,
            back: d.back,
            searchText: `${plainText(d.front)} ${plainText(d.back)}`.toLowerCase(),
            domainId: d.domainId,
            tags: d.tags,
            source: target.source,
            sourceRef: d.sourceRef,
            createdAt: at,
            updatedAt: at,
            deletedAt: null,
          };
          deps.notes.insert(note);
          for (const c of d.cards) {
            const steps = c.history.length > 0 ? scheduler.replay(c.history, started, params) : [];
            const last = steps.at(-1)?.after;
            const memory: MemoryState = last ?? c.start ?? newMemoryState(started);
            const card: StoredCard = { ...newCardFor(note, c.ord, position++, started, memory), suspended: d.suspended, inQueue: false };
            deps.cards.insert(card);
            cardCount += 1;
            steps.forEach((step, k) => {
              const review = c.history[k];
              if (!review) return;
              deps.log.append(historyRow(card, note.domainId, review, step, paramsId, at));
              reviewCount += 1;
            });
          }
        }
      });
      await slicer.tick();
    }
    deps.transaction(() => {
      if (target.deckId) {
        deps.notes.moveDeck(staging.id, target.deckId, at);
        deps.cards.moveDeck(staging.id, target.deckId, at);
        deps.decks.deleteImporting(staging.id);
        deps.cards.refreshQueueForDeck(target.deckId);
      } else {
        deps.decks.update({ ...staging, status: 'active', updatedAt: at });
        deps.cards.refreshQueueForDeck(staging.id);
      }
    });
  } catch (error) {
    deps.decks.deleteImporting(staging.id);
    throw error;
  }
  return { deckId: target.deckId ?? staging.id, deckName: target.deckName, notes: draft.notes.length, cards: cardCount, reviews: reviewCount, media: draft.media.size };
}

function historyRow(
  card: StoredCard,
  domainId: string | null,
  review: { grade: number; at: Date; durationMs: number },
  step: { before: MemoryState; after: MemoryState },
  paramsId: string,
  at: string,
): ReviewLogEntry {
  const json = (m: MemoryState, lastReviewDay: string | null) => stateJsonOf({ ...m, dueDay: localDateOf(new Date(m.dueAt)), lastReviewDay });
  return {
    id: newId('review'),
    cardId: card.id,
    trackId: card.trackId,
    kind: 'review',
    origin: 'anki',
    rating: review.grade,
    reviewedAt: review.at.toISOString(),
    reviewDay: localDateOf(review.at),
    durationMs: Math.min(review.durationMs, 3_600_000),
    domainId,
    phase: 'history',
    stateBefore: json(step.before, step.before.lastReviewAt ? localDateOf(new Date(step.before.lastReviewAt)) : null),
    stateAfter: json(step.after, localDateOf(review.at)),
    scheduler: SCHEDULER_VERSION,
    paramsId,
    undoesId: null,
    createdAt: at,
  };
}
