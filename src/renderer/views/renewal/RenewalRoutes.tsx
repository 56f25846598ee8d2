import type { RenewalRouteKind } from '../../../shared/schemas/certification';
import type { RenewalView } from '../../../shared/schemas/renewal';
import { formatFees } from '../../format/labels';

const ROUTE_LABELS: Record<RenewalRouteKind, string> = {
  'retake-exam': 'Retake the exam',
  'another-exam-in-suite': 'Another exam of the suite',
  'higher-certification': 'A higher certification',
  'new-course': 'A new course',
  'single-activity': 'One qualifying activity',
  maintain: 'Maintain for a shorter time',
};

/**
 * The ways to renew beside logging units, from the catalog's structured routes (never read out of
 * its notes), and the renewal fee. Where the catalog's notes do not say, the section says Unknown.
 */
export function RenewalRoutes({ view }: { view: RenewalView }) {
  const m = view.maintenance;
  if (!m || m.kind === 'none' || m.kind === 'unknown') return null;
  const fees = m.renewalFees ?? [];
  const routes = view.otherRoutes;
  const acronym = view.credential.acronym;
  return (
    <section className="section" aria-labelledby="routes-heading" data-testid="renewal-routes">
      <h2 id="routes-heading">Other ways to renew and the fee</h2>
      {routes === null ? (
        <p>
          <strong>Unknown:</strong> the research notes behind Certplan’s catalog do not say whether {acronym} can be renewed other than {m.kind === 'continuing-education' ? 'by earning units' : 'as above'}. Check with the certifying body.
        </p>
      ) : routes.length === 0 ? (
        <p>The catalog knows no other way to renew {acronym}.</p>
      ) : (
        <ul className="plain-list routes-list">
          {routes.map((r) => (
            <li key={`${r.kind}:${r.description}`}>
              <strong>{ROUTE_LABELS[r.kind]}:</strong> {r.description}.{r.condition ? <span className="cell-note">{r.condition}.</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>Renewal fee:</strong> {fees.length > 0 ? `${formatFees(fees)}.` : 'Unknown to Certplan; check with the certifying body.'}
      </p>
    </section>
  );
}
