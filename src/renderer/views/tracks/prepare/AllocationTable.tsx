import type { PlanView } from '../../../../shared/schemas/preparation';
import { TableScroll } from '../../../components/TableScroll';
import { Term } from '../../../components/Term';
import { localizeDates } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';

/** How much extra time a domain gets for being weak, in words instead of a factor (1.5 − score / 100). */
function focusWords(weakness: number): string {
  if (weakness >= 1.25) return 'Much more';
  if (weakness >= 1.05) return 'More';
  if (weakness <= 0.75) return 'Much less';
  if (weakness <= 0.95) return 'Less';
  return 'Normal';
}

/** How the study time is split between domains, and why (its weight in the exam and how weak you are in it). */
export function AllocationTable({ plan }: { plan: PlanView }) {
  return (
    <section className="section" aria-labelledby="split-heading">
      <h2 id="split-heading">How study time is split</h2>
      <TableScroll label="Study time per domain">
      <table className="data-table compact">
        <caption className="visually-hidden">Study time per domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col" className="num">Exam weight</th>
            <th scope="col">
              <Term explain="Weaker domains get more time than their exam weight alone gives them: your latest practice score in the domain decides, or your own rating before any practice.">
                Extra focus
              </Term>
            </th>
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
              <td>
                {focusWords(a.weakness)} <span className="muted">({localizeDates(a.weaknessDetail)})</span>
              </td>
              <td className="num">{Math.round(a.share * 1000) / 10}%</td>
              <td className="num">{formatDuration(a.targetMinutes)}</td>
              <td className="num">{formatDuration(a.studiedMinutes)}</td>
              <td className="num">{formatDuration(a.plannedMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
      <p className="field-hint">{plan.formula}</p>
      {plan.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
    </section>
  );
}
