import type { Certification, ExamOutline } from '../../../../shared/schemas/certification';
import { FactList, type FactRow } from './FactList';
import { compareDomainWeights, describeOutlineDates, describeWeightChanges, examOutlineInForce } from '../../../../shared/examOutlines';
import { useSlice, useStores } from '../../../app/AppContext';
import { Badge, Unknown } from '../../../components/Badge';
import { DomainWeightChart } from '../../../components/charts/lazyCharts';
import { formatFees, formatMinutes } from '../../../format/labels';
import { FactNote } from './FactNote';
import { ApplicationFacts } from './ApplicationFacts';

/**
 * The exam: each outline with the dates it applies (the one in force today marked), its size,
 * time, breaks, item types and weights, each with its own provenance; then what does not depend
 * on the outline (delivery, passing, fees, retakes) and the application rules.
 */
export function ExamSection({ cert }: { cert: Certification }) {
  const { appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? null);
  const exam = cert.exam;
  const current = today ? examOutlineInForce(exam.outlines, today) : null;
  const rows: FactRow[] = [
    ['Delivery', exam.delivery ?? <Unknown />],
    ['Passing', exam.passing ?? (exam.passMarkPercent !== null ? `${exam.passMarkPercent}%` : <Unknown />)],
    ['Exam fee', exam.fees && exam.fees.length ? formatFees(exam.fees) : <Unknown />],
    ['Retake fee', exam.retakeFees && exam.retakeFees.length ? formatFees(exam.retakeFees) : <Unknown />],
    ['Retakes', exam.retakes?.notes ?? <Unknown />],
  ];
  return (
    <section className="section" aria-labelledby="exam-heading">
      <h2 id="exam-heading">Exam</h2>
      {exam.outlines.length > 1 ? (
        <>
          <p className="section-lead">
            The exam changes on a date. A track follows the outline in force on its exam date (or target date).
          </p>
          <OutlineSwitches outlines={exam.outlines} />
          <FactNote cert={cert} fact="exam.outlines" />
        </>
      ) : null}
      {exam.outlines.length === 0 ? (
        <>
          <p>
            <Unknown what="exam outline" />: the size, time and domain weights were not found. If you track it, you can fill them in on the track.
          </p>
          <FactNote cert={cert} fact="exam.outlines" />
        </>
      ) : null}
      {exam.outlines.map((outline) => (
        <OutlineCard key={outline.id} cert={cert} outline={outline} inForce={exam.outlines.length > 1 && current?.id === outline.id} />
      ))}
      <h3>Fees and retakes</h3>
      <FactList rows={rows} />
      <FactNote cert={cert} fact="exam.passing" />
      <FactNote cert={cert} fact="exam.fees" />
      <FactNote cert={cert} fact="exam.retakes" />
      {exam.performanceBands.length > 0 ? <p className="muted">Score report bands, best first: {exam.performanceBands.join(' → ')}</p> : null}
      <ApplicationFacts cert={cert} />
    </section>
  );
}

/** "From 9 Jul 2026: Business Environment rises from 8% to 26%, …" between consecutive outlines. */
function OutlineSwitches({ outlines }: { outlines: readonly ExamOutline[] }) {
  const lines = outlines.slice(1).flatMap((next, i) => {
    const previous = outlines[i];
    if (!previous) return [];
    const weights = describeWeightChanges(compareDomainWeights(previous.domains, next.domains));
    const size = previous.questions !== next.questions || previous.durationMinutes !== next.durationMinutes
      ? `${previous.questions ?? '?'} → ${next.questions ?? '?'} questions, ${previous.durationMinutes ?? '?'} → ${next.durationMinutes ?? '?'} minutes`
      : null;
    const what = [size, weights].filter(Boolean).join('; ');
    return [`${describeOutlineDates(next) ?? next.name}: the ${next.name} replaces the ${previous.name}${what ? ` — ${what}` : ''}.`];
  });
  return lines.length ? (
    <ul className="outline-switches">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : null;
}

function OutlineCard({ cert, outline, inForce }: { cert: Certification; outline: ExamOutline; inForce: boolean }) {
  const dates = describeOutlineDates(outline);
  const rows: FactRow[] = [
    ['Questions', outline.questions ?? <Unknown />],
    ['Scored questions', outline.scoredQuestions ?? <Unknown />],
    ['Duration', outline.durationMinutes !== null ? formatMinutes(outline.durationMinutes) : <Unknown />],
    ['Breaks', outline.breaks ?? <Unknown />],
    ['Item types', outline.format ?? <Unknown />],
  ];
  const headingId = `outline-${outline.id}`;
  return (
    <article className="outline-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {capitalise(outline.name)} {dates ? <span className="muted">({dates})</span> : null} {inForce ? <Badge tone="info">In force today</Badge> : null}
      </h3>
      <div className="two-column">
        <div>
          <FactList rows={rows} />
          <FactNote cert={cert} fact={`outline:${outline.id}`} fallback="exam.size" />
        </div>
        <div>
          <h4>Domain weights</h4>
          {outline.domains.length > 0 ? (
            <DomainWeightChart domains={outline.domains} caption={`${cert.acronym} domain weights, ${outline.name}`} />
          ) : (
            <p>
              <Unknown what="domain weights" />: none were found.
            </p>
          )}
        </div>
      </div>
    </article>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
