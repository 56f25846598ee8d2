import type { Certification } from '../../../../shared/schemas/certification';
import { Unknown } from '../../../components/Badge';
import { DomainWeightChart } from '../../../components/charts/DomainWeightChart';
import { formatFees, formatMinutes } from '../../../format/labels';
import { FactNote } from './FactNote';

export function ExamSection({ cert }: { cert: Certification }) {
  const exam = cert.exam;
  const rows: [string, React.ReactNode][] = [
    ['Questions', exam.questions ?? <Unknown />],
    ['Scored questions', exam.scoredQuestions ?? <Unknown />],
    ['Duration', exam.durationMinutes !== null ? formatMinutes(exam.durationMinutes) : <Unknown />],
    ['Format', exam.format ?? <Unknown />],
    ['Delivery', exam.delivery ?? <Unknown />],
    ['Passing', exam.passing ?? (exam.passMarkPercent !== null ? `${exam.passMarkPercent}%` : <Unknown />)],
    ['Exam fee', exam.fees && exam.fees.length ? formatFees(exam.fees) : <Unknown />],
    ['Retake fee', exam.retakeFees && exam.retakeFees.length ? formatFees(exam.retakeFees) : <Unknown />],
  ];
  return (
    <section className="section" aria-labelledby="exam-heading">
      <h2 id="exam-heading">Exam</h2>
      <div className="two-column">
        <div>
          <dl className="facts">
            {rows.map(([label, value]) => (
              <div key={label} className="fact-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <FactNote cert={cert} fact="exam.size" />
          <FactNote cert={cert} fact="exam.format" />
          <FactNote cert={cert} fact="exam.passing" />
          <FactNote cert={cert} fact="exam.fees" />
          {exam.performanceBands.length > 0 ? (
            <p className="muted">Score report bands, best first: {exam.performanceBands.join(' → ')}</p>
          ) : null}
        </div>
        <div>
          <h3>Domain weights</h3>
          {exam.domains.length > 0 ? (
            <DomainWeightChart domains={exam.domains} caption={`${cert.acronym} exam domain weights`} />
          ) : (
            <p>
              <Unknown what="domain weights" />: the research found no published weights.
            </p>
          )}
          <FactNote cert={cert} fact="exam.domains" />
        </div>
      </div>
      {cert.application ? (
        <>
          <h3>Application and attempts</h3>
          <dl className="facts">
            <div className="fact-row">
              <dt>Audit response</dt>
              <dd>{cert.application.auditResponseDays !== null ? `${cert.application.auditResponseDays} days to send documents` : <Unknown />}</dd>
            </div>
            <div className="fact-row">
              <dt>Eligibility period</dt>
              <dd>{cert.application.eligibilityMonths !== null ? `${cert.application.eligibilityMonths} months after approval` : <Unknown />}</dd>
            </div>
            <div className="fact-row">
              <dt>Attempts</dt>
              <dd>{cert.application.attemptsAllowed !== null ? `${cert.application.attemptsAllowed} within the eligibility period` : <Unknown />}</dd>
            </div>
          </dl>
          <FactNote cert={cert} fact="application" />
        </>
      ) : null}
    </section>
  );
}
