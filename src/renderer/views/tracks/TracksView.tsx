import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { CheckboxField } from '../../components/fields';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TrackStatusBadge } from '../../components/StatusBadge';
import { formatDay, formatInstantDate } from '../../format/dates';
import { useCall } from '../../hooks/useCall';

/**
 * Every certification the person follows (tracks) and every one they hold (credentials, each with
 * its renewal), on one page: someone who only keeps credentials alive finds them here too.
 */
export function TracksView() {
  const api = useApi();
  const [showArchived, setShowArchived] = useState(false);
  const { state, reload } = useCall(`tracks:list:${showArchived}`, () => api['tracks:list']({ includeArchived: showArchived }), ['tracks']);
  const held = useCall('credentials:list', () => api['credentials:list']({}), ['credentials', 'tracks']);
  const tracks = state.data;
  const credentials = held.state.data ?? [];
  return (
    <div className="page">
      <PageHeader
        title="My certifications"
        subtitle="The certifications you are working toward and the ones you hold, from first look to renewal."
        actions={
          <>
            <Link className="button" to="/catalog">
              Find a certification
            </Link>
            <Link className="button" to="/credentials/new">
              Add one you hold
            </Link>
          </>
        }
      />
      <section className="section" aria-labelledby="tracks-heading">
        <div className="section-head">
          <h2 id="tracks-heading">Working toward</h2>
          <CheckboxField label="Show archived tracks" checked={showArchived} onChange={setShowArchived} />
        </div>
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
                  <TrackStatusBadge status={t.status} />
                  {t.archived ? <Badge>Archived</Badge> : null}
                  {t.newerRulesAvailable ? <Badge tone="warning">Newer rules</Badge> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="held-heading">
        <h2 id="held-heading">Held</h2>
        {held.state.status === 'error' ? <ErrorMessage error={held.state.error} onRetry={held.reload} /> : null}
        {!held.state.data ? (
          <Loading />
        ) : credentials.length === 0 ? (
          <p className="muted">
            Credentials you hold appear here with their renewal. <Link to="/credentials/new">Add one you earned before Certplan</Link>; a pass recorded on a
            track adds its credential by itself.
          </p>
        ) : (
          <ul className="track-list" aria-label="Credentials held">
            {credentials.map((c) => (
              <li key={c.id} className="track-item">
                <Link to={`/credentials/${encodeURIComponent(c.id)}`} className="track-link">
                  <span className="track-acronym">{c.acronym}</span>
                  <span className="track-name">{c.name}</span>
                  <span className="track-meta">
                    {[c.body, `earned ${formatDay(c.earnedOn)}`].filter(Boolean).join(' · ')}
                  </span>
                </Link>
                <span className="track-badges">
                  <Badge tone="success">Held</Badge>
                  {c.origin === 'track' ? <Badge>Earned through your track</Badge> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
