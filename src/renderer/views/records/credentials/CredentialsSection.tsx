import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Credential } from '../../../../shared/schemas/credential';
import { useApi } from '../../../app/AppContext';
import { Badge } from '../../../components/Badge';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatDay } from '../../../format/dates';
import { useCall } from '../../../hooks/useCall';
import { useRemoveWithUndo } from '../../../hooks/useRemoveWithUndo';
import { returnLabel, safeReturnPath } from '../returnPath';
import { CredentialForm } from './CredentialForm';

/** Credentials the person holds: entered here, or recorded when a tracked exam is passed. */
export function CredentialsSection() {
  const api = useApi();
  const removeWithUndo = useRemoveWithUndo();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const returnTo = safeReturnPath(params.get('returnTo'));
  const { state, reload } = useCall('credentials:list', () => api['credentials:list']({}), ['credentials']);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading credentials…" />;
  const credentials = state.data;
  const editing = credentials.find((c) => c.id === params.get('edit')) ?? null;
  const adding = params.get('add') === '1';

  const remove = (credential: Credential) => removeWithUndo(() => api['credentials:remove']({ id: credential.id }), credential.acronym);
  const closeForm = () => {
    if (returnTo) void navigate(returnTo);
    else setParams({});
  };

  return (
    <section className="section" aria-labelledby="credentials-heading">
      <div className="section-head">
        <h2 id="credentials-heading">Credentials held</h2>
        {adding || editing ? null : (
          <button type="button" className="button button-primary" onClick={() => setParams(returnTo ? { add: '1', returnTo } : { add: '1' })}>
            Add a credential
          </button>
        )}
      </div>
      <p className="section-lead muted">Held credentials stand in for requirements where the rules say so, and are required by some paths (PRINCE2 Practitioner).</p>
      {returnTo && !(adding || editing) ? (
        <p>
          <Link to={returnTo}>{returnLabel(returnTo)}</Link>
        </p>
      ) : null}
      {adding || editing ? <CredentialForm key={editing?.id ?? 'new'} credential={editing} onDone={closeForm} /> : null}
      {credentials.length === 0 ? (
        adding ? null : <EmptyState title="No credentials recorded">Add the certifications you already hold. Passing a tracked exam adds its credential here too.</EmptyState>
      ) : (
        <ul className="record-list" aria-label="Credentials held">
          {credentials.map((c) => (
            <li key={c.id} className="record-item">
              <div className="record-main">
                <h3 className="record-title">
                  {c.acronym} <span className="muted">— {c.name}</span>
                </h3>
                <p className="record-meta">
                  {[c.body, `earned ${formatDay(c.earnedOn)}`, c.credentialNumber ? `number ${c.credentialNumber}` : null].filter(Boolean).join(' · ')}{' '}
                  {c.origin === 'track' ? <Badge tone="success">Earned through your track</Badge> : null}
                  {c.certificationId === null ? <Badge>Not in the catalog</Badge> : null}
                </p>
                {c.notes ? <p className="record-description">{c.notes}</p> : null}
              </div>
              <div className="record-actions">
                <Link className="button button-small" to={`/credentials/${encodeURIComponent(c.id)}`} aria-label={`Renewal of ${c.acronym}`}>
                  Renewal
                </Link>
                <button type="button" className="button button-small" aria-label={`Edit ${c.acronym}`} onClick={() => setParams({ edit: c.id })}>
                  Edit
                </button>
                <button type="button" className="button button-small button-danger" aria-label={`Remove ${c.acronym}`} onClick={() => void remove(c)}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
