import { Link, useParams } from 'react-router';
import { CredentialStatusBadge } from '../../components/StatusBadge';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../format/dates';
import { RenewalPanel } from '../renewal/RenewalPanel';
import { useRenewalView } from '../renewal/useRenewalView';
import { nameWithAcronym } from '../../format/titles';

/** A held credential's own page: its renewal cycle, CE progress, pacing, activities and renewal. */
export function CredentialView() {
  const { id = '' } = useParams();
  const { state, reload, setCycleIndex } = useRenewalView(id);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  const view = state.data;
  if (!view) return <Loading label="Loading credential…" />;
  const { credential } = view;
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Dashboard</Link> <span aria-hidden="true">›</span> <span>{credential.acronym}</span>
      </nav>
      <PageHeader
        eyebrow={credential.body}
        title={nameWithAcronym(credential.name, credential.acronym)}
        subtitle={
          <>
            <CredentialStatusBadge status={view.status} /> Earned {formatDay(credential.earnedOn)}
            {credential.credentialNumber ? ` · number ${credential.credentialNumber}` : ''}
          </>
        }
        actions={
          credential.trackId ? (
            <Link className="button" to={`/tracks/${encodeURIComponent(credential.trackId)}/maintain`}>
              Open the track
            </Link>
          ) : undefined
        }
      />
      <RenewalPanel view={view} onCycleChange={setCycleIndex} />
    </div>
  );
}
