import { Link } from 'react-router';
import type { LadderView } from '../../../../shared/contract/catalog';

export function LadderSection({ ladders, currentId }: { ladders: LadderView[]; currentId: string }) {
  if (ladders.length === 0) return null;
  return (
    <section className="section" aria-labelledby="ladder-heading">
      <h2 id="ladder-heading">Where it fits</h2>
      {ladders.map((ladder) => (
        <div key={ladder.id} className="ladder">
          <h3>{ladder.name}</h3>
          <ol className="ladder-steps">
            {ladder.stepDetails.map((step) => (
              <li key={step.id} className={step.id === currentId ? 'ladder-step current' : 'ladder-step'}>
                {step.id === currentId ? (
                  <span aria-current="page">
                    <strong>{step.acronym}</strong>
                  </span>
                ) : step.inCatalog ? (
                  <Link to={`/catalog/${encodeURIComponent(step.id)}`} title={step.name}>
                    {step.acronym}
                  </Link>
                ) : (
                  <span title="Not in the catalog">{step.acronym}</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
