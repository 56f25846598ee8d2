import { Link } from 'react-router';
import type { Track } from '../../../shared/schemas/track';
import { useApi } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useCall } from '../../hooks/useCall';
import { RenewalPanel } from '../renewal/RenewalPanel';
import { useRenewalView } from '../renewal/useRenewalView';

/**
 * The track's renewal: the credential earned through it (or, for one passed before Certplan, the
 * credential of the same certification the person recorded). Until there is one, the tab says why
 * it does not apply yet and what unlocks it.
 */
export function MaintainTab({ track }: { track: Track }) {
  const api = useApi();
  const { state, reload } = useCall('credentials:list', () => api['credentials:list']({}), ['credentials']);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading credential…" />;
  const credential =
    state.data.find((c) => c.trackId === track.id) ?? (track.certificationId ? state.data.find((c) => c.certificationId === track.certificationId) : undefined);
  if (!credential) {
    return (
      <EmptyState
        title={`Maintaining ${track.acronym} starts once you hold it`}
        action={
          <Link
            className="button"
            to={`/credentials/new?${new URLSearchParams({ ...(track.certificationId ? { certificationId: track.certificationId } : {}), returnTo: `/tracks/${track.id}/maintain` }).toString()}`}
          >
            I already hold {track.acronym}: record it
          </Link>
        }
      >
        This tab plans the renewal cycle: continuing-education units, pacing, the audit packet and reminders. It unlocks when you record your
        exam pass on the Exam tab, which creates the credential and starts its first cycle.
      </EmptyState>
    );
  }
  return <MaintainCredential credentialId={credential.id} />;
}

function MaintainCredential({ credentialId }: { credentialId: string }) {
  const { state, reload, setCycleIndex } = useRenewalView(credentialId);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading renewal…" />;
  return (
    <div className="stack">
      <p>
        <Link to={`/credentials/${encodeURIComponent(credentialId)}`}>Open the {state.data.credential.acronym} credential page</Link>
      </p>
      <RenewalPanel view={state.data} onCycleChange={setCycleIndex} />
    </div>
  );
}
