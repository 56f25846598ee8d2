import type { ReactNode } from 'react';
import { type Certification, type FactRef, SOURCE_KIND_LABELS } from '../../../../shared/schemas/certification';
import { ConfidenceBadge } from '../../../components/Badge';

/** What each note is about, so a row of notes never reads as an unlabeled stack of badges. */
const FACT_LABELS: Record<string, string> = {
  overview: 'Overview',
  paths: 'Prerequisites',
  'exam.outlines': 'When the exam changes',
  'exam.size': 'Size and time',
  'exam.format': 'Item types',
  'exam.domains': 'Domain weights',
  'exam.passing': 'Passing',
  'exam.fees': 'Fees',
  'exam.retakes': 'Retakes',
  application: 'Eligibility period and attempts',
  'application.audit': 'Audit',
  maintenance: 'Renewal',
  'maintenance.categories': 'Categories and caps',
  'maintenance.carryOver': 'Carry-over',
  'maintenance.records': 'Record keeping',
  'maintenance.fees': 'Renewal fee',
};

const labelOf = (fact: FactRef): string => FACT_LABELS[fact] ?? (fact.startsWith('outline:') ? 'This outline' : fact.startsWith('path:') ? 'This path' : fact);

/**
 * Where one fact comes from, in words: what it is about, how sure the catalog is, which sources
 * say so (each named, with whether it is the body's own page or a third party), and where sources
 * disagree, what each says. Source ids in the research's wording become the source's number.
 * Custom entries carry no provenance: they are the person's own numbers.
 */
export function FactNote({ cert, fact, fallback }: { cert: Certification; fact: FactRef; fallback?: FactRef }) {
  if (cert.origin === 'custom') return null;
  const key = cert.facts[fact] ? fact : fallback;
  const info = key ? cert.facts[key] : undefined;
  if (!info || !key) return null;
  const numberOf = new Map(cert.sources.map((s, i) => [s.id, i + 1]));
  const cited = info.sourceIds.flatMap((id) => {
    const source = cert.sources.find((s) => s.id === id);
    return source ? [{ id, index: numberOf.get(id) ?? 0, source }] : [];
  });
  return (
    <div className="fact-note" data-fact={fact}>
      <p className="fact-note-line">
        <span className="fact-note-about">{labelOf(key)}</span> <span className="fact-note-label">How sure:</span> <ConfidenceBadge confidence={info.confidence} />
        {info.note ? <span className="fact-note-text"> {withSourceNumbers(info.note, numberOf)}</span> : null}
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
                [{index}] {source.title}
              </a>{' '}
              <span className="source-kind">({SOURCE_KIND_LABELS[source.kind]})</span>
            </span>
          ))
        )}
      </p>
      {info.conflict ? (
        <p className="fact-conflict" role="note">
          <strong>Sources disagree:</strong> {withSourceNumbers(info.conflict, numberOf)}
        </p>
      ) : null}
    </div>
  );
}

/** "… (masterofproject-2026, pmpwithray-2026)" → "… ([8], [9])", each a link to the source. */
function withSourceNumbers(text: string, numberOf: ReadonlyMap<string, number>): ReactNode[] {
  const ids = [...numberOf.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (ids.length === 0) return [text];
  const pattern = new RegExp(`\\b(${ids.join('|')})\\b`, 'g');
  return text.split(pattern).map((part, i) => {
    const n = numberOf.get(part);
    return n === undefined ? (
      part
    ) : (
      <a key={i} href={`#source-${part}`} className="source-ref">
        [{n}]
      </a>
    );
  });
}
