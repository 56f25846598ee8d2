import { type RefObject, useEffect } from 'react';

/** A form that opens in place (or from a link elsewhere) takes the keyboard and the eye. */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [ref]);
}
