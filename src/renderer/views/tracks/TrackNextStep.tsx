import { Link } from 'react-router';
import type { Track, TrackStatus } from '../../../shared/schemas/track';
import { useApi } from '../../app/AppContext';
import { useCall } from '../../hooks/useCall';

/** The tab where a track's next step is done, by status. */
const TAB_FOR: Record<TrackStatus, { tab: string; label: string }> = {
  exploring: { tab: 'prerequisites', label: 'Check the prerequisites' },
  qualifying: { tab: 'prerequisites', label: 'Go to the prerequisites' },
  eligible: { tab: 'prerequisites', label: 'Record your application' },
  applied: { tab: 'prerequisites', label: 'Follow the application' },
  approved: { tab: 'prepare', label: 'Plan your preparation' },
  scheduled: { tab: 'prepare', label: 'Open your study plan' },
  failed: { tab: 'prepare', label: 'Plan the retake' },
  passed: { tab: 'maintain', label: 'Plan the renewal' },
  active: { tab: 'maintain', label: 'Open the renewal' },
  'renewal-due': { tab: 'maintain', label: 'Renew it' },
  suspended: { tab: 'maintain', label: 'Renew it' },
  expired: { tab: 'maintain', label: 'See what to do' },
};

/**
 * The one next thing to do on this track, as the dashboard words it (what the best prerequisite
 * path still misses, the audit deadline, today's study…), with a link to the tab where it is done.
 */
export function TrackNextStep({ track }: { track: Track }) {
  const api = useApi();
  const { state } = useCall('dashboard:get', () => api['dashboard:get']({}), ['tracks', 'credentials', 'renewal', 'ce', 'profile', 'experience', 'training', 'prep', 'sessions', 'applications', 'today']);
  const nextAction = state.data?.tracks.find((t) => t.id === track.id)?.nextAction ?? null;
  const target = TAB_FOR[track.status];
  return (
    <section className="callout callout-info next-step" aria-labelledby="next-step-heading">
      <div>
        <h2 id="next-step-heading">Next step</h2>
        <p data-testid="track-next-step">{nextAction ?? 'Working it out…'}</p>
      </div>
      <Link className="button button-primary" to={`/tracks/${encodeURIComponent(track.id)}/${target.tab}`}>
        {target.label}
      </Link>
    </section>
  );
}
