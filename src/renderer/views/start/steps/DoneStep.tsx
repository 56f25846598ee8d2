import { Link } from 'react-router';
import { useApi } from '../../../app/AppContext';
import { CredentialStatusBadge } from '../../../components/StatusBadge';
import { useCall } from '../../../hooks/useCall';
import { RENEWAL_AREAS } from '../../renewal/useRenewalView';
import { StandingSummary } from '../../tracks/prerequisites/StandingSummary';

/** Where the person stands after the guided start, with the places to go on from. */
export function DoneStep({ trackId, credentialId }: { trackId: string | null; credentialId: string | null }) {
  const api = useApi();
  const track = useCall(trackId ? `tracks:get:${trackId}` : null, () => api['tracks:get']({ id: trackId ?? '' }), ['tracks']);
  const eligibility = useCall(trackId ? `eligibility:get:${trackId}` : null, () => api['eligibility:get']({ trackId: trackId ?? '' }), ['profile', 'experience', 'training', 'credentials', 'tracks']);
  const renewal = useCall(credentialId ? `renewal:get:${credentialId}:open` : null, () => api['renewal:get']({ credentialId: credentialId ?? '' }), RENEWAL_AREAS);
  const t = track.state.data;
  const e = eligibility.state.data;
  const r = renewal.state.data;
  return (
    <div className="stack">
      {r ? (
        <div>
          <h3>{r.credential.acronym}</h3>
          <p className="status-line">
            <CredentialStatusBadge status={r.status} /> <span>{r.statusText}</span>
          </p>
          {r.nextAction ? (
            <p>
              <strong>Next:</strong> {r.nextAction}
            </p>
          ) : null}
          <Link className="button" to={`/credentials/${encodeURIComponent(r.credential.id)}`}>
            Open {r.credential.acronym}
          </Link>
        </div>
      ) : null}
      {t && e ? (
        <div>
          <h3>{t.acronym}</h3>
          <StandingSummary eligibility={e} acronym={t.acronym} trackId={t.id} />
          <div className="inline-actions">
            <Link className="button" to={`/tracks/${encodeURIComponent(t.id)}/prerequisites`}>
              Open the {t.acronym} prerequisites
            </Link>
            <Link className="button" to={`/tracks/${encodeURIComponent(t.id)}/prepare`}>
              Plan your preparation
            </Link>
          </div>
        </div>
      ) : null}
      {!t && !r ? <p>Nothing was added yet. The catalog and Records are open whenever you are ready.</p> : null}
    </div>
  );
}
