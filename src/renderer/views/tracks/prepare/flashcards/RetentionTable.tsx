import type { Retention } from '../../../../../shared/schemas/flashcards/stats';

/** Recall per exam domain from the review log; its own signal, never mixed into readiness. */
export function RetentionTable({ retention }: { retention: Retention }) {
  const rows = [...retention.domains, retention.overall];
  return (
    <>
      <table className="data-table compact">
        <caption className="visually-hidden">Flashcard recall by domain, last {retention.windowDays} days</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col" className="num">Reviews</th>
            <th scope="col" className="num">Recalled</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d, i) => (
            <tr key={`${d.domainId ?? 'none'}-${i}`} className={i === rows.length - 1 ? 'group-row' : undefined}>
              <th scope="row">{d.name}</th>
              <td className="num">{d.reviews}</td>
              <td className="num">{d.retentionPercent === null ? '—' : `${d.retentionPercent}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{retention.method}</p>
    </>
  );
}
