import type { PathResult, Projection } from '../../../../shared/schemas/eligibility';
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
