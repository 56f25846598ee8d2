import { type Certification, RESEARCH_READ_IN, SOURCE_KIND_LABELS, type SourceKind } from '../../../../shared/schemas/certification';
import { Badge } from '../../../components/Badge';
import { formatDay } from '../../../format/dates';

const KIND_TONE: Record<SourceKind, 'success' | 'info' | 'neutral'> = {
  official: 'success',
  'official-old': 'info',
  'official-copy': 'info',
  'third-party': 'neutral',
};

export function SourcesSection({ cert }: { cert: Certification }) {
  return (
    <section className="section" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      {cert.origin === 'custom' ? (
        <p className="muted">A custom entry: its numbers are your own{cert.copiedFrom ? `, copied from ${cert.copiedFrom} and then edited` : ''}.</p>
      ) : (
        <p className="muted">
          From sources read in {RESEARCH_READ_IN} for Certplan’s research, mostly from stored copies whose capture dates are unknown: this is not a live
          check. Check the body’s own page before relying on a figure marked medium or low.
        </p>
      )}
      {cert.sources.length > 0 ? (
        <ol className="source-list">
          {cert.sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.title}
                </a>
              ) : (
                <span>{source.title}</span>
              )}{' '}
              <Badge tone={KIND_TONE[source.kind]}>{SOURCE_KIND_LABELS[source.kind]}</Badge>
              <span className="source-meta">
                {source.pageDate ? `Page dated ${formatDay(source.pageDate)}` : 'Undated page'}
                {source.readIn ? ` · read in ${source.readIn}` : ''}
              </span>
              {source.note ? <span className="source-note">{source.note}</span> : null}
              {source.url ? <span className="source-url">{source.url}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
