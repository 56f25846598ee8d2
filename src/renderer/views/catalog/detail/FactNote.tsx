import type { Certification, FactKey } from '../../../../shared/schemas/certification';
import { ConfidenceBadge } from '../../../components/Badge';

/**
 * How sure the catalog is about one section, why, and which sources say so. Custom entries carry
 * no provenance: they are the person's own numbers.
 */
export function FactNote({ cert, fact }: { cert: Certification; fact: FactKey }) {
  if (cert.origin === 'custom') return null;
  const info = cert.facts[fact];
  if (!info) return null;
  return (
    <div className="fact-note" data-fact={fact}>
      <ConfidenceBadge confidence={info.confidence} />
      {info.note ? <span className="fact-note-text">{info.note}</span> : null}
      {info.sourceIds.length > 0 ? (
        <span className="fact-note-sources">
          Sources:{' '}
          {info.sourceIds.map((id) => {
            const index = cert.sources.findIndex((s) => s.id === id);
            return index < 0 ? null : (
              <a key={id} href={`#source-${id}`} className="source-ref" title={cert.sources[index]?.title}>
                [{index + 1}]
              </a>
            );
          })}
        </span>
      ) : null}
    </div>
  );
}
