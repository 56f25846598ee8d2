import type { PlanView } from '../../../../shared/schemas/preparation';
import { formatDuration } from '../../../format/duration';

const SOURCE_LABELS = { practice: 'practice score', 'self-rating': 'self-rating', default: 'no data yet' } as const;

/** How the study time is split between domains, and why (weight × weakness). */
export function AllocationTable({ plan }: { plan: PlanView }) {
  return (
    <section className="section" aria-labelledby="split-heading">
      <h2 id="split-heading">How study time is split</h2>
      <table className="data-table compact">
        <caption className="visually-hidden">Study time per domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col" className="num">Exam weight</th>
            <th scope="col" className="num">Weakness</th>
            <th scope="col" className="num">Share of study time</th>
            <th scope="col" className="num">Target</th>
            <th scope="col" className="num">Studied</th>
            <th scope="col" className="num">Planned from today</th>
          </tr>
        </thead>
        <tbody>
          {plan.allocation.map((a) => (
            <tr key={a.domainId}>
              <th scope="row">{a.name}</th>
              <td className="num">{a.weight}%</td>
              <td className="num" title={a.weaknessDetail}>
                {a.weakness.toFixed(2)} <span className="muted">({SOURCE_LABELS[a.weaknessSource]})</span>
              </td>
              <td className="num">{Math.round(a.share * 1000) / 10}%</td>
              <td className="num">{formatDuration(a.targetMinutes)}</td>
              <td className="num">{formatDuration(a.studiedMinutes)}</td>
              <td className="num">{formatDuration(a.plannedMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{plan.formula}</p>
      {plan.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
    </section>
  );
}
