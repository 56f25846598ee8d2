import type { ReactNode } from 'react';

/**
 * A table that may be wider than a narrow window scrolls sideways inside this box, its row
 * actions kept in view at the right edge. The box can take focus so the keyboard can scroll it.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence the tab stop.
    <div className="table-scroll" role="region" aria-label={`Table: ${label}`} tabIndex={0}>
      {children}
    </div>
  );
}
