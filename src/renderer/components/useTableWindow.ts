import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useState } from 'react';

/** Up to this many rows a table renders them all (finding a row with the browser's search works). */
export const WINDOWED_FROM_ROWS = 200;

export interface TableWindow {
  /** Put on the table's <tbody> (or the list) as its ref: where the rows start on the page. */
  attachBody: (body: HTMLElement | null) => void;
  /** Which rows to render now, in order. */
  indexes: number[];
  /** Height of the rows left out above and below the rendered ones (spacer rows fill it). */
  before: number;
  after: number;
  /** Ref for each rendered row (with `data-index`), so rows of any height are measured. */
  measure: (row: HTMLElement | null) => void;
  /** Whether rows are being left out; when so, the table says its full size with aria-rowcount. */
  windowed: boolean;
  /** For the <table>: its full size (rows plus the header row) while rows are left out. */
  rowCount: number | undefined;
  /** For each rendered row: its index for measuring and, while windowed, its place in the table (after one header row). */
  rowProps: (index: number) => { 'data-index': number; ref: (row: HTMLElement | null) => void; 'aria-rowindex': number | undefined };
}

const noMeasure = () => undefined;

/**
 * Renders only the rows of a long table near the viewport (@tanstack/react-virtual, scrolling
 * with the page, so there is no scroll box within the page): 20,000 study sessions cost what
 * 40 do. Short tables render whole.
 */
export function useTableWindow(count: number, estimateRowPx = 45, gapPx = 0): TableWindow {
  const [body, attachBody] = useState<HTMLElement | null>(null);
  const windowed = count > WINDOWED_FROM_ROWS;
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page moves when what is above them changes size (a form opens,
  // a notice shows): re-read whenever the page's size changes.
  useLayoutEffect(() => {
    if (!body || !windowed) return;
    const read = () => setScrollMargin(Math.round(body.getBoundingClientRect().top + window.scrollY));
    read();
    const observer = new ResizeObserver(read);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [body, windowed]);
  useKeepFocusInside(body, windowed);
  const virtualizer = useWindowVirtualizer({
    count: windowed ? count : 0,
    estimateSize: () => estimateRowPx,
    overscan: 10,
    gap: gapPx,
    scrollMargin,
    enabled: windowed,
  });
  const rowProps = (index: number) => ({ 'data-index': index, ref: windowed ? virtualizer.measureElement : noMeasure, 'aria-rowindex': windowed ? index + 2 : undefined });
  const rowCount = windowed ? count + 1 : undefined;
  if (!windowed) return { attachBody, indexes: Array.from({ length: count }, (_, i) => i), before: 0, after: 0, measure: noMeasure, windowed, rowCount, rowProps };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    attachBody,
    indexes: items.map((item) => item.index),
    before: first ? first.start - scrollMargin : 0,
    after: last ? Math.max(virtualizer.getTotalSize() - (last.end - scrollMargin), 0) : 0,
    measure: virtualizer.measureElement,
    windowed,
    rowCount,
    rowProps,
  };
}

/**
 * When the row holding the focus scrolls out of the window it leaves the page, and the focus
 * would fall to the document's body (a screen reader starts over at the top). Instead it goes to
 * the table's scroll box (or the list), from where Tab goes on to the rows now in view.
 */
function useKeepFocusInside(body: HTMLElement | null, windowed: boolean): void {
  useEffect(() => {
    if (!body || !windowed) return undefined;
    const onFocusOut = (event: FocusEvent) => {
      const row = event.target;
      if (event.relatedTarget !== null || !(row instanceof HTMLElement)) return;
      // Removed with its row: once React is done, it is no longer in the page.
      queueMicrotask(() => {
        if (row.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
        const box = body.closest<HTMLElement>('[tabindex]') ?? body;
        if (!box.hasAttribute('tabindex')) box.tabIndex = -1;
        box.focus({ preventScroll: true });
      });
    };
    body.addEventListener('focusout', onFocusOut);
    return () => body.removeEventListener('focusout', onFocusOut);
  }, [body, windowed]);
}
