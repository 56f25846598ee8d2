import { z } from 'zod';
import type { StoredCard } from '../../db/repositories/flashcards/cardRepository';
import type { MemoryState, State } from '../../domain/flashcards/scheduler';

/**
 * A card's scheduling state as the review log stores it before and after each rating (JSON), so
 * an undo can put it back exactly and a replay can check itself against history.
 */
const CardStateJsonSchema = z.object({
  state: z.number().int().min(0).max(3),
  dueAt: z.string(),
  dueDay: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  lastReviewAt: z.string().nullable(),
  lastReviewDay: z.string().nullable(),
});

export type CardStateJson = MemoryState & { dueDay: string; lastReviewDay: string | null };

export function stateJsonOf(card: CardStateJson): string {
  const { state, dueAt, dueDay, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReviewAt, lastReviewDay } = card;
  return JSON.stringify({ state, dueAt, dueDay, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReviewAt, lastReviewDay });
}

export function parseStateJson(json: string): CardStateJson {
  const parsed = CardStateJsonSchema.parse(JSON.parse(json));
  return { ...parsed, state: parsed.state as State };
}

export function memoryOf(card: StoredCard): MemoryState {
  return {
    state: card.state,
    dueAt: card.dueAt,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    lastReviewAt: card.lastReviewAt,
  };
}
