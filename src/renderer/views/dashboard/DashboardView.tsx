import { Link } from 'react-router';
import { useApi } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { STATUS_LABELS, STATUS_TONES } from '../../format/labels';
import { useCall } from '../../hooks/useCall';

/** The start screen: where each certification stands. */
export function DashboardView() {
  const api = useApi();
  const { state, reload } = useCall('dashboard:tracks', () => api['tracks:list']({ includeArchived: false }), ['tracks']);
  return (
    <div className="page">
      <PageHeader title="Dashboard" subtitle="Your certifications at a glance." />
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={() => void reload()} /> : null}
      {!state.data ? (
        <Loading />
      ) : state.data.length === 0 ? (
        <EmptyState
          title="Start with a certification"
          action={
            <Link className="button button-primary" to="/catalog">
              Browse the catalog
            </Link>
          }
        >
          Pick a certification such as PMI-PMOCP or PMP to see what it takes, then track it to plan your way there.
        </EmptyState>
      ) : (
        <ul className="card-grid" aria-label="Tracked certifications">
          {state.data.map((t) => (
            <li key={t.id}>
              <Link className="card card-link" to={`/tracks/${encodeURIComponent(t.id)}`}>
                <div className="card-top">
                  <span className="card-acronym">{t.acronym}</span>
                  <Badge tone={STATUS_TONES[t.status]}>{STATUS_LABELS[t.status]}</Badge>
                </div>
                <h2 className="card-title">{t.name}</h2>
                <p className="card-meta">{t.body}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
