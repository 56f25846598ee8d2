import { memo, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StudyHoursChart } from '../../components/charts/lazyCharts';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { useCall } from '../../hooks/useCall';
import { DASHBOARD_KEPT_FOR_MS } from '../../stores/createDashboardStore';
import { CeProgressCard } from './CeProgressCard';
import { GuidedStartCard } from './GuidedStartCard';
import { CredentialCards, TrackCards } from './StatusCards';
import { UpcomingReminders } from './UpcomingReminders';

/** Everything whose change can alter the start screen. */
const DASHBOARD_AREAS = ['tracks', 'credentials', 'renewal', 'ce', 'reminders', 'catalog', 'today'];

/** The start screen: every track and credential with its status and next step, reminders, and progress charts. */
export function DashboardView() {
  const api = useApi();
  const { dashboard } = useStores();
  // Coming back within a minute with nothing changed: the kept answer is current, shown at once
  // and not asked again (the core would spend its time on it while the person moves on). A
  // change announced since mounting makes the view ask, as on a first visit.
  const [reused] = useState(() => dashboard.getState().recent(DASHBOARD_KEPT_FOR_MS));
  const [changesAtMount] = useState(() => dashboard.getState().changes);
  const changed = useSlice(dashboard, (s) => s.changes !== changesAtMount);
  const ask = !reused || changed;
  const { state, reload } = useCall(ask ? 'dashboard:get' : null, () => api['dashboard:get']({}), DASHBOARD_AREAS);
  useEffect(() => {
    if (state.status === 'ready') dashboard.getState().keep(state.data);
  }, [dashboard, state]);
  // A new answer equal to the reused one keeps that object, so the memoised body (the chart
  // above all, which costs most) does not render again.
  const fresh = state.data;
  const data = useMemo(() => (fresh && reused && JSON.stringify(fresh) === JSON.stringify(reused) ? reused : fresh ?? reused), [fresh, reused]);
  return (
    <div className="page">
      <PageHeader
        title="Dashboard"
        subtitle="Your certifications at a glance: where each stands, what to do next, and what is coming."
        actions={
          <>
            <Link className="button" to="/credentials/new">
              Add a credential you hold
            </Link>
            <Link className="button" to="/catalog">
              Browse the catalog
            </Link>
          </>
        }
      />
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {!data ? <Loading /> : <DashboardBody data={data} />}
    </div>
  );
}

/** Everything below the header, rendered again only when the answer differs. */
const DashboardBody = memo(function DashboardBody({ data }: { data: Dashboard }) {
  const withCe = data.credentials.flatMap((credential) => (credential.requirement ? [{ credential, requirement: credential.requirement }] : []));
  return (
    <>
      <GuidedStartCard data={data} />
      <div className="dashboard-grid">
        <section className="section" aria-labelledby="tracks-heading">
          <h2 id="tracks-heading">Certifications you follow</h2>
          <TrackCards tracks={data.tracks} holdsCredentials={data.credentials.length > 0} />
        </section>
        <section className="section" aria-labelledby="credentials-heading">
          <h2 id="credentials-heading">Credentials you hold</h2>
          <CredentialCards credentials={data.credentials} />
        </section>
        <section className="section" aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">Coming up</h2>
          <UpcomingReminders reminders={data.reminders} today={data.today} />
        </section>
        <section className="section" aria-labelledby="study-heading">
          <h2 id="study-heading">Study hours</h2>
          <StudyHoursChart weeks={data.studyHours} />
        </section>
        <section className="section dashboard-wide" aria-labelledby="ce-heading">
          <h2 id="ce-heading">Continuing-education progress</h2>
          {withCe.length === 0 ? (
            <p className="muted">Credentials renewed with continuing education show their units against the requirement here.</p>
          ) : (
            <div className="ce-cards">
              {withCe.map(({ credential, requirement }) => (
                <CeProgressCard key={credential.id} credential={credential} requirement={requirement} />
              ))}
            </div>
          )}
        </section>
      </div>
    </>
  );
});
