import type { PreparationView } from '../../../../shared/schemas/preparation';
import { useApi } from '../../../app/AppContext';
import { DomainTimeChart, ScoreTrendChart, WeeklyHoursChart } from '../../../components/charts/lazyCharts';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useCall } from '../../../hooks/useCall';
import { ReadinessCard } from './ReadinessCard';
import { FlashcardRetentionCard } from './flashcards/FlashcardRetentionCard';
import { PREPARATION_AREAS } from './useTrackCall';

/** Readiness from practice results, and the three progress charts. */
export function ProgressSection({ view }: { view: PreparationView }) {
  const api = useApi();
  const readiness = useCall(`readiness:get:${view.trackId}`, () => api['readiness:get']({ trackId: view.trackId }), PREPARATION_AREAS);
  const progress = useCall(`prep:get-progress:${view.trackId}`, () => api['prep:get-progress']({ trackId: view.trackId }), PREPARATION_AREAS);
  const error = readiness.state.error ?? progress.state.error;
  if (error && (!readiness.state.data || !progress.state.data)) return <ErrorMessage error={error} />;
  if (!readiness.state.data || !progress.state.data) return <Loading />;
  const data = progress.state.data;
  const scoredDomains = view.generalReason === null ? data.domains : [];
  return (
    <div className="stack">
      <ReadinessCard readiness={readiness.state.data} />
      <FlashcardRetentionCard trackId={view.trackId} />
      <section className="section" aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">Hours planned and done per week</h2>
        {data.weeks.length > 0 ? <WeeklyHoursChart weeks={data.weeks} /> : <p>Nothing planned or done yet.</p>}
      </section>
      <section className="section" aria-labelledby="domain-time-heading">
        <h2 id="domain-time-heading">Time per domain against its weight</h2>
        <DomainTimeChart domains={data.domains} />
        {data.otherDoneMinutes > 0 ? <p className="muted">Time logged for the whole exam (mock exams, general study) is not counted per domain.</p> : null}
      </section>
      <section className="section" aria-labelledby="trend-heading">
        <h2 id="trend-heading">Practice scores over time</h2>
        {data.scoreTrend.length > 0 ? (
          <ScoreTrendChart trend={data.scoreTrend} domains={scoredDomains} />
        ) : (
          <p>No practice results yet: record or import them under Practice exams.</p>
        )}
      </section>
    </div>
  );
}
