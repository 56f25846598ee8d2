import type { ReviewPlan } from '../../../../../shared/schemas/flashcards/plan';
import { useApi } from '../../../../app/AppContext';
import { ReviewForecastChart } from '../../../../components/charts/lazyCharts';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { CheckboxField } from '../../../../components/fields';
import { formatDay } from '../../../../format/dates';
import { useCall } from '../../../../hooks/useCall';
import { useNotify } from '../useTrackCall';
import { RetentionTable } from './RetentionTable';
import { ReviewHeatmap } from './ReviewHeatmap';
import { FLASHCARD_AREAS } from './useFlashcards';

/** The month ahead against the budget, recall by domain, and the review heatmap with its streak. */
export function StatsView({ trackId, plan }: { trackId: string; plan: ReviewPlan }) {
  const api = useApi();
  const notify = useNotify();
  const stats = useCall(`flashcards:get-stats:${trackId}`, () => api['flashcards:get-stats']({ trackId }), FLASHCARD_AREAS);
  if (!stats.state.data) return stats.state.error ? <ErrorMessage error={stats.state.error} onRetry={stats.reload} /> : <Loading />;
  const data = stats.state.data;
  const toggleStreak = async (enabled: boolean) => {
    const result = await api['flashcards:update-settings']({ trackId, patch: { streakEnabled: enabled } });
    if (!result.ok) notify.error(result.error.message);
  };
  return (
    <div className="stack">
      <section className="section" aria-labelledby="fc-forecast-heading">
        <h2 id="fc-forecast-heading">The next 30 days</h2>
        <ReviewForecastChart forecast={data.forecast} />
        {plan.finalPassStartsOn ? <p className="field-hint">The final pass starts on {formatDay(plan.finalPassStartsOn)}.</p> : null}
        <p className="field-hint">About {plan.secondsPerCard} seconds a card ({plan.secondsPerCardSource === 'history' ? 'measured from your recent reviews' : 'an assumption until you have reviewed 20 cards'}).</p>
      </section>
      <section className="section" aria-labelledby="fc-retention-heading">
        <h2 id="fc-retention-heading">Recall by domain</h2>
        <RetentionTable retention={data.retention} />
      </section>
      <section className="section" aria-labelledby="fc-heatmap-heading">
        <div className="section-head">
          <h2 id="fc-heatmap-heading">Review days</h2>
          {data.streak.enabled ? (
            <p className="fc-streak" data-testid="fc-streak">
              <strong>{data.streak.days}</strong> day streak{data.streak.frozenOn ? ` (freeze used on ${formatDay(data.streak.frozenOn)})` : ''}
            </p>
          ) : null}
        </div>
        <ReviewHeatmap stats={data} />
        <CheckboxField label="Show the streak" checked={data.streak.enabled} onChange={(v) => void toggleStreak(v)} hint={data.streak.rule} />
      </section>
    </div>
  );
}
