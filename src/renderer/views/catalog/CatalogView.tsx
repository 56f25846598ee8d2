import { useEffect, useId } from 'react';
import { Link } from 'react-router';
import { CERT_LEVELS } from '../../../shared/schemas/certification';
import { useSlice, useStores } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { LEVEL_LABELS } from '../../format/labels';
import { EMPTY_FILTER } from '../../stores/createCatalogStore';

export function CatalogView() {
  const { catalog } = useStores();
  const filter = useSlice(catalog, (s) => s.filter);
  const list = useSlice(catalog, (s) => s.list);
  const setFilter = useSlice(catalog, (s) => s.setFilter);
  const searchId = useId();

  useEffect(() => {
    void catalog.getState().load();
  }, [catalog]);

  const data = list.data;
  const filtered = filter.query || filter.body || filter.level || filter.origin;

  return (
    <div className="page">
      <PageHeader
        title="Catalog"
        subtitle="Certifications with their prerequisites, exam and renewal rules. Built-in entries come from researched public pages: each fact shows its sources and how sure we are."
        actions={
          <Link className="button button-primary" to="/catalog/new">
            New custom certification
          </Link>
        }
      />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor={searchId}>Search by name or acronym</label>
          <input
            id={searchId}
            type="search"
            value={filter.query}
            placeholder="e.g. PMP, PRINCE2, portfolio"
            onChange={(e) => void setFilter({ query: e.target.value })}
          />
        </div>
        <FilterSelect
          label="Certifying body"
          value={filter.body}
          options={(data?.bodies ?? []).map((b) => ({ value: b, label: b }))}
          allLabel="All bodies"
          onChange={(body) => void setFilter({ body })}
        />
        <FilterSelect
          label="Level"
          value={filter.level}
          options={(data?.levels ?? CERT_LEVELS).map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
          allLabel="All levels"
          onChange={(level) => void setFilter({ level: level as typeof filter.level })}
        />
        <FilterSelect
          label="Origin"
          value={filter.origin}
          options={[
            { value: 'builtin', label: 'Built-in' },
            { value: 'custom', label: 'My custom entries' },
          ]}
          allLabel="All entries"
          onChange={(origin) => void setFilter({ origin: origin as typeof filter.origin })}
        />
      </form>

      {list.status === 'error' ? <ErrorMessage error={list.error} onRetry={() => void catalog.getState().load()} /> : null}
      {!data && list.status === 'loading' ? <Loading label="Loading the catalog…" /> : null}
      {data ? (
        <>
          <p className="result-count" aria-live="polite">
            {filtered ? `Showing ${data.items.length} of ${data.total} certifications` : `${data.total} certifications`}
          </p>
          {data.items.length === 0 ? (
            <EmptyState
              title="No certification matches"
              action={
                <button type="button" className="button" onClick={() => void setFilter(EMPTY_FILTER)}>
                  Clear search and filters
                </button>
              }
            >
              Try another name or acronym, or add it yourself as a custom certification.
            </EmptyState>
          ) : (
            <ul className="card-grid" aria-label="Certifications">
              {data.items.map((item) => (
                <li key={item.id}>
                  <Link to={`/catalog/${encodeURIComponent(item.id)}`} className="card card-link">
                    <div className="card-top">
                      <span className="card-acronym">{item.acronym}</span>
                      <span className="card-badges">
                        {item.tracked ? <Badge tone="info">Tracking</Badge> : null}
                        {item.origin === 'custom' ? <Badge>Custom</Badge> : null}
                      </span>
                    </div>
                    <h2 className="card-title">{item.name}</h2>
                    <p className="card-meta">
                      {item.body} · {LEVEL_LABELS[item.level]}
                    </p>
                    <p className="card-meta">{item.renewal}</p>
                    <FactsAtAGlance unknown={item.unknownFacts} low={item.lowConfidenceFacts} conflicts={item.conflicts} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}

function FilterSelect({
  label,
  value,
  options,
  allLabel,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  allLabel: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * What to notice before trusting an entry: facts left Unknown, facts on weak sources, disagreements.
 * Plain lines, not a list: the card itself is a list item.
 */
function FactsAtAGlance({ unknown, low, conflicts }: { unknown: string[]; low: string[]; conflicts: number }) {
  if (unknown.length === 0 && low.length === 0 && conflicts === 0) return <p className="card-facts card-facts-ok">Every main fact found</p>;
  return (
    <div className="card-facts">
      {unknown.length > 0 ? (
        <p className="card-facts-unknown">
          <span className="card-facts-label">Unknown:</span> {unknown.join(', ')}
        </p>
      ) : null}
      {low.length > 0 ? (
        <p className="card-facts-low">
          <span className="card-facts-label">Low confidence:</span> {low.join(', ')}
        </p>
      ) : null}
      {conflicts > 0 ? (
        <p className="card-facts-conflict">
          <span className="card-facts-label">Sources disagree:</span> {conflicts === 1 ? '1 fact' : `${conflicts} facts`}
        </p>
      ) : null}
    </div>
  );
}
