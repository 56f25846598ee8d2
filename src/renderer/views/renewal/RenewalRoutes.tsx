import type { RenewalView } from '../../../shared/schemas/renewal';

/** What the catalog knows about renewing beyond continuing education: other routes and the fee. */
export function RenewalRoutes({ view }: { view: RenewalView }) {
  const m = view.maintenance;
  if (!m || m.kind === 'none' || m.kind === 'unknown') return null;
  const fees = m.renewalFees ?? [];
  return (
    <section className="section" aria-labelledby="routes-heading">
      <h2 id="routes-heading">Ways to renew and the fee</h2>
      {m.notes ? <p>{m.notes}</p> : <p className="muted">The catalog lists no other way to renew {view.credential.acronym}.</p>}
      <dl className="facts">
        <div className="fact-row">
          <dt>Renewal fee</dt>
          <dd>
            {fees.length === 0 ? (
              'Unknown: check with the certifying body'
            ) : (
              <ul className="plain-list">
                {fees.map((f) => (
                  <li key={f.label}>
                    {f.label}: {f.amount} {f.currency}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
