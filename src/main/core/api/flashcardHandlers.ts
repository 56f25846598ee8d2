import type { MethodName } from '../../../shared/contract';
import type { FlashcardApi } from './wireFlashcards';
import type { AreaHandlers } from './handlers';

type FlashcardMethod = Extract<MethodName, `decks:${string}` | `cards:${string}` | `review:${string}` | `flashcards:${string}`>;

/** The flashcards slice's methods (issue 13): each validates nothing itself — dispatch did — and calls one service. */
export function flashcardHandlers(f: FlashcardApi): AreaHandlers<FlashcardMethod> {
  return {
    'decks:list': ({ trackId, includeArchived }) => f.decks.list(trackId, includeArchived),
    'decks:create': (input) => f.decks.create(input),
    'decks:update': ({ id, patch }) => f.decks.update(id, patch),
    'decks:remove': ({ id }) => f.decks.remove(id),
    'decks:restore': ({ id }) => f.decks.restore(id),
    'decks:export': ({ id, format }) => f.exports.export(id, format),

    'cards:list': (input) => f.cards.list(input),
    'cards:get': ({ id }) => f.cards.get(id),
    'cards:create': (input) => f.cards.create(input),
    'cards:update': ({ id, patch }) => f.cards.update(id, patch),
    'cards:remove': ({ id }) => f.cards.remove(id),
    'cards:restore': ({ id }) => f.cards.restore(id),
    'cards:add-media': (input) => f.cards.addMedia(input),
    'cards:get-media': ({ sha256 }) => f.cards.getMedia(sha256),

    'review:get-next': ({ trackId, deckId }) => f.review.next(trackId, deckId),
    'review:rate': (input) => f.review.rate(input),
    'review:undo': ({ trackId }) => f.review.undo(trackId),

    'flashcards:get-settings': ({ trackId }) => f.settings.get(trackId),
    'flashcards:update-settings': ({ trackId, patch }) => f.updateSettings(trackId, patch),
    'flashcards:get-plan': ({ trackId }) => f.plan(trackId),
    'flashcards:get-stats': ({ trackId }) => f.stats.stats(trackId),
    'flashcards:get-retention': ({ trackId }) => f.stats.retention(trackId),
    'flashcards:after-exam': ({ trackId, choice }) => f.afterExam(trackId, choice),
    'flashcards:preview-import': (input) => f.imports.preview(input),
    'flashcards:import': (input) => f.imports.run(input),
  };
}
