import { useState } from 'react';
import type { Card } from '../../../../../shared/schemas/flashcards/cards';
import type { Deck } from '../../../../../shared/schemas/flashcards/decks';
import type { PlanDomain } from '../../../../../shared/schemas/preparation';
import type { Track } from '../../../../../shared/schemas/track';
import { useApi, useStores } from '../../../../app/AppContext';
import { Badge } from '../../../../components/Badge';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { SelectField, TextField } from '../../../../components/fields';
import { formatDay } from '../../../../format/dates';
import { useCall } from '../../../../hooks/useCall';
import { useNotify } from '../useTrackCall';
import { RichText } from './RichText';
import { displayHtml } from './cardTextEditing';
import { FLASHCARD_AREAS, useFlashcardRoute } from './useFlashcards';

const PAGE = 50;
const FILTERS = [
  { value: 'all', label: 'All cards' },
  { value: 'due', label: 'Due today' },
  { value: 'new', label: 'New' },
  { value: 'active', label: 'Not suspended' },
  { value: 'suspended', label: 'Suspended' },
] as const;
type Filter = (typeof FILTERS)[number]['value'];

const STATE_LABELS = { new: 'New', learning: 'Learning', relearning: 'Relearning', review: 'Review' } as const;

/** One deck's cards: search, filter by domain and state, add, edit, suspend, delete with Undo. */
export function DeckView({ track, domains, decks, deckId }: { track: Track; domains: readonly PlanDomain[]; decks: Deck[]; deckId: string }) {
  const api = useApi();
  const { notices } = useStores();
  const notify = useNotify();
  const route = useFlashcardRoute();
  const deck = decks.find((d) => d.id === deckId);
  const [query, setQuery] = useState('');
  const [domainId, setDomainId] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [offset, setOffset] = useState(0);
  const key = `cards:list:${deckId}:${query}:${domainId}:${filter}:${offset}`;
  const list = useCall(key, () => api['cards:list']({ trackId: track.id, deckId, query, domainId: domainId || null, filter, offset, limit: PAGE }), FLASHCARD_AREAS);

  if (!deck) return <ErrorMessage error={{ code: 'not_found', message: 'This deck was deleted or does not belong to this track' }} onRetry={() => route.go('decks')} />;

  const suspend = async (card: Card) => {
    const result = await api['cards:update']({ id: card.id, patch: { suspended: !card.suspended } });
    if (result.ok) notify.success(card.suspended ? 'Card back in review' : 'Card suspended: kept, but not reviewed');
    else notify.error(result.error.message);
  };
  const remove = async (card: Card) => {
    const result = await api['cards:remove']({ id: card.id });
    if (!result.ok) return notify.error(result.error.message);
    notices.getState().show({
      kind: 'success',
      message: 'Card deleted',
      action: {
        label: 'Undo',
        run: async () => {
          const back = await api['cards:restore']({ id: card.id });
          if (!back.ok) notify.error(back.error.message);
        },
      },
    });
  };

  const data = list.state.data;
  return (
    <section className="section" aria-labelledby="fc-deck-heading">
      <p>
        <button type="button" className="link-button" onClick={() => route.go('decks')}>
          ← All decks
        </button>
      </p>
      <div className="section-head">
        <h2 id="fc-deck-heading">{deck.name}</h2>
        <div className="inline-actions">
          <button type="button" className="button button-primary" onClick={() => route.go('card', { deck: deck.id })}>
            Add card
          </button>
          <button type="button" className="button" onClick={() => route.go('review', { deck: deck.id })} disabled={deck.cardCount === 0 || deck.status !== 'active'}>
            Review this deck
          </button>
        </div>
      </div>
      <div className="filters fc-filters">
        <TextField label="Search cards" type="search" value={query} onChange={(v) => (setQuery(v), setOffset(0))} placeholder="Words on the front or back" />
        <SelectField label="Domain" value={domainId} onChange={(v) => (setDomainId(v), setOffset(0))} options={[{ value: '', label: 'All domains' }, ...domains.map((d) => ({ value: d.id, label: d.name }))]} />
        <SelectField<Filter> label="Show" value={filter} onChange={(v) => (setFilter(v), setOffset(0))} options={FILTERS} />
      </div>
      {!data ? (
        list.state.error ? <ErrorMessage error={list.state.error} onRetry={list.reload} /> : <Loading />
      ) : data.total === 0 ? (
        query || domainId || filter !== 'all' ? (
          <p className="result-count">No cards match.</p>
        ) : (
          <EmptyState title="No cards in this deck yet" action={<button type="button" className="button button-primary" onClick={() => route.go('card', { deck: deck.id })}>Add the first card</button>}>
            A card has a front and a back, or a text with gaps written {'{{c1::answer}}'}. Tag it with an exam domain so its review time counts for that domain.
          </EmptyState>
        )
      ) : (
        <>
          <p className="result-count" role="status">
            {data.total > PAGE ? `${offset + 1}–${offset + data.cards.length} of ` : ''}
            {data.total} card{data.total === 1 ? '' : 's'}
          </p>
          <ul className="fc-card-list">
            {data.cards.map((card) => (
              <li key={card.id} className={card.suspended ? 'fc-card-row is-suspended' : 'fc-card-row'}>
                <div className="fc-card-text">
                  <RichText html={displayHtml(card.front)} />
                  {card.kind === 'basic' && card.back ? <RichText className="muted" html={card.back} /> : null}
                  <div className="card-badges fc-card-meta">
                    <Badge tone="info">{card.domainName}</Badge>
                    <Badge>{card.kind === 'cloze' ? `Cloze · ${card.reviewCards} gap${card.reviewCards === 1 ? '' : 's'}` : 'Basic'}</Badge>
                    <Badge tone={card.state === 'new' ? 'neutral' : 'success'}>{STATE_LABELS[card.state]}</Badge>
                    {card.dueOn ? <span className="muted">due {formatDay(card.dueOn)}</span> : null}
                    {card.suspended ? <Badge tone="warning">Suspended</Badge> : null}
                    {card.tags.map((t) => (
                      <span key={t} className="chip">
                        {t}
                      </span>
                    ))}
                  </div>
                </div>
                <div className="row-actions">
                  <button type="button" className="button button-small" onClick={() => route.go('card', { deck: deck.id, card: card.id })}>
                    Edit<span className="visually-hidden"> card</span>
                  </button>
                  <button type="button" className="button button-small" onClick={() => void suspend(card)}>
                    {card.suspended ? 'Unsuspend' : 'Suspend'}
                  </button>
                  <button type="button" className="button button-small button-danger" onClick={() => void remove(card)}>
                    Delete<span className="visually-hidden"> card</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {data.total > PAGE ? (
            <div className="inline-actions">
              <button type="button" className="button" onClick={() => setOffset((o) => Math.max(0, o - PAGE))} disabled={offset === 0}>
                Previous {PAGE}
              </button>
              <button type="button" className="button" onClick={() => setOffset((o) => o + PAGE)} disabled={offset + PAGE >= data.total}>
                Next {PAGE}
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
