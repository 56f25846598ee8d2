import { addDays } from 'date-fns';
import type { ReviewCard, ReviewDay, ReviewNext, ReviewRateInput } from '../../../../shared/schemas/flashcards/review';
import { localDateOf } from '../../clock';
import type { CardRepository, StoredCard } from '../../db/repositories/flashcards/cardRepository';
import type { DeckRepository } from '../../db/repositories/flashcards/deckRepository';
import type { NoteRepository } from '../../db/repositories/flashcards/noteRepository';
import type { ReviewLogRepository, ReviewPhase } from '../../db/repositories/flashcards/reviewLogRepository';
import type { SchedulerParamsRepository } from '../../db/repositories/flashcards/settingsRepository';
import { daysBetween, localTimeOn, plusDays } from '../../domain/calendarDays';
import { renderCloze } from '../../domain/flashcards/cloze';
import { chooseDueDay } from '../../domain/flashcards/loadBalance';
import { FsrsScheduler, type Grade, SCHEDULER_VERSION, State, fuzzRange, intervalLabel, schedulerParams, stateName } from '../../domain/flashcards/scheduler';
import { AppFailure, conflict, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import type { TrackService } from '../trackService';
import { cardDomainName } from './cardDomain';
import { memoryOf, parseStateJson, stateJsonOf } from './cardState';
import type { DayContext, ReviewPlanner } from './reviewPlanner';

/** Learning cards due this soon are shown when nothing else is left (like Anki's learn-ahead). */
const LEARN_AHEAD_MS = 20 * 60_000;

export interface ReviewDeps {
  cards: CardRepository;
  notes: NoteRepository;
  decks: DeckRepository;
  log: ReviewLogRepository;
  params: SchedulerParamsRepository;
  planner: ReviewPlanner;
  tracks: TrackService;
  transaction: <T>(fn: () => T) => T;
  now: () => Date;
  /** Called after every rating or undo: the day's minutes become study sessions. */
  reviewed: (trackId: string, day: string) => void;
}

/**
 * The review session: the next card (learning cards due now, due reviews, the final pass, new
 * cards inside today's quota) until the day's minute budget is used; a rating scheduled by FSRS
 * and load-balanced, appended to the review log; undo of today's latest rating.
 */
export class ReviewService {
  readonly #scheduler = new FsrsScheduler();

  constructor(private readonly deps: ReviewDeps) {}

  next(trackId: string, deckId: string | null): ReviewNext {
    const track = this.deps.tracks.get(trackId);
    if (deckId !== null) {
      const deck = this.deps.decks.get(deckId);
      if (!deck || deck.trackId !== track.id || deck.deletedAt !== null || deck.status === 'importing') throw notFound('deck', deckId, 'deckId');
    }
    const ctx = this.deps.planner.context(track.id);
    const now = this.deps.now();
    const day = this.day(ctx);
    const last = this.deps.log.lastUndoable(track.id, ctx.today);
    const undoable = last ? { reviewId: last.id, cardId: last.card_id } : null;
    if (ctx.input.cards.length === 0 && day.left.learning === 0 && day.reviewedCards === 0) return { card: null, stopReason: 'no-cards', day, undoable };
    if (day.reviewedSeconds >= ctx.budgetMinutes * 60) return { card: null, stopReason: 'budget', day, undoable };
    const card = this.pick(ctx, day, deckId, now);
    if (!card) return { card: null, stopReason: 'done', day, undoable };
    return { card: this.reviewCard(ctx, card, now), stopReason: null, day, undoable };
  }

  /** Where today's review stands, without choosing a card. */
  today(trackId: string): ReviewDay {
    this.deps.tracks.get(trackId);
    return this.day(this.deps.planner.context(trackId));
  }

  rate(input: ReviewRateInput): { reviewId: string; cardId: string; dueAt: string; dueOn: string; interval: string; day: ReviewDay } {
    const card = this.deps.cards.get(input.cardId);
    if (!card || card.deletedAt !== null) throw notFound('card', input.cardId, 'cardId');
    if (!card.inQueue) throw conflict('This card is suspended, deleted or in an archived deck; it cannot be reviewed');
    const note = this.deps.notes.get(card.noteId);
    if (!note) throw notFound('card', input.cardId, 'cardId');
    const ctx = this.deps.planner.context(card.trackId);
    const now = this.deps.now();
    const at = now.toISOString();
    const params = schedulerParams(ctx.retention);
    const paramsId = this.deps.params.idFor(SCHEDULER_VERSION, params, at);
    const before = { ...memoryOf(card), dueDay: card.dueDay, lastReviewDay: card.lastReviewDay };
    const scheduled = this.#scheduler.rate(memoryOf(card), input.rating as Grade, now, params);
    const inFinalPass = ctx.finalPassStart !== null && ctx.today >= ctx.finalPassStart;
    if (scheduled.scheduledDays >= 1) {
      const dueDay = this.dueDay(ctx, card.trackId, scheduled.scheduledDays, scheduled.elapsedDays, inFinalPass);
      scheduled.scheduledDays = daysBetween(ctx.today, dueDay);
      scheduled.dueAt = addDays(now, scheduled.scheduledDays).toISOString();
    }
    const after = { ...scheduled, dueDay: localDateOf(new Date(scheduled.dueAt)), lastReviewDay: ctx.today };
    const reviewId = newId('review');
    this.deps.transaction(() => {
      this.deps.log.append({
        id: reviewId,
        cardId: card.id,
        trackId: card.trackId,
        kind: 'review',
        origin: 'certplan',
        rating: input.rating,
        reviewedAt: at,
        reviewDay: ctx.today,
        durationMs: input.durationMs,
        domainId: note.domainId,
        phase: this.phase(ctx, card, inFinalPass),
        stateBefore: stateJsonOf(before),
        stateAfter: stateJsonOf(after),
        scheduler: SCHEDULER_VERSION,
        paramsId,
        undoesId: null,
        createdAt: at,
      });
      this.deps.cards.saveSchedule({ ...card, ...after, updatedAt: at });
    });
    this.deps.reviewed(card.trackId, ctx.today);
    return { reviewId, cardId: card.id, dueAt: after.dueAt, dueOn: after.dueDay, interval: intervalLabel(now, new Date(after.dueAt)), day: this.day(ctx) };
  }

  /** Takes back today's latest rating: the card gets its state back and the log gets an undo row. */
  undo(trackId: string): { undoneReviewId: string; cardId: string; day: ReviewDay } {
    this.deps.tracks.get(trackId);
    // Refused before the day's context is computed: computing it stores the day's plan, and a
    // refused call changes nothing.
    const last = this.deps.log.lastUndoable(trackId, localDateOf(this.deps.now()));
    if (!last) throw new AppFailure('conflict', 'There is no rating from today to undo', [{ path: 'trackId', message: 'Nothing to undo today' }]);
    const card = this.deps.cards.get(last.card_id);
    if (!card) throw notFound('card', last.card_id, 'trackId');
    const ctx = this.deps.planner.context(trackId);
    const restored = parseStateJson(last.state_before);
    const at = this.deps.now().toISOString();
    this.deps.transaction(() => {
      this.deps.log.append({
        id: newId('review'),
        cardId: card.id,
        trackId,
        kind: 'undo',
        origin: 'certplan',
        rating: null,
        reviewedAt: at,
        reviewDay: ctx.today,
        durationMs: 0,
        domainId: last.domain_id,
        phase: 'undo',
        stateBefore: stateJsonOf({ ...memoryOf(card), dueDay: card.dueDay, lastReviewDay: card.lastReviewDay }),
        stateAfter: last.state_before,
        scheduler: SCHEDULER_VERSION,
        paramsId: null,
        undoesId: last.id,
        createdAt: at,
      });
      this.deps.cards.saveSchedule({ ...card, ...restored, updatedAt: at });
    });
    this.deps.reviewed(trackId, ctx.today);
    return { undoneReviewId: last.id, cardId: card.id, day: this.day(ctx) };
  }

  private pick(ctx: DayContext, day: ReviewDay, deckId: string | null, now: Date): StoredCard | undefined {
    const { cards } = this.deps;
    const dayEnd = localTimeOn(plusDays(ctx.today, 1), 0).toISOString();
    const inFinalPass = ctx.finalPassStart !== null && ctx.today >= ctx.finalPassStart;
    return (
      cards.next('learning', ctx.trackId, deckId, { now: now.toISOString() }) ??
      cards.next('due', ctx.trackId, deckId, { dayEnd }) ??
      (inFinalPass && day.left.finalPass > 0
        ? (cards.next('finalPassReviewed', ctx.trackId, deckId, { finalPassStart: ctx.finalPassStart ?? ctx.today }) ?? cards.next('fresh', ctx.trackId, deckId, {}))
        : undefined) ??
      (!inFinalPass && day.left.new > 0 ? cards.next('fresh', ctx.trackId, deckId, {}) : undefined) ??
      cards.next('learning', ctx.trackId, deckId, { now: new Date(now.getTime() + LEARN_AHEAD_MS).toISOString() })
    );
  }

  /**
   * The day a review lands on. In the final pass a remembered card is not due again before the
   * exam (it has had its one review in the window); otherwise it moves inside its fuzz range to
   * the day with the most room, skipping days off.
   */
  private dueDay(ctx: DayContext, trackId: string, intervalDays: number, elapsedDays: number, inFinalPass: boolean): string {
    const fsrsDay = plusDays(ctx.today, intervalDays);
    if (inFinalPass && ctx.examDate) return fsrsDay > ctx.examDate ? fsrsDay : ctx.examDate;
    const range = fuzzRange(intervalDays, elapsedDays);
    const load = this.deps.cards.loadByDay(trackId, plusDays(ctx.today, Math.max(1, range.min - 7)), plusDays(ctx.today, range.max));
    return chooseDueDay({
      today: ctx.today,
      intervalDays,
      minDays: range.min,
      maxDays: range.max,
      load: (d) => load.get(d) ?? 0,
      capacity: ctx.capacityFor,
    });
  }

  private phase(ctx: DayContext, card: StoredCard, inFinalPass: boolean): Exclude<ReviewPhase, 'history' | 'undo'> {
    if (inFinalPass && (card.lastReviewDay === null || card.lastReviewDay < (ctx.finalPassStart ?? ctx.today))) return 'final-pass';
    if (card.state === State.New) return 'new';
    if (ctx.mode === 'maintenance') return 'maintenance';
    return card.state === State.Review ? 'review' : 'learning';
  }

  private day(ctx: DayContext): ReviewDay {
    const done = this.deps.planner.doneToday(ctx.trackId, ctx.today);
    const inFinalPass = ctx.finalPassStart !== null && ctx.today >= ctx.finalPassStart;
    return {
      date: ctx.today,
      mode: ctx.mode,
      budgetMinutes: ctx.budgetMinutes,
      reviewedSeconds: Math.round(done.countedMs / 1000),
      reviewedCards: done.cards,
      plannedCards: Math.max(ctx.plannedCards, done.cards),
      retention: ctx.retention,
      left: {
        // Cards in their learning steps that come back before the day ends.
        learning: this.deps.cards.learningDueCount(ctx.trackId, localTimeOn(plusDays(ctx.today, 1), 0).toISOString()),
        due: this.deps.cards.dueReviewCount(ctx.trackId, localTimeOn(plusDays(ctx.today, 1), 0).toISOString()),
        finalPass: inFinalPass ? Math.max(0, ctx.finalPassQuota - done.finalPass) : 0,
        new: inFinalPass ? 0 : Math.max(0, ctx.newQuota - done.newCards),
      },
    };
  }

  private reviewCard(ctx: DayContext, card: StoredCard, now: Date): ReviewCard {
    const note = this.deps.notes.get(card.noteId);
    const deck = this.deps.decks.get(card.deckId);
    if (!note || !deck) throw invalidField('cardId', 'The card’s note or deck is missing');
    const track = this.deps.tracks.get(card.trackId);
    const question = note.kind === 'cloze' ? renderCloze(note.front, card.ord, 'question') : note.front;
    const answer = note.kind === 'cloze' ? renderCloze(note.front, card.ord, 'answer') + (note.back ? `<hr />${note.back}` : '') : note.back;
    const preview = this.#scheduler.preview(memoryOf(card), now, schedulerParams(ctx.retention));
    const label = (g: Grade) => intervalLabel(now, new Date(preview[g].dueAt));
    const inFinalPass = ctx.finalPassStart !== null && ctx.today >= ctx.finalPassStart;
    return {
      cardId: card.id,
      noteId: note.id,
      deckId: deck.id,
      deckName: deck.name,
      kind: note.kind,
      question,
      answer,
      domainName: cardDomainName(track, note.domainId),
      state: stateName(card.state),
      phase: this.phase(ctx, card, inFinalPass),
      intervals: { again: label(1), hard: label(2), good: label(3), easy: label(4) },
    };
  }
}
