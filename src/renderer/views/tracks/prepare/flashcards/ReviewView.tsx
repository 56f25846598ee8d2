import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../../../../shared/schemas/flashcards/decks';
import type { ReviewNext } from '../../../../../shared/schemas/flashcards/review';
import type { Track } from '../../../../../shared/schemas/track';
import type { AppError } from '../../../../../shared/result';
import { useApi } from '../../../../app/AppContext';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useCall } from '../../../../hooks/useCall';
import { formatDuration } from '../../../../format/duration';
import { RichText } from './RichText';
import { useFlashcardRoute } from './useFlashcards';

const RATINGS = [
  { rating: 1, label: 'Again', key: 'again' },
  { rating: 2, label: 'Hard', key: 'hard' },
  { rating: 3, label: 'Good', key: 'good' },
  { rating: 4, label: 'Easy', key: 'easy' },
] as const;

const STOP_TEXT = {
  budget: 'Today’s review budget is used up. Well done — the rest waits for tomorrow.',
  done: 'Nothing is left for today.',
  'no-cards': 'There are no cards to review yet. Add or import some first.',
} as const;

/**
 * The review screen, fully usable from the keyboard: Space shows the answer, 1–4 rate it (Again,
 * Hard, Good, Easy), U takes back the last rating. The session stops when today’s budget is used.
 */
export function ReviewView({ track, decks, deckId }: { track: Track; decks: Deck[]; deckId: string | null }) {
  const api = useApi();
  const route = useFlashcardRoute();
  const next = useCall(`review:get-next:${track.id}:${deckId ?? 'all'}`, () => api['review:get-next']({ trackId: track.id, deckId }), ['review', 'cards', 'decks']);
  const state: ReviewNext | null = next.state.data;
  const [error, setError] = useState<AppError | null>(null);
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastInterval, setLastInterval] = useState<string | null>(null);
  const shownAt = useRef(0);
  const regionRef = useRef<HTMLDivElement>(null);
  const cardId = state?.card?.cardId ?? null;
  const revealed = cardId !== null && revealedFor === cardId;
  const reveal = useCallback(() => setRevealedFor(cardId), [cardId]);
  // The time a card takes is measured from when it appears.
  useEffect(() => {
    shownAt.current = performance.now();
  }, [cardId]);
  const { reload } = next;

  const rate = useCallback(
    async (rating: number) => {
      const card = state?.card;
      if (!card || busy || !revealed) return;
      setBusy(true);
      const result = await api['review:rate']({ cardId: card.cardId, rating, durationMs: Math.round(Math.min(3_600_000, performance.now() - shownAt.current)) });
      setBusy(false);
      if (!result.ok) return setError(result.error);
      setLastInterval(`${RATINGS[rating - 1]?.label ?? ''}: back in ${result.data.interval}`);
      setRevealedFor(null);
      setError(null);
      reload();
      regionRef.current?.focus();
    },
    [api, busy, reload, revealed, state],
  );

  const undo = useCallback(async () => {
    if (!state?.undoable || busy) return;
    setBusy(true);
    const result = await api['review:undo']({ trackId: track.id });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setLastInterval('Last rating taken back');
    setRevealedFor(null);
    reload();
  }, [api, busy, reload, state, track.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (e.key === ' ' && state?.card && !revealed) {
        e.preventDefault();
        reveal();
      } else if (/^[1-4]$/.test(e.key) && revealed) {
        e.preventDefault();
        void rate(Number(e.key));
      } else if (e.key.toLowerCase() === 'u') {
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rate, reveal, revealed, state, undo]);

  if (!state && next.state.error) return <ErrorMessage error={next.state.error} onRetry={reload} />;
  if (!state) return <Loading label="Finding your next card…" />;
  const day = state.day;
  const deck = deckId ? decks.find((d) => d.id === deckId) : null;
  const minutes = Math.floor(day.reviewedSeconds / 60);
  const card = state.card;
  return (
    <section className="section fc-review" aria-labelledby="fc-review-heading">
      <div className="section-head">
        <h2 id="fc-review-heading">Review{deck ? `: ${deck.name}` : ` ${track.acronym}`}</h2>
        <div className="fc-review-progress">
          <label htmlFor="fc-budget-progress">
            {formatDuration(minutes)} of {formatDuration(day.budgetMinutes)} today · {day.reviewedCards} reviewed
          </label>
          <progress id="fc-budget-progress" max={Math.max(1, day.budgetMinutes * 60)} value={Math.min(day.reviewedSeconds, day.budgetMinutes * 60)} />
        </div>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {lastInterval ?? ''}
      </p>
      {!card ? (
        <div className="fc-stop" role="status">
          <p>
            {state.stopReason === 'done' && day.left.learning > 0
              ? `${day.left.learning} card${day.left.learning === 1 ? '' : 's'} you are learning come${day.left.learning === 1 ? 's' : ''} back later today; open Review again then.`
              : state.stopReason
                ? STOP_TEXT[state.stopReason]
                : ''}
          </p>
          <p className="muted">
            {day.reviewedCards} card{day.reviewedCards === 1 ? '' : 's'} in {formatDuration(minutes)} today; the minutes count as study in your plan.
          </p>
          <div className="inline-actions">
            {state.undoable ? (
              <button type="button" className="button" onClick={() => void undo()}>
                Undo last rating (U)
              </button>
            ) : null}
            <button type="button" className="button button-primary" onClick={() => route.go('decks')}>
              Back to decks
            </button>
          </div>
        </div>
      ) : (
        <div className="fc-review-card" ref={regionRef} tabIndex={-1} aria-label="Card under review">
          <p className="fc-review-meta muted">
            {card.deckName} · {card.domainName} · {card.phase === 'final-pass' ? 'Final pass' : card.state === 'new' ? 'New card' : card.state === 'review' ? 'Review' : 'Learning'}
          </p>
          <div className="fc-question" data-testid="fc-question">
            <RichText html={card.question} />
          </div>
          {revealed ? (
            <div className="fc-answer" data-testid="fc-answer" aria-live="polite">
              <hr />
              <RichText html={card.answer} />
            </div>
          ) : null}
          <div className="fc-review-actions">
            {!revealed ? (
              <button type="button" className="button button-primary" onClick={reveal}>
                Show answer <kbd>Space</kbd>
              </button>
            ) : (
              <div className="fc-ratings" role="group" aria-label="How well did you remember?">
                {RATINGS.map((r) => (
                  <button key={r.rating} type="button" className={`button fc-rate fc-rate-${r.key}`} disabled={busy} onClick={() => void rate(r.rating)}>
                    <span>
                      {r.label} <kbd>{r.rating}</kbd>
                    </span>
                    <span className="fc-interval">{card.intervals[r.key]}</span>
                  </button>
                ))}
              </div>
            )}
            {state.undoable ? (
              <button type="button" className="button button-small" onClick={() => void undo()} disabled={busy}>
                Undo <kbd>U</kbd>
              </button>
            ) : null}
          </div>
          <p className="field-hint">Keys: Space shows the answer, 1–4 rate it, U takes back the last rating.</p>
        </div>
      )}
    </section>
  );
}
