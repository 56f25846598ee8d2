import type { Track } from '../../../../shared/schemas/track';
import { useApi, useStores } from '../../../app/AppContext';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useCall } from '../../../hooks/useCall';
import { ApplicationPanel } from './ApplicationPanel';
import { PackExport } from './PackExport';
import { PathResults } from './PathResults';
import { StandingSummary } from './StandingSummary';
import { WalkthroughSteps } from './WalkthroughSteps';

/** Everything a record can change here, so the result refreshes after any edit anywhere. */
const AREAS = ['profile', 'experience', 'training', 'credentials', 'checks', 'tracks', 'applications'];

/**
 * The Prerequisites tab: one statement of where the person stands and what is missing, the steps
 * to get there (for the path put forward), every path side by side on request, the application
 * and its pack.
 */
export function PrerequisitesTab({ track }: { track: Track }) {
  const api = useApi();
  const { notices } = useStores();
  const { state, reload } = useCall(`eligibility:get:${track.id}`, () => api['eligibility:get']({ trackId: track.id }), AREAS);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  const eligibility = state.data;
  if (!eligibility) return <Loading label="Checking your prerequisites…" />;

  const best = eligibility.paths.find((p) => p.best);
  const check = async (requirementId: string, checked: boolean) => {
    const result = await api['checks:set']({ trackId: track.id, requirementId, checked });
    if (!result.ok) notices.getState().show({ kind: 'error', message: result.error.message });
    return result.ok;
  };

  return (
    <div className="stack">
      <StandingSummary eligibility={eligibility} acronym={track.acronym} trackId={track.id} />
      {eligibility.noPrerequisites ? null : (
        <>
          <section className="section" aria-labelledby="walkthrough-heading">
            <h2 id="walkthrough-heading">Step by step</h2>
            <p className="section-lead muted">
              {eligibility.paths.length === 1
                ? `${track.acronym} has one set of requirements.`
                : `${track.acronym} can be reached in ${eligibility.paths.length} ways (paths); meeting every requirement of any one is enough.`}{' '}
              {best ? `The steps follow the ${best.name} path; what the other paths ask is folded under each step.` : ''}
            </p>
            <WalkthroughSteps steps={eligibility.steps} trackId={track.id} bestPathName={best?.name ?? null} onCheck={check} />
          </section>
          {eligibility.paths.length > 1 ? (
            <section className="section" aria-labelledby="result-heading">
              <details className="all-paths">
                <summary>
                  <h2 id="result-heading" className="inline-heading">
                    All paths, side by side
                  </h2>
                </summary>
                <PathResults paths={eligibility.paths} />
              </details>
            </section>
          ) : null}
        </>
      )}
      <section className="section" aria-labelledby="application-heading">
        <h2 id="application-heading">Application</h2>
        <ApplicationPanel track={track} />
      </section>
      <section className="section" aria-labelledby="pack-heading">
        <h2 id="pack-heading">Application pack</h2>
        <PackExport track={track} />
      </section>
    </div>
  );
}
