import { useId, useState } from 'react';
import type { AreaOption } from '../../../../shared/schemas/records';

/**
 * The areas an entry counts as: the areas the open tracks read (and those already used) as
 * checkboxes, plus free text for any other. A requirement counts only entries tagged with its area.
 */
export function AreaPicker({
  options,
  value,
  onChange,
  error,
}: {
  options: readonly AreaOption[];
  value: readonly string[];
  onChange: (areas: string[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const [other, setOther] = useState('');
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const isOn = (area: string) => value.some((v) => same(v, area));
  const extra = value.filter((v) => !options.some((o) => same(o.area, v)));
  const all: AreaOption[] = [...options, ...extra.map((area) => ({ area, tracks: [] }))];

  const toggle = (area: string, on: boolean) => onChange(on ? [...value, area] : value.filter((v) => !same(v, area)));
  const addOther = () => {
    const area = other.trim().replace(/\s+/g, ' ');
    if (!area) return;
    if (!isOn(area)) onChange([...value, area]);
    setOther('');
  };

  return (
    <fieldset className={`subform area-picker${error ? ' field-invalid' : ''}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>Counts as</legend>
      <p className="field-hint" id={`${id}-hint`}>
        Tick the kinds of work this entry is. A certification counts only entries tagged with the area its rule names.
      </p>
      {all.length === 0 ? <p className="muted">Track a certification to see the areas it reads, or type one below.</p> : null}
      <div className="checkbox-grid">
        {all.map((o) => (
          <label key={o.area} className="checkbox-option">
            <input type="checkbox" checked={isOn(o.area)} onChange={(e) => toggle(o.area, e.target.checked)} />
            <span>
              {o.area}
              {o.tracks.length ? <span className="muted"> ({o.tracks.join(', ')})</span> : null}
            </span>
          </label>
        ))}
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-other`}>Another area</label>
        <input
          id={`${id}-other`}
          type="text"
          value={other}
          maxLength={80}
          onChange={(e) => setOther(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the area instead of submitting the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              addOther();
            }
          }}
        />
        <button type="button" className="button button-small" onClick={addOther}>
          Add area
        </button>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
