import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { CheckboxField } from '../../components/fields';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { formatInstantDate } from '../../format/dates';
import { STATUS_LABELS, STATUS_TONES } from '../../format/labels';
import { useCall } from '../../hooks/useCall';

export function TracksView() {
  const api = useApi();
  const [showArchived, setShowArchived] = useState(false);
  const { state, reload } = useCall(`tracks:list:${showArchived}`, () => api['tracks:list']({ includeArchived: showArchived }), ['tracks']);
  const tracks = state.data;
  return (
    <div className="page">
      <PageHeader
        title="My certifications"
        subtitle="Every certification you follow, from first look to renewal."
        actions={
          <Link className="button" to="/catalog">
            Find a certification
          </Link>
        }
      />
      <CheckboxField label="Show archived tracks" checked={showArchived} onChange={setShowArchived} />
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={() => void reload()} /> : null}
      {!tracks ? (
        <Loading />
      ) : tracks.length === 0 ? (
        <EmptyState
          title="You are not tracking any certification yet"
          action={
            <Link className="button button-primary" to="/catalog">
              Browse the catalog
            </Link>
          }
        >
          Open a certification in the catalog and choose “Track this certification”.
        </EmptyState>
      ) : (
        <ul className="track-list" aria-label="Tracks">
          {tracks.map((t) => (
            <li key={t.id} className={t.archived ? 'track-item archived' : 'track-item'}>
              <Link to={`/tracks/${encodeURIComponent(t.id)}`} className="track-link">
                <span className="track-acronym">{t.acronym}</span>
                <span className="track-name">{t.name}</span>
                <span className="track-meta">
                  {t.body} · since {formatInstantDate(t.createdAt)}
                </span>
              </Link>
              <span className="track-badges">
                <Badge tone={STATUS_TONES[t.status]}>{STATUS_LABELS[t.status]}</Badge>
                {t.archived ? <Badge>Archived</Badge> : null}
                {t.newerRulesAvailable ? <Badge tone="warning">Newer rules</Badge> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
