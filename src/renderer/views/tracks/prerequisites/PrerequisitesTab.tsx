import type { Track } from '../../../../shared/schemas/track';
import { useApi, useStores } from '../../../app/AppContext';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useCall } from '../../../hooks/useCall';
import { ApplicationPanel } from './ApplicationPanel';
import { PackExport } from './PackExport';
import { PathResults, ResultSummary } from './PathResults';
import { WalkthroughSteps } from './WalkthroughSteps';

/** Everything a record can change here, so the result refreshes after any edit anywhere. */
const AREAS = ['profile', 'experience', 'training', 'credentials', 'checks', 'tracks', 'applications'];

/** The Prerequisites tab: where the person stands, the walkthrough, the application and its pack. */
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
      <ResultSummary eligibility={eligibility} acronym={track.acronym} />
      {eligibility.noPrerequisites ? null : (
        <>
          <section className="section" aria-labelledby="walkthrough-heading">
            <h2 id="walkthrough-heading">Walkthrough</h2>
            <p className="section-lead muted">
              {track.acronym} has {eligibility.paths.length === 1 ? 'one path' : `${eligibility.paths.length} paths`}: meet every requirement of any one of them. Each step shows what counts, what you have and what is
              missing, marked for the {best ? `${best.name} path (${best.met ? 'the one you meet' : 'the closest to being met'})` : 'paths below'}.
            </p>
            <WalkthroughSteps
              steps={eligibility.steps}
              trackId={track.id}
              bestPathName={best?.name ?? null}
              onCheck={check} />
          </section>
          <section className="section" aria-labelledby="result-heading">
            <h2 id="result-heading">Result by path</h2>
            <PathResults paths={eligibility.paths} />
          </section>
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
