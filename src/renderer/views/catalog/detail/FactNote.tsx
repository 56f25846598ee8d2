import { type Certification, type FactRef, SOURCE_KIND_LABELS } from '../../../../shared/schemas/certification';
import { ConfidenceBadge } from '../../../components/Badge';

/**
 * Where one fact comes from, in words: how sure the catalog is, which sources say so (each named,
 * with whether it is the body's own page or a third party), and where sources disagree, what
 * each says. Custom entries carry no provenance: they are the person's own numbers.
 */
export function FactNote({ cert, fact, fallback }: { cert: Certification; fact: FactRef; fallback?: FactRef }) {
  if (cert.origin === 'custom') return null;
  const info = cert.facts[fact] ?? (fallback ? cert.facts[fallback] : undefined);
  if (!info) return null;
  const cited = info.sourceIds.flatMap((id) => {
    const index = cert.sources.findIndex((s) => s.id === id);
    const source = cert.sources[index];
    return source ? [{ id, index, source }] : [];
  });
  return (
    <div className="fact-note" data-fact={fact}>
      <p className="fact-note-line">
        <span className="fact-note-label">How sure:</span> <ConfidenceBadge confidence={info.confidence} />
        {info.note ? <span className="fact-note-text"> {info.note}</span> : null}
      </p>
      <p className="fact-note-line fact-note-sources">
        <span className="fact-note-label">{cited.length === 1 ? 'Source:' : 'Sources:'}</span>{' '}
        {cited.length === 0 ? (
          <span className="muted">none found</span>
        ) : (
          cited.map(({ id, index, source }, i) => (
            <span key={id}>
              {i > 0 ? '; ' : ''}
              <a href={`#source-${id}`} className="source-ref">
                [{index + 1}] {source.title}
              </a>{' '}
              <span className={`source-kind source-kind-${source.kind}`}>({SOURCE_KIND_LABELS[source.kind]})</span>
            </span>
          ))
        )}
      </p>
      {info.conflict ? (
        <p className="fact-conflict" role="note">
          <strong>Sources disagree:</strong> {info.conflict}
        </p>
      ) : null}
    </div>
  );
}
