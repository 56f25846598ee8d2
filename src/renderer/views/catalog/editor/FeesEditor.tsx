import type { Fee } from '../../../../shared/schemas/certification';
import { NumberField, TextField } from '../../../components/fields';

/** A short list of labelled amounts; `null` (unknown) until the first fee is added. */
export function FeesEditor({
  label,
  fees,
  prefix,
  errors,
  onChange,
}: {
  label: string;
  fees: Fee[] | null;
  prefix: string;
  errors: Record<string, string>;
  onChange: (fees: Fee[] | null) => void;
}) {
  const list = fees ?? [];
  const set = (i: number, fee: Fee) => onChange(list.map((f, j) => (j === i ? fee : f)));
  return (
    <div className="fees-editor">
      {/* The editor has no h2/h3 above this (its sections are fieldsets), so h2 keeps the heading order. */}
      <h2 className="fees-editor-title">{label}</h2>
      {list.length === 0 ? <p className="muted">Unknown</p> : null}
      {list.map((fee, i) => (
        <div key={i} className="form-grid fee-row">
          <TextField label="Fee label" value={fee.label} error={errors[`${prefix}.${i}.label`]} onChange={(v) => set(i, { ...fee, label: v })} />
          <NumberField label="Amount" value={fee.amount} error={errors[`${prefix}.${i}.amount`]} onChange={(v) => set(i, { ...fee, amount: v ?? Number.NaN })} />
          <TextField label="Currency" value={fee.currency} error={errors[`${prefix}.${i}.currency`]} onChange={(v) => set(i, { ...fee, currency: v.toUpperCase() })} />
          <button type="button" className="button button-small" onClick={() => onChange(list.length === 1 ? null : list.filter((_, j) => j !== i))}>
            Remove fee
          </button>
        </div>
      ))}
      <button type="button" className="button button-small" onClick={() => onChange([...list, { label: 'Standard', amount: 0, currency: 'USD' }])}>
        + Add fee
      </button>
    </div>
  );
}
