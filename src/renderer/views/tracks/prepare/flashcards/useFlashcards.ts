import { useSearchParams } from 'react-router';
import { useApi } from '../../../../app/AppContext';
import { useCall } from '../../../../hooks/useCall';

/** Flashcard views refresh when cards, decks, reviews or what the budget comes from change. */
export const FLASHCARD_AREAS = ['decks', 'cards', 'review', 'flashcards', 'prep', 'sessions', 'exam', 'tracks'] as const;

export function useDecks(trackId: string) {
  const api = useApi();
  return useCall(`decks:list:${trackId}`, () => api['decks:list']({ trackId }), FLASHCARD_AREAS);
}

export function useReviewPlan(trackId: string) {
  const api = useApi();
  return useCall(`flashcards:get-plan:${trackId}`, () => api['flashcards:get-plan']({ trackId }), FLASHCARD_AREAS);
}

export function useFlashcardSettings(trackId: string) {
  const api = useApi();
  return useCall(`flashcards:get-settings:${trackId}`, () => api['flashcards:get-settings']({ trackId }), FLASHCARD_AREAS);
}

export type FlashcardView = 'decks' | 'deck' | 'card' | 'review' | 'stats' | 'import' | 'settings';

/** Where in the flashcards section the person is: `?section=flashcards&fc=deck&deck=…`. */
export function useFlashcardRoute() {
  const [search, setSearch] = useSearchParams();
  const view = (search.get('fc') ?? 'decks') as FlashcardView;
  const go = (next: FlashcardView, params: Record<string, string> = {}) => setSearch({ section: 'flashcards', fc: next, ...params });
  return { view, deckId: search.get('deck'), cardId: search.get('card'), go };
}
