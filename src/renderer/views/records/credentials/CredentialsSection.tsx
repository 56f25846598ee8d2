import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Credential } from '../../../../shared/schemas/credential';
import { useApi, useStores } from '../../../app/AppContext';
import { Badge } from '../../../components/Badge';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatDay } from '../../../format/dates';
import { useCall } from '../../../hooks/useCall';
import { CredentialForm } from './CredentialForm';

/** Credentials the person holds: entered here, or recorded when a tracked exam is passed. */
export function CredentialsSection() {
  const api = useApi();
  const { notices } = useStores();
  const [params, setParams] = useSearchParams();
  const { state, reload } = useCall('credentials:list', () => api['credentials:list']({}), ['credentials']);
  const [confirm, setConfirm] = useState<Credential | null>(null);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading credentials…" />;
  const credentials = state.data;
  const editing = credentials.find((c) => c.id === params.get('edit')) ?? null;
  const adding = params.get('add') === '1';

  const remove = async (credential: Credential) => {
    setConfirm(null);
    const result = await api['credentials:remove']({ id: credential.id });
    notices.getState().show(result.ok ? { kind: 'success', message: `Removed ${credential.acronym}` } : { kind: 'error', message: result.error.message });
  };

  return (
    <section className="section" aria-labelledby="credentials-heading">
      <div className="section-head">
        <h2 id="credentials-heading">Credentials held</h2>
        {adding || editing ? null : (
          <button type="button" className="button button-primary" onClick={() => setParams({ add: '1' })}>
            Add a credential
          </button>
        )}
      </div>
      <p className="section-lead muted">Held credentials stand in for requirements where the rules say so, and are required by some paths (PRINCE2 Practitioner).</p>
      {adding || editing ? <CredentialForm key={editing?.id ?? 'new'} credential={editing} onDone={() => setParams({})} /> : null}
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
                <button type="button" className="button button-small button-danger" aria-label={`Remove ${c.acronym}`} onClick={() => setConfirm(c)}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={`Remove ${confirm?.acronym ?? ''}?`}
        confirmLabel="Remove credential"
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && void remove(confirm)}
      >
        <p>Requirements it stands in for stop counting it. A credential with continuing-education activities or renewals cannot be removed until those are.</p>
      </ConfirmDialog>
    </section>
  );
}
