import { type FormEvent, useState } from 'react';
import type { Deck } from '../../../../../shared/schemas/flashcards/decks';
import type { Track } from '../../../../../shared/schemas/track';
import { useApi, useStores } from '../../../../app/AppContext';
import { Badge } from '../../../../components/Badge';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { EmptyState } from '../../../../components/EmptyState';
import { FormActions } from '../../../../components/FormActions';
import { TextField } from '../../../../components/fields';
import { saveFile } from '../../../../files/saveFile';
import { useNotify } from '../useTrackCall';
import { useFlashcardRoute } from './useFlashcards';

/** The track's decks with their counts: open, create, export, archive, delete (with Undo). */
export function DecksView({ track, decks }: { track: Track; decks: Deck[] }) {
  const api = useApi();
  const { notices } = useStores();
  const notify = useNotify();
  const route = useFlashcardRoute();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<Deck | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await api['decks:create']({ trackId: track.id, name });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.details?.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setName('');
    setError(undefined);
    notify.success(`Deck “${result.data.name}” created`);
  };

  const remove = async (deck: Deck) => {
    const result = await api['decks:remove']({ id: deck.id });
    if (!result.ok) return notify.error(result.error.message);
    notices.getState().show({
      kind: 'success',
      message: `Deck “${deck.name}” deleted with its ${deck.noteCount} card${deck.noteCount === 1 ? '' : 's'}`,
      action: {
        label: 'Undo',
        run: async () => {
          const back = await api['decks:restore']({ id: deck.id });
          if (back.ok) notify.success(`Deck “${deck.name}” is back`);
          else notify.error(back.error.message);
        },
      },
    });
  };

  const setStatus = async (deck: Deck, status: 'active' | 'archived') => {
    const result = await api['decks:update']({ id: deck.id, patch: { status } });
    if (result.ok) notify.success(status === 'archived' ? `“${deck.name}” archived: kept, but out of review` : `“${deck.name}” is back in review`);
    else notify.error(result.error.message);
  };

  const exportDeck = async (deck: Deck, format: 'csv' | 'apkg') => {
    const result = await api['decks:export']({ id: deck.id, format });
    if (!result.ok) return notify.error(result.error.message);
    saveFile(result.data.fileName, result.data.mediaType, { base64: result.data.contentBase64 });
  };

  return (
    <section className="section" aria-labelledby="fc-decks-heading">
      <div className="section-head">
        <h2 id="fc-decks-heading">Decks</h2>
        <button type="button" className="button" onClick={() => route.go('import')}>
          Import from Anki or CSV…
        </button>
      </div>
      {decks.length === 0 ? (
        <EmptyState title={`No ${track.acronym} decks yet`}>
          Create a deck and write cards tagged with the exam’s domains, or import an Anki package (.apkg) or a CSV file. Review time counts as study in your plan.
        </EmptyState>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Decks of {track.acronym}</caption>
          <thead>
            <tr>
              <th scope="col">Deck</th>
              <th scope="col" className="num">Cards</th>
              <th scope="col" className="num">Due today</th>
              <th scope="col" className="num">New</th>
              <th scope="col" className="num">Suspended</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {decks.map((deck) => (
              <tr key={deck.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => route.go('deck', { deck: deck.id })}>
                    {deck.name}
                  </button>{' '}
                  {deck.status === 'archived' ? <Badge>Archived</Badge> : null}
                  {deck.source !== 'manual' ? <Badge tone="info">{deck.source === 'anki' ? 'From Anki' : 'From CSV'}</Badge> : null}
                </th>
                <td className="num">{deck.cardCount}</td>
                <td className="num">{deck.dueCount}</td>
                <td className="num">{deck.newCount}</td>
                <td className="num">{deck.suspendedCount}</td>
                <td className="row-actions">
                  {deck.status === 'active' ? (
                    <button type="button" className="button button-small" onClick={() => route.go('review', { deck: deck.id })} disabled={deck.cardCount === 0}>
                      Review<span className="visually-hidden"> {deck.name}</span>
                    </button>
                  ) : null}
                  <details className="menu">
                    <summary className="button button-small">
                      More<span className="visually-hidden"> for {deck.name}</span>
                    </summary>
                    {/* A chosen item closes the menu. */}
                    <div className="menu-items" onClick={(e) => e.currentTarget.closest('details')?.removeAttribute('open')}>
                      <button type="button" className="button button-small" onClick={() => void exportDeck(deck, 'apkg')}>
                        Export for Anki (.apkg)
                      </button>
                      <button type="button" className="button button-small" onClick={() => void exportDeck(deck, 'csv')}>
                        Export as CSV
                      </button>
                      <button type="button" className="button button-small" onClick={() => void setStatus(deck, deck.status === 'active' ? 'archived' : 'active')}>
                        {deck.status === 'active' ? 'Archive' : 'Reactivate'}
                      </button>
                      <button type="button" className="button button-small button-danger" onClick={() => setRemoving(deck)}>
                        Delete deck
                      </button>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={(e) => void create(e)} noValidate>
        <TextField label="New deck" value={name} onChange={setName} error={error} placeholder="e.g. PMP formulas" />
        <FormActions busy={busy} submitLabel="Create deck" busyLabel="Creating…" />
      </form>
      <ConfirmDialog
        open={removing !== null}
        title="Delete this deck?"
        confirmLabel="Delete deck"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const deck = removing;
          setRemoving(null);
          if (deck) void remove(deck);
        }}
      >
        <p>
          “{removing?.name}” and its {removing?.noteCount} cards leave your decks and review. You can undo this for a few seconds; their review history is kept.
        </p>
      </ConfirmDialog>
    </section>
  );
}
