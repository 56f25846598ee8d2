import type { ReactNode } from 'react';

/** A label and its value; the value may be an `<Unknown />` badge where the catalog is silent. */
export type FactRow = [label: string, value: ReactNode];

/** The catalog detail page's label/value lists (exam, fees, application, renewal), drawn one way. */
export function FactList({ rows }: { rows: readonly FactRow[] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label} className="fact-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
