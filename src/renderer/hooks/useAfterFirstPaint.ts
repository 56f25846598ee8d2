import { useEffect, useState } from 'react';

/**
 * False on the first render and until the browser has painted it and has a moment to spare,
 * then true: lets a screen show its text at once and draw something costly (a chart) when the
 * page is idle, instead of holding the whole screen back for it — or holding back the next
 * screen, when the person moves on at once (leaving cancels it).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; what it queues runs after it.
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => setPainted(true), { timeout: 500 });
      else timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
