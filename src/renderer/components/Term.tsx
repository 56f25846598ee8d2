import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

const TIP_WIDTH = 320;

/**
 * A word that has to stay (a status, a PDU category) with a short explanation: shown beside it on
 * hover or keyboard focus, hidden again by Escape (or scrolling), and given to screen readers as
 * the word's description. The visible tip is drawn outside the surrounding text (in a layer of its
 * own), so it never mixes into what the word is part of.
 */
export function Term({ explain, children }: { explain: string; children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const show = () => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setAt({ top: box.bottom + 6, left: Math.max(8, Math.min(box.left, window.innerWidth - Math.min(TIP_WIDTH, window.innerWidth - 16) - 8)) });
  };
  const hide = () => setAt(null);
  useEffect(() => {
    if (!at) return undefined;
    window.addEventListener('scroll', hide, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', hide, { capture: true });
  }, [at]);
  return (
    // A tab stop, so keyboard users can reach the explanation too (WCAG 1.4.13).
    <span
      ref={ref}
      className="term"
      tabIndex={0}
      aria-description={explain}
      onFocus={show}
      onBlur={hide}
      onMouseEnter={show}
      onMouseLeave={hide}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && at) {
          e.stopPropagation();
          hide();
        }
      }}
    >
      {children}
      {at
        ? createPortal(
            <span className="term-tip" aria-hidden="true" style={{ top: at.top, left: at.left }}>
              {explain}
            </span>,
            document.body,
          )
        : null}
    </span>
  );
}
