import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

const WAIT_STEP_MS = 50;
const WAIT_MAX_STEPS = 80;

/**
 * After every change of page, the keyboard lands on the page's main heading (not on <body>, 8 Tab
 * presses away) and screen readers hear where they are; the window title follows. A page still
 * loading is waited for. Focus a form took on purpose (a form opened from a link) is left alone.
 * Changes of a sub-section inside a page (`?section=`) are announced without moving focus.
 */
export function useRouteFocus(): string {
  const location = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const firstPath = useRef(true);
  const lastPath = useRef(location.pathname);

  useEffect(() => {
    const pathChanged = lastPath.current !== location.pathname;
    lastPath.current = location.pathname;
    const initial = firstPath.current;
    firstPath.current = false;
    let cancelled = false;
    let steps = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      if (cancelled) return;
      const main = document.getElementById('main');
      const heading = main?.querySelector<HTMLElement>('h1') ?? null;
      const loading = main?.querySelector('.loading') ?? null;
      if ((!heading || loading) && steps++ < WAIT_MAX_STEPS) {
        timer = setTimeout(settle, WAIT_STEP_MS);
        return;
      }
      if (!heading) return;
      const title = heading.textContent?.trim() ?? '';
      const section = main?.querySelector('[aria-current="page"].tab, [aria-current="page"].subnav-link')?.textContent?.trim();
      document.title = title ? `${title} – Certplan` : 'Certplan';
      if (initial) return;
      if (pathChanged) {
        const active = document.activeElement;
        const chosenInside = active instanceof HTMLElement && active !== main && main?.contains(active);
        if (!chosenInside) {
          if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
          heading.focus({ preventScroll: true });
          window.scrollTo({ top: 0 });
        }
      }
      const said = pathChanged ? [title, section].filter(Boolean).join(', ') : (section ?? '');
      if (!said) return;
      // Cleared first, so the same words twice in a row are still read out.
      setAnnouncement('');
      timer = setTimeout(() => !cancelled && setAnnouncement(said), WAIT_STEP_MS);
    };
    timer = setTimeout(settle, 0);
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [location.pathname, location.search]);

  return announcement;
}
