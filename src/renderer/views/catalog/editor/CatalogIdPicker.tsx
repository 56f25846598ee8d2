import { useId } from 'react';

/** Chips for catalog ids plus a select to add one; used for "or hold …" and credential lists. */
export function CatalogIdPicker({
  label,
  ids,
  options,
  onChange,
  error,
}: {
  label: string;
  ids: string[];
  options: ReadonlyArray<{ id: string; acronym: string }>;
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const selectId = useId();
  const nameOf = (id: string) => options.find((o) => o.id === id)?.acronym ?? id;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={selectId}>{label}</label>
      <div className="chips">
        {ids.map((id) => (
          <span key={id} className="chip">
            {nameOf(id)}
            <button type="button" className="icon-button" aria-label={`Remove ${nameOf(id)}`} onClick={() => onChange(ids.filter((x) => x !== id))}>
              ×
            </button>
          </span>
        ))}
        <select
          id={selectId}
          value=""
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${selectId}-error` : undefined}
          onChange={(e) => {
            if (e.target.value) onChange([...ids, e.target.value]);
          }}
        >
          <option value="">Add…</option>
          {options
            .filter((o) => !ids.includes(o.id))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.acronym}
              </option>
            ))}
        </select>
      </div>
      {error ? (
        <p className="field-error" id={`${selectId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
