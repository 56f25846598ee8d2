import type { Track } from '../../../../../shared/schemas/track';
import type { PreparationView } from '../../../../../shared/schemas/preparation';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { CardEditor } from './CardEditor';
import { DeckView } from './DeckView';
import { DecksView } from './DecksView';
import { FlashcardSettingsForm } from './FlashcardSettingsForm';
import { ImportPanel } from './ImportPanel';
import { ReviewView } from './ReviewView';
import { StatsView } from './StatsView';
import { TodayPanel } from './TodayPanel';
import { type FlashcardView, useDecks, useFlashcardRoute, useReviewPlan } from './useFlashcards';

const TABS: { id: FlashcardView; label: string }[] = [
  { id: 'decks', label: 'Decks' },
  { id: 'review', label: 'Review' },
  { id: 'stats', label: 'Stats' },
  { id: 'import', label: 'Import' },
  { id: 'settings', label: 'Scheduling' },
];

/** Flashcards under the Prepare tab: decks and cards, review, statistics, import and scheduling. */
export function FlashcardsSection({ track, view }: { track: Track; view: PreparationView }) {
  const route = useFlashcardRoute();
  const plan = useReviewPlan(track.id);
  const decks = useDecks(track.id);
  if ((plan.state.error && !plan.state.data) || (decks.state.error && !decks.state.data)) {
    const error = plan.state.error ?? decks.state.error;
    return error ? <ErrorMessage error={error} onRetry={() => (plan.reload(), decks.reload())} /> : null;
  }
  if (!plan.state.data || !decks.state.data) return <Loading label="Loading flashcards…" />;
  const active = route.view === 'deck' || route.view === 'card' ? 'decks' : route.view;
  return (
    <div className="stack fc">
      <nav className="subnav fc-nav" aria-label="Flashcards">
        {TABS.map((t) => (
          <button key={t.id} type="button" className={t.id === active ? 'subnav-link active' : 'subnav-link'} aria-current={t.id === active ? 'page' : undefined} onClick={() => route.go(t.id)}>
            {t.label}
          </button>
        ))}
      </nav>
      {route.view === 'decks' ? (
        <>
          <TodayPanel plan={plan.state.data} onReview={() => route.go('review')} />
          <DecksView track={track} decks={decks.state.data} />
        </>
      ) : null}
      {route.view === 'deck' && route.deckId ? <DeckView track={track} domains={view.domains} decks={decks.state.data} deckId={route.deckId} /> : null}
      {route.view === 'card' ? <CardEditor track={track} domains={view.domains} decks={decks.state.data} cardId={route.cardId} deckId={route.deckId} /> : null}
      {route.view === 'review' ? <ReviewView track={track} decks={decks.state.data} deckId={route.deckId} /> : null}
      {route.view === 'stats' ? <StatsView trackId={track.id} plan={plan.state.data} /> : null}
      {route.view === 'import' ? <ImportPanel track={track} domains={view.domains} decks={decks.state.data} /> : null}
      {route.view === 'settings' ? <FlashcardSettingsForm trackId={track.id} /> : null}
    </div>
  );
}
