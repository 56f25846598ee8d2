import type { ImportResult } from '../../../../../shared/schemas/flashcards/imports';
import { localDateOf } from '../../../clock';
import type { CardRepository, StoredCard } from '../../../db/repositories/flashcards/cardRepository';
import type { DeckRepository, StoredDeck } from '../../../db/repositories/flashcards/deckRepository';
import type { ImportStagingRepository } from '../../../db/repositories/flashcards/importStagingRepository';
import type { NoteRepository, StoredNote } from '../../../db/repositories/flashcards/noteRepository';
import type { ReviewLogEntry, ReviewLogRepository } from '../../../db/repositories/flashcards/reviewLogRepository';
import type { SchedulerParamsRepository } from '../../../db/repositories/flashcards/settingsRepository';
import { plainText } from '../../../domain/flashcards/cardHtml';
import { FsrsScheduler, type MemoryState, SCHEDULER_VERSION, newMemoryState, schedulerParams } from '../../../domain/flashcards/scheduler';
import { AppFailure, notFound } from '../../../errors';
import { newId } from '../../../ids';
import { stateJsonOf } from '../cardState';
import type { FlashcardMediaStore } from '../mediaStore';
import { newCardFor } from '../noteCards';
import { boundedBatches } from './boundedBatches';
import type { DraftNote, ImportDraft } from './importDraft';
import type { TimeSlicer } from './timeSlicer';

export interface WriterDeps {
  decks: DeckRepository;
  notes: NoteRepository;
  cards: CardRepository;
  log: ReviewLogRepository;
  params: SchedulerParamsRepository;
  staging: ImportStagingRepository;
  media: FlashcardMediaStore;
  transaction: <T>(fn: () => T) => T;
  now: () => Date;
}

export interface ImportTarget {
  trackId: string;
  deckName: string;
  /** An existing deck of the track to add to; null for a new deck named `deckName`. */
  deckId: string | null;
  source: 'anki' | 'csv';
  retention: number;
}

/**
 * Writes a checked import, all or nothing, in short transactions with a turn for the event loop
 * after each, so the core keeps answering while a 100,000-note import is written:
 *
 * 1. the images, written without holding the thread, each on disk before anything points at it;
 * 2. the notes, cards and replayed review history, into a hidden deck (status 'importing'), in
 *    transactions of a few milliseconds each (boundedBatches);
 * 3. the commit, one small transaction: the new deck (or a check that the chosen one is still
 *    there), the images' rows, and the mark on the hidden deck that says where it goes;
 * 4. the notes and cards move, a bounded batch at a time, into that deck, and the empty hidden
 *    deck is removed.
 *
 * Anything failing before the commit removes the hidden deck and all it held (in batches too) and
 * the images no one else uses: nothing of the import remains. After the commit the import is
 * finished, never half-removed: a move that fails is finished in one go, and an app stopped in
 * the middle finishes it at the next start (ImportStagingRepository.settleLeftBehind), as it
 * removes an uncommitted hidden deck.
 */
export async function writeImport(deps: WriterDeps, draft: ImportDraft, target: ImportTarget, slicer: TimeSlicer): Promise<ImportResult> {
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
  const media = [...draft.media.values()];
  let held: string[] = [];
  let intoDeckId: string;
  const counts = { cards: 0, reviews: 0 };
  try {
    held = await deps.media.writeForImport(media, () => slicer.turn());
    deps.decks.insert(staging);
    const writer = new NoteWriter(deps, staging, target, started, () => deps.cards.nextPosition(target.trackId));
    let next = 0;
    await boundedBatches(deps.transaction, slicer, () => {
      const note = draft.notes[next];
      if (!note) return false;
      writer.write(note, counts);
      next += 1;
      return true;
    });
    intoDeckId = deps.transaction(() => commit(deps, staging, target, media, at));
  } catch (error) {
    await removeStaging(deps, staging.id, slicer).catch(() => undefined);
    deps.media.release(held);
    throw error;
  }
  deps.media.release(held);
  await moveIntoDeck(deps, staging.id, intoDeckId, at, slicer);
  return { deckId: intoDeckId, deckName: target.deckName, notes: draft.notes.length, cards: counts.cards, reviews: counts.reviews, media: draft.media.size };
}

/** The commit: after this transaction the import is finished, whatever happens. */
function commit(deps: WriterDeps, staging: StoredDeck, target: ImportTarget, media: readonly { sha256: string; fileName: string; mediaType: string; bytes: Uint8Array }[], at: string): string {
  let intoDeckId = target.deckId;
  if (intoDeckId === null) {
    intoDeckId = newId('deck');
    deps.decks.insert({ ...staging, id: intoDeckId, status: 'active' });
  } else {
    const chosen = deps.decks.get(intoDeckId);
    if (!chosen || chosen.deletedAt !== null || chosen.status === 'importing') throw notFound('deck', intoDeckId, 'deckId');
  }
  deps.media.record(media.map((m) => ({ sha256: m.sha256, fileName: m.fileName, mediaType: m.mediaType, sizeBytes: m.bytes.length })));
  deps.staging.markCommitted(staging.id, intoDeckId, at);
  return intoDeckId;
}

/** Moves the committed import into its deck in bounded batches; finishes in one go if a batch fails. */
async function moveIntoDeck(deps: WriterDeps, stagingId: string, intoDeckId: string, at: string, slicer: TimeSlicer): Promise<void> {
  try {
    await boundedBatches(deps.transaction, slicer, (limit) => deps.staging.moveBatch(stagingId, intoDeckId, limit, at), { sized: true });
    deps.staging.deleteDeck(stagingId);
  } catch (error) {
    try {
      deps.transaction(() => deps.staging.finish(stagingId, intoDeckId, at));
    } catch {
      throw new AppFailure(
        'storage',
        `The cards were imported but could not all be put into the deck yet (${error instanceof Error ? error.message : String(error)}); Certplan finishes that the next time it starts.`,
      );
    }
  }
}

/** Before the commit: the hidden deck and everything in it go, a bounded batch at a time. */
async function removeStaging(deps: WriterDeps, stagingId: string, slicer: TimeSlicer): Promise<void> {
  await boundedBatches(deps.transaction, slicer, (limit) => deps.staging.deleteBatch(stagingId, limit), { sized: true });
  deps.staging.deleteDeck(stagingId);
}

/** One draft note into the hidden deck: the note, its cards (warm from replayed history) and that history. */
class NoteWriter {
  readonly #scheduler = new FsrsScheduler();
  readonly #params;
  readonly #paramsId: string;
  #position: number | null = null;

  constructor(
    private readonly deps: WriterDeps,
    private readonly staging: StoredDeck,
    private readonly target: ImportTarget,
    private readonly started: Date,
    private readonly firstPosition: () => number,
  ) {
    this.#params = schedulerParams(target.retention);
    this.#paramsId = deps.params.idFor(SCHEDULER_VERSION, this.#params, started.toISOString());
  }

  write(d: DraftNote, counts: { cards: number; reviews: number }): void {
    const at = this.started.toISOString();
    const note: StoredNote = {
      id: newId('note'),
      deckId: this.staging.id,
      trackId: this.target.trackId,
      kind: d.kind,
      front: d.front,
      back: d.back,
      searchText: `${plainText(d.front)} ${plainText(d.back)}`.toLowerCase(),
      domainId: d.domainId,
      tags: d.tags,
      source: this.target.source,
      sourceRef: d.sourceRef,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    this.deps.notes.insert(note);
    this.#position ??= this.firstPosition();
    for (const c of d.cards) {
      const steps = c.history.length > 0 ? this.#scheduler.replay(c.history, this.started, this.#params) : [];
      const memory: MemoryState = steps.at(-1)?.after ?? c.start ?? newMemoryState(this.started);
      const card: StoredCard = { ...newCardFor(note, c.ord, this.#position++, this.started, memory), suspended: d.suspended, inQueue: false };
      this.deps.cards.insert(card);
      counts.cards += 1;
      steps.forEach((step, k) => {
        const review = c.history[k];
        if (!review) return;
        this.deps.log.append(historyRow(card, note.domainId, review, step, this.#paramsId, at));
        counts.reviews += 1;
      });
    }
  }
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
