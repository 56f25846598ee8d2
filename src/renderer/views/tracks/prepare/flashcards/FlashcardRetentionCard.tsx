import { useApi } from '../../../../app/AppContext';
import { useCall } from '../../../../hooks/useCall';
import { RetentionTable } from './RetentionTable';
import { FLASHCARD_AREAS } from './useFlashcards';

/**
 * Flashcard recall by domain beside the practice-exam readiness: a separate, labelled signal
 * (how well reviewed cards are remembered), never folded into the readiness estimate.
 */
export function FlashcardRetentionCard({ trackId }: { trackId: string }) {
  const api = useApi();
  const retention = useCall(`flashcards:get-retention:${trackId}`, () => api['flashcards:get-retention']({ trackId }), FLASHCARD_AREAS);
  const data = retention.state.data;
  if (!data || data.overall.reviews === 0) return null;
  return (
    <section className="section" aria-labelledby="fc-readiness-retention-heading">
      <h2 id="fc-readiness-retention-heading">Flashcard recall (separate signal)</h2>
      <RetentionTable retention={data} />
    </section>
  );
}
