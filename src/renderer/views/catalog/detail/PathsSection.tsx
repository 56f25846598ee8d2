import type { Certification, Requirement } from '../../../../shared/schemas/certification';
import { describeRequirement, pluralize } from '../../../../shared/rulesWording';
import { FactNote } from './FactNote';

export function PathsSection({ cert, nameOf }: { cert: Certification; nameOf: (id: string) => string }) {
  const open = cert.paths.length === 0 || cert.paths.every((p) => p.requirements.length === 0);
  return (
    <section className="section" aria-labelledby="prereq-heading">
      <h2 id="prereq-heading">Prerequisites</h2>
      <FactNote cert={cert} fact="paths" />
      {open ? (
        <p>No prerequisites: anyone may sit the exam.</p>
      ) : (
        <>
          {cert.paths.length > 1 ? (
            <p className="section-lead">
              {pluralize(cert.paths.length, 'path')} — meet <strong>every</strong> requirement of <strong>any one</strong> path.
            </p>
          ) : null}
          <div className="path-grid">
            {cert.paths.map((path, i) => (
              <article key={path.id} className="path-card" aria-labelledby={`path-${path.id}`}>
                <h3 id={`path-${path.id}`}>
                  {cert.paths.length > 1 ? <span className="path-index">Path {String.fromCharCode(65 + i)}</span> : null}
                  {path.name}
                </h3>
                <ul className="requirement-list">
                  {path.requirements.map((req) => (
                    <li key={req.id} className={`requirement requirement-${req.kind}`}>
                      <span className="requirement-kind">{KIND_LABELS[req.kind]}</span>
                      <span>{describeRequirement(req, nameOf)}</span>
                    </li>
                  ))}
                </ul>
                <FactNote cert={cert} fact={`path:${path.id}`} />
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

const KIND_LABELS: Record<Requirement['kind'], string> = {
  education: 'Education',
  experience: 'Experience',
  training: 'Training',
  credential: 'Credential',
  check: 'Check',
};
