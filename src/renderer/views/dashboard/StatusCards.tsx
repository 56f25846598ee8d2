import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { EmptyState } from '../../components/EmptyState';
import { CredentialStatusBadge, TrackStatusBadge } from '../../components/StatusBadge';

export function TrackCards({ tracks }: { tracks: Dashboard['tracks'] }) {
  if (tracks.length === 0) {
    return (
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
    );
  }
  return (
    <ul className="card-grid" aria-label="Tracked certifications">
      {tracks.map((t) => (
        <li key={t.id}>
          <Link className="card card-link" to={`/tracks/${encodeURIComponent(t.id)}`}>
            <div className="card-top">
              <span className="card-acronym">{t.acronym}</span>
              <TrackStatusBadge status={t.status} inLink />
            </div>
            <h3 className="card-title">{t.name}</h3>
            <p className="card-meta">{t.body}</p>
            <p className="card-next">
              <span className="visually-hidden">Next: </span>
              {t.nextAction}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function CredentialCards({ credentials }: { credentials: Dashboard['credentials'] }) {
  if (credentials.length === 0) {
    return (
      <EmptyState
        title="No credentials yet"
        action={
          <Link className="button" to="/credentials/new">
            Add a credential you hold
          </Link>
        }
      >
        A pass recorded on a track adds its credential here. Held one before Certplan? Add it with the day you earned it, and Certplan plans its
        renewal cycle.
      </EmptyState>
    );
  }
  return (
    <ul className="card-grid" aria-label="Credentials">
      {credentials.map((c) => (
        <li key={c.id}>
          <Link className="card card-link" to={`/credentials/${encodeURIComponent(c.id)}`}>
            <div className="card-top">
              <span className="card-acronym">{c.acronym}</span>
              <CredentialStatusBadge status={c.status} inLink />
            </div>
            <h3 className="card-title">{c.name}</h3>
            <p className="card-meta">{c.statusText}</p>
            <p className="card-next">
              <span className="visually-hidden">Next: </span>
              {c.nextAction}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
