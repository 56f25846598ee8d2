import type { Readiness } from '../../../../shared/schemas/readiness';
import { Badge } from '../../../components/Badge';
import { TableScroll } from '../../../components/TableScroll';
import { formatDay } from '../../../format/dates';

/** The readiness estimate with its range and evidence; or, with too little evidence, what is missing. */
export function ReadinessCard({ readiness }: { readiness: Readiness }) {
  return (
    <section className="section" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness</h2>
      {!readiness.sufficient ? (
        <p className="callout callout-info" role="status">
          {readiness.reason}
        </p>
      ) : (
        <>
          <p className="readiness-figure">
            <strong>{readiness.estimate}%</strong> <span className="muted">likely between {readiness.low}% and {readiness.high}%</span>{' '}
            {readiness.band ? <Badge tone="info">{readiness.band}</Badge> : null}
          </p>
          {readiness.passMarkPercent !== null && readiness.low !== null && readiness.high !== null ? (
            <p>
              Pass mark {readiness.passMarkPercent}%:{' '}
              {readiness.low >= readiness.passMarkPercent
                ? 'your whole range is above it.'
                : readiness.high < readiness.passMarkPercent
                  ? 'your whole range is below it.'
                  : 'your range includes it, so the outcome is uncertain.'}
            </p>
          ) : null}
        </>
      )}
      {readiness.bandNote ? <p className="field-hint">{readiness.bandNote}</p> : null}
      {readiness.domains.length > 0 ? (
        <TableScroll label="Readiness per domain">
        <table className="data-table compact">
          <caption className="visually-hidden">Readiness per domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col" className="num">Weight</th>
              <th scope="col" className="num">Estimate</th>
              <th scope="col" className="num">Range</th>
              <th scope="col" className="num">Results</th>
              {readiness.bandNote ? <th scope="col">Band (approximation)</th> : null}
            </tr>
          </thead>
          <tbody>
            {readiness.domains.map((d) => (
              <tr key={d.domainId}>
                <th scope="row">{d.name}</th>
                <td className="num">{d.weight}%</td>
                <td className="num">{d.estimate !== null ? `${d.estimate}%` : 'No score yet'}</td>
                <td className="num">{d.low !== null && d.high !== null ? `${d.low}–${d.high}%` : '—'}</td>
                <td className="num">{d.results}</td>
                {readiness.bandNote ? <td>{d.band ?? '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      ) : null}
      {readiness.evidence.length > 0 ? (
        <>
          <h3>Evidence used</h3>
          <ul className="evidence-list">
            {readiness.evidence.map((e) => (
              <li key={e.resultId}>
                {formatDay(e.date)} · {e.source} · total {e.totalPercent}%{' '}
                <span className="muted">(counts for {Math.round(e.weight * 100)}%: older results count less)</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="field-hint">{readiness.method}</p>
    </section>
  );
}
