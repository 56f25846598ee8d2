import { type ReactNode, useState } from 'react';

/**
 * A word that has to stay (a status, a PDU category) with a short explanation: shown beside it on
 * hover or keyboard focus, hidden again by Escape, and given to screen readers as the word's
 * description. The explanation is drawn only while shown, so it never mixes into the text around.
 */
export function Term({ explain, children }: { explain: string; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  return (
    // A tab stop, so keyboard users can reach the explanation too (WCAG 1.4.13).
    <span
      className="term"
      tabIndex={0}
      aria-description={explain}
      onFocus={() => setShown(true)}
      onBlur={() => setShown(false)}
      onMouseEnter={() => setShown(true)}
      onMouseLeave={() => setShown(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && shown) {
          e.stopPropagation();
          setShown(false);
        }
      }}
    >
      {children}
      {shown ? (
        <span className="term-tip" aria-hidden="true">
          {explain}
        </span>
      ) : null}
    </span>
  );
}
