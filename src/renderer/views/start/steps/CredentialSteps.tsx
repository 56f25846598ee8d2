import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../../app/AppContext';
import { Loading } from '../../../components/Loading';
import { formatNumber } from '../../../format/renewalLabels';
import { useCall } from '../../../hooks/useCall';
import { CredentialForm } from '../../records/credentials/CredentialForm';
import { ActivityForm } from '../../renewal/ActivityForm';
import { RENEWAL_AREAS } from '../../renewal/useRenewalView';

/** The credential the person holds, added here (its renewal cycle starts on the day it was earned). */
export function CredentialStep({ credentialId, onAdded }: { credentialId: string | null; onAdded: (credentialId: string) => void }) {
  const api = useApi();
  const { state } = useCall(credentialId ? `credentials:list` : null, () => api['credentials:list']({}), ['credentials']);
  const held = credentialId ? state.data?.find((c) => c.id === credentialId) : undefined;
  const [adding, setAdding] = useState(credentialId === null);
  return (
    <>
      {held ? (
        <p>
          You hold <strong>{held.acronym}</strong>, earned on the day you entered. Continue, or add another one.
        </p>
      ) : (
        <p>Pick it from the catalog so its renewal rules come with it; prerequisites of other certifications can count it too.</p>
      )}
      {adding ? (
        <CredentialForm credential={null} onSaved={(saved) => onAdded(saved.id)} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add another credential
        </button>
      )}
    </>
  );
}

/** Continuing-education activities already earned in the current cycle, logged in a row. */
export function CeStep({ credentialId }: { credentialId: string | null }) {
  const api = useApi();
  const { state } = useCall(credentialId ? `renewal:get:${credentialId}:open` : null, () => api['renewal:get']({ credentialId: credentialId ?? '' }), RENEWAL_AREAS);
  const [adding, setAdding] = useState(false);
  if (!credentialId) return <p>Add the credential you hold first (the step before), or skip this one.</p>;
  const view = state.data;
  if (!view) return <Loading label="Loading the renewal cycle…" />;
  const ce = view.maintenance?.kind === 'continuing-education';
  const open = view.cycleIndex !== null && view.cycles[view.cycleIndex]?.state === 'open';
  if (!ce || !open) {
    return (
      <p>
        {view.credential.acronym}: {view.statusText}. {view.nextAction} Nothing to log here;{' '}
        <Link to={`/credentials/${encodeURIComponent(credentialId)}`}>its page</Link> shows the renewal.
      </p>
    );
  }
  return (
    <>
      <p>
        {view.progress
          ? `${formatNumber(view.progress.counted)} of ${view.progress.required ?? '?'} ${view.progress.unitName}s counted in this cycle. ${view.nextAction}`
          : view.statusText}
      </p>
      <p className="muted">Log the courses, webinars and volunteering you did since the cycle started; the certificate can be attached now or later.</p>
      {adding ? (
        <ActivityForm view={view} editing={null} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Log an activity
        </button>
      )}
    </>
  );
}
