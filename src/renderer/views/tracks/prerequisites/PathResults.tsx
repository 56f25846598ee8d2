import type { Eligibility, PathResult, Projection } from '../../../../shared/schemas/eligibility';
import { Badge } from '../../../components/Badge';
import { formatMonthLong } from '../../../format/months';

const KIND_LABELS = { education: 'Education', experience: 'Experience', training: 'Training', credential: 'Credential', check: 'Check' } as const;

export function describeProjection(projection: Projection): string | null {
  switch (projection.kind) {
    case 'met':
      return null;
    case 'by-time':
      return `Projected: met from ${formatMonthLong(projection.month)} if your ongoing work continues.`;
    case 'not-by-time':
      return `Cannot be reached by time alone: ${projection.reasons.join('; ')}.${
        projection.experienceMonth ? ` The experience alone would be met from ${formatMonthLong(projection.experienceMonth)}.` : ''
      }`;
  }
}

/** The headline: eligible through which path, or how close and what is missing. */
export function ResultSummary({ eligibility, acronym }: { eligibility: Eligibility; acronym: string }) {
  const best = eligibility.paths.find((p) => p.best);
  if (eligibility.noPrerequisites) {
    return (
      <div className="callout callout-info" role="status">
        <p>{acronym} lists no prerequisites: anyone may sit the exam.</p>
      </div>
    );
  }
  if (!best) return null;
  if (best.met) {
    return (
      <div className="callout callout-success" role="status" data-testid="eligibility-result">
        <p>
          <strong>Eligible</strong> — you meet {acronym}’s prerequisites through the <strong>{best.name}</strong> path.
        </p>
      </div>
    );
  }
  const projection = describeProjection(best.projection);
  return (
    <div className="callout callout-warning" role="status" data-testid="eligibility-result">
      <p>
        <strong>Not eligible yet.</strong> Closest: the <strong>{best.name}</strong> path — missing {best.missing.join('; ')}.
        {projection ? ` ${projection}` : ''}
      </p>
    </div>
  );
}

/** Every path side by side: met or not, each requirement's have vs need, the best one marked. */
export function PathResults({ paths }: { paths: readonly PathResult[] }) {
  return (
    <div className="path-grid">
      {paths.map((path) => (
        <article key={path.pathId} className={`path-card path-result${path.best ? ' path-best' : ''}`} aria-labelledby={`result-${path.pathId}`}>
          <h3 id={`result-${path.pathId}`}>
            {path.name}{' '}
            <span className="path-badges">
              <Badge tone={path.met ? 'success' : 'warning'}>{path.met ? 'Met' : 'Not met'}</Badge>
              {path.best ? <Badge tone="info">{path.met ? 'Best path' : 'Closest path'}</Badge> : null}
            </span>
          </h3>
          <ul className="requirement-list">
            {path.requirements.map((r) => (
              <li key={r.requirementId} className={`requirement requirement-result${r.met ? ' is-met' : ''}`}>
                <span className="requirement-kind">
                  <span aria-hidden="true">{r.met ? '✓ ' : '○ '}</span>
                  {KIND_LABELS[r.kind]}
                  <span className="visually-hidden">{r.met ? ' (met)' : ' (not met)'}</span>
                </span>
                <span>{r.label}</span>
                <span className="requirement-have">{r.summary}</span>
                {r.missing ? <span className="requirement-missing">Missing: {r.missing}</span> : null}
              </li>
            ))}
          </ul>
          {describeProjection(path.projection) ? <p className="projection">{describeProjection(path.projection)}</p> : null}
        </article>
      ))}
    </div>
  );
}
