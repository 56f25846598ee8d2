import { type ReactNode, useId, useState } from 'react';

/**
 * A word that has to stay (a status, a PDU category) with a short explanation shown on hover or
 * keyboard focus, read by screen readers as the word's description, and hidden again by Escape.
 */
export function Term({ explain, children }: { explain: string; children: ReactNode }) {
  const id = useId();
  const [hidden, setHidden] = useState(false);
  return (
    // A tab stop, so keyboard users can reach the explanation too (WCAG 1.4.13).
    <span
      className={`term${hidden ? ' term-hidden' : ''}`}
      tabIndex={0}
      aria-describedby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !hidden) {
          e.stopPropagation();
          setHidden(true);
        }
      }}
      onBlur={() => setHidden(false)}
      onMouseLeave={() => setHidden(false)}
    >
      {children}
      <span role="tooltip" id={id} className="term-tip">
        {explain}
      </span>
    </span>
  );
}
