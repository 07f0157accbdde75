// Windowing for a long table with a fixed row height: only the rows in view (plus a margin) are in the DOM, with
// spacer rows above and below keeping the scroll height right. Row height is in rem, so the large-text setting
// scales it. Rule source: docs/list.md (smooth at 5,000+ rows); no virtualiser package is installed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UIEvent } from 'react';

export type WindowRange = {
  /** First and one-past-last row index to render. */
  first: number;
  last: number;
  /** Heights in px of the spacer rows before and after the rendered rows. */
  before: number;
  after: number;
  rowPx: number;
};

/** The rows of `count` to render, given the scroll position of the container and the row height. */
export function windowRange(
  count: number,
  scrollTop: number,
  viewportPx: number,
  rowPx: number,
  overscan: number,
  focusIndex?: number,
): WindowRange {
  let first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  let last = Math.min(count, Math.ceil((scrollTop + viewportPx) / rowPx) + overscan);
  // Keyboard: the rows around the focused row stay rendered, so Tab from the last rendered row reaches the next
  // row before the scroll position catches up (only when focus is near the window; far away it is let go).
  if (
    focusIndex !== undefined &&
    focusIndex < count &&
    focusIndex >= first - 2 * overscan &&
    focusIndex < last + 2 * overscan
  ) {
    first = Math.max(0, Math.min(first, focusIndex - overscan));
    last = Math.min(count, Math.max(last, focusIndex + overscan + 1));
  }
  const end = Math.max(first, last);
  return { first, last: end, before: first * rowPx, after: (count - end) * rowPx, rowPx };
}

const rootFontPx = (): number =>
  parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** A scroll container ref and handler, and the range of rows to render in it. */
export function useWindow(count: number, rowRem: number, overscan = 10) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const frame = useRef(0);

  useEffect(() => {
    const el = ref.current;
    if (!el) {
      return;
    }
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    setViewport(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // One state update per animation frame, however many scroll events arrive.
  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => {
    const top = e.currentTarget.scrollTop;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(top));
  }, []);

  // The row index (0-based) of the focused row, read from aria-rowindex (the header is row 1). A native focusin
  // listener: it only observes focus, so the scroll region stays a plain region for assistive technology.
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  useEffect(() => {
    const el = ref.current;
    if (!el) {
      return;
    }
    const onFocusIn = (e: FocusEvent): void => {
      const row = (e.target as Element).closest('tbody tr[aria-rowindex]');
      const index = Number(row?.getAttribute('aria-rowindex'));
      setFocusIndex(Number.isInteger(index) && index >= 2 ? index - 2 : undefined);
    };
    el.addEventListener('focusin', onFocusIn);
    return () => el.removeEventListener('focusin', onFocusIn);
  }, []);

  const range = windowRange(
    count,
    scrollTop,
    viewport,
    rowRem * rootFontPx(),
    overscan,
    focusIndex,
  );
  return { ref, onScroll, range };
}
