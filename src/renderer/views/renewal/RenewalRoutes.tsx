import type { RenewalView } from '../../../shared/schemas/renewal';
import { formatFees } from '../../format/labels';

/**
 * What the catalog knows about renewing beside logging units (re-sitting the exam, a membership
 * the route needs) and the renewal fee, so the person sees every way to keep the credential.
 */
export function RenewalRoutes({ view }: { view: RenewalView }) {
  const m = view.maintenance;
  if (!m || m.kind === 'none' || m.kind === 'unknown') return null;
  const fees = m.renewalFees ?? [];
  return (
    <section className="section" aria-labelledby="routes-heading">
      <h2 id="routes-heading">Ways to renew and the fee</h2>
      {m.notes ? <p>{m.notes}</p> : <p className="muted">The catalog lists no other way to renew {view.credential.acronym}.</p>}
      <p>
        <strong>Renewal fee:</strong> {fees.length > 0 ? `${formatFees(fees)}.` : 'not known to Certplan; check with the certifying body (see the note above).'}
      </p>
    </section>
  );
}
