import { Link, useParams } from 'react-router';
import { useApi } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TrackStatusBadge } from '../../components/StatusBadge';
import { useCall } from '../../hooks/useCall';
import { TRACK_TABS } from './trackTabs';
import { nameWithAcronym } from '../../format/titles';

export function TrackView() {
  const { id = '', tab = 'overview' } = useParams();
  const api = useApi();
  const { state, reload } = useCall(`tracks:get:${id}`, () => api['tracks:get']({ id }), ['tracks', 'catalog']);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={() => void reload()} />;
  const track = state.data;
  if (!track) return <Loading label="Loading track…" />;
  const current = TRACK_TABS.find((t) => t.id === tab) ?? TRACK_TABS[0];
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/tracks">My certifications</Link> <span aria-hidden="true">›</span> <span>{track.acronym}</span>
      </nav>
      <PageHeader
        eyebrow={track.body}
        title={nameWithAcronym(track.name, track.acronym)}
        subtitle={
          <>
            <TrackStatusBadge status={track.status} /> {track.archived ? <Badge>Archived</Badge> : null}
          </>
        }
      />
      <nav className="tabs" aria-label={`${track.acronym} sections`}>
        {TRACK_TABS.map((t) => (
          // Link, not NavLink: at /tracks/<id> the Overview is shown and must be marked current too.
          <Link key={t.id} to={`/tracks/${encodeURIComponent(track.id)}/${t.id}`} className={t.id === current?.id ? 'tab active' : 'tab'} aria-current={t.id === current?.id ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
      <div className="tab-panel">{current?.render(track)}</div>
    </div>
  );
}
