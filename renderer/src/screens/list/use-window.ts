// Windowing for a long table with a fixed row height: only the rows in view (plus a margin) are in the DOM, with
// spacer rows above and below keeping the scroll height right. Row height is in rem, so the large-text setting
// scales it. Rule source: issue 7 §1 (smooth at 5,000+ rows); no virtualiser package is installed.
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
): WindowRange {
  const first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportPx) / rowPx) + overscan);
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

  const range = windowRange(count, scrollTop, viewport, rowRem * rootFontPx(), overscan);
  return { ref, onScroll, range };
}
