import type { KeyboardEvent } from 'react';

/**
 * Escape closes an inline editor, as it closes a dialog. A kept draft stays (see useDraft), so a
 * stray key press loses nothing. Escape meant for something inside (an open list) is left alone.
 */
export function closeOnEscape(close: (() => void) | undefined) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (!close || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
}
