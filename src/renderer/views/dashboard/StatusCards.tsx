import { Link } from 'react-router';
import type { DashboardCredential, DashboardTrack } from '../../../shared/contract/dashboard';
import { EmptyState } from '../../components/EmptyState';
import { formatDay } from '../../format/dates';
import { formatDuration } from '../../format/duration';
import { countOf } from '../../format/relativeDay';
import { formatNumber } from '../../format/renewalLabels';
import { CredentialStatusBadge, TrackStatusBadge } from '../../components/StatusBadge';

/** "Target band, 68% (61–75%)" or why there is no estimate yet. */
function readinessText(r: NonNullable<DashboardTrack['readiness']>): string {
  if (!r.sufficient || r.estimate === null) return r.reason ?? 'Not enough practice results yet';
  const range = r.low !== null && r.high !== null ? ` (${Math.round(r.low)}–${Math.round(r.high)}%)` : '';
  return `${r.band ? `${r.band}, ` : ''}${Math.round(r.estimate)}%${range}`;
}

export function TrackCards({ tracks, holdsCredentials }: { tracks: DashboardTrack[]; holdsCredentials: boolean }) {
  if (tracks.length === 0) {
    return holdsCredentials ? (
      <EmptyState
        title="Only renewing? Nothing to prepare for"
        action={
          <Link className="button" to="/catalog">
            Find your next certification
          </Link>
        }
      >
        Certplan keeps your credentials’ renewal below. When you aim for another certification, follow it from the catalog to plan its prerequisites and exam.
      </EmptyState>
    ) : (
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
            <dl className="card-facts">
              {t.exam ? (
                <div>
                  <dt>Exam</dt>
                  <dd>
                    {formatDay(t.exam.date)} {t.exam.booked ? '(booked)' : '(target)'} · <strong>{t.exam.daysLeft === 0 ? 'today' : `${countOf(t.exam.daysLeft, 'day')} left`}</strong>
                  </dd>
                </div>
              ) : null}
              {t.readiness && t.exam ? (
                <div>
                  <dt>Readiness</dt>
                  <dd>{readinessText(t.readiness)}</dd>
                </div>
              ) : null}
              {t.week ? (
                <div>
                  <dt>This week</dt>
                  <dd>
                    {formatDuration(t.week.doneMinutes)} of {formatDuration(t.week.plannedMinutes)} planned
                  </dd>
                </div>
              ) : null}
            </dl>
            <p className="card-next">
              <span className="card-next-label">Next: </span>
              {t.nextAction}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The cycle's counted units against the requirement as one bar, with the number. */
function TotalBar({ credential }: { credential: DashboardCredential }) {
  const r = credential.requirement;
  if (!r || r.required === null) return null;
  const width = `${r.scaleMax > 0 ? Math.min(100, (r.counted / r.scaleMax) * 100) : 0}%`;
  return (
    <div className="card-bar">
      <span className="requirement-track" aria-hidden="true">
        <span className="requirement-fill requirement-counted" style={{ width }} />
      </span>
      <span className="requirement-value">
        {formatNumber(r.counted)} of {formatNumber(r.required)} {r.unitName}s · {r.headline}
      </span>
    </div>
  );
}

function paceText(c: DashboardCredential): string | null {
  if (c.fairStart === 'pending') return 'Pace not judged until you enter what you already earned';
  if (!c.pace || !c.requirement) return null;
  const unit = c.requirement.unitName;
  if (c.requirement.complete) return 'Requirements met';
  const needed = `${formatNumber(c.pace.perMonthNeeded)} ${unit}s a month needed`;
  if (c.pace.currentPerMonth === null) return `${needed}; too early in the cycle to judge the pace`;
  return `${c.pace.onPace ? 'On pace' : 'Behind pace'}: ${formatNumber(c.pace.currentPerMonth)} a month so far, ${needed}`;
}

export function CredentialCards({ credentials }: { credentials: DashboardCredential[] }) {
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
        Hold a credential already (say a PMP you renew)? Add it with the day you earned it and what you have logged this cycle; Certplan plans the rest of its renewal. A pass recorded on a track adds its credential by itself.
      </EmptyState>
    );
  }
  return (
    <ul className="card-grid" aria-label="Credentials">
      {credentials.map((c) => {
        const pace = paceText(c);
        return (
          <li key={c.id}>
            <Link className="card card-link" to={`/credentials/${encodeURIComponent(c.id)}`}>
              <div className="card-top">
                <span className="card-acronym">{c.acronym}</span>
                <CredentialStatusBadge status={c.status} inLink />
              </div>
              <h3 className="card-title">{c.name}</h3>
              <p className="card-meta">{c.statusText}</p>
              <TotalBar credential={c} />
              <dl className="card-facts">
                {c.cycleEnd ? (
                  <div>
                    <dt>Cycle ends</dt>
                    <dd>
                      {formatDay(c.cycleEnd)}
                      {c.daysToCycleEnd !== null ? (
                        <>
                          {' '}
                          · <strong>{countOf(c.daysToCycleEnd, 'day')} left</strong>
                        </>
                      ) : null}
                    </dd>
                  </div>
                ) : null}
                {pace ? (
                  <div>
                    <dt>Pace</dt>
                    <dd>{pace}</dd>
                  </div>
                ) : null}
              </dl>
              <p className="card-next">
                <span className="card-next-label">Next: </span>
                {c.fairStart === 'pending' ? 'Enter the units you already earned this cycle' : c.nextAction}
              </p>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
