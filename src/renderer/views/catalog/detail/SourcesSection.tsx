import type { Certification } from '../../../../shared/schemas/certification';
import { Badge } from '../../../components/Badge';
import { formatDay } from '../../../format/dates';

export function SourcesSection({ cert }: { cert: Certification }) {
  return (
    <section className="section" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      {cert.origin === 'custom' ? (
        <p className="muted">
          A custom entry: its numbers are your own{cert.copiedFrom ? `, copied from ${cert.copiedFrom} and then edited` : ''}.
        </p>
      ) : (
        <p className="muted">
          Read from archived copies of public pages. Check the official page before relying on a figure marked medium or low confidence.
        </p>
      )}
      {cert.sources.length > 0 ? (
        <ol className="source-list">
          {cert.sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.title}
              </a>{' '}
              {source.official ? <Badge tone="success">Official</Badge> : <Badge>Third party</Badge>}
              <span className="source-meta">
                {source.pageDate ? `Page dated ${formatDay(source.pageDate)} · ` : 'Undated page · '}
                checked {formatDay(source.checkedOn)}
              </span>
              <span className="source-url">{source.url}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
