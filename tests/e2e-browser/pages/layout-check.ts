// Page helper: what is wrong with a screen's layout at the current window size. Two checks:
// - the page scrolls sideways (document.scrollingElement.scrollWidth > clientWidth);
// - a visible table cell is narrower than 8 characters of its own font (8 × the width of "0", the CSS ch unit),
//   measured on its content box (padding left out), so a column squeezed to a letter a line is caught.
// Also the three window sizes the app must work at (docs/architecture.md, renderer).
import type { Page } from '@playwright/test';

export type WindowSize = {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  largeText: boolean;
};

/**
 * 200 % zoom is emulated as Chromium lays it out: a 1280×768 window at 200 % zoom has a 640×384 CSS-pixel
 * viewport with 2 device pixels per CSS pixel, so media queries, container queries and rem all see 640×384.
 * deviceScaleFactor alone is not zoom (it keeps the CSS viewport), and CSS `zoom` on the body leaves media
 * queries at the full width, so neither is used.
 */
export const WINDOW_SIZES: readonly WindowSize[] = [
  {
    name: '1024x768',
    viewport: { width: 1024, height: 768 },
    deviceScaleFactor: 1,
    largeText: false,
  },
  {
    name: '1280x720-large-text',
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    largeText: true,
  },
  {
    name: 'zoom-200',
    viewport: { width: 640, height: 384 },
    deviceScaleFactor: 2,
    largeText: false,
  },
];

/** Turns the app's large-text setting on or off (kept in localStorage; applied on the next load). */
export async function setLargeText(page: Page, on: boolean): Promise<void> {
  await page.evaluate((largeText) => {
    window.localStorage.setItem(
      'icpc.view-settings',
      JSON.stringify({ projectorSafe: false, largeText }),
    );
  }, on);
}

/** Plain-English problems with the layout as shown now; empty when there are none. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
    }
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) {
      return ['no canvas to measure text with'];
    }
    const cells = document.querySelectorAll<HTMLTableCellElement>('table td, table th');
    for (const cell of Array.from(cells)) {
      const box = cell.getBoundingClientRect();
      const style = getComputedStyle(cell);
      // Not shown: display none, an empty cell box, or inside a visually hidden header row.
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') {
        continue;
      }
      const hidden = cell.closest('thead, caption');
      if (hidden && hidden.getBoundingClientRect().width <= 1) {
        continue;
      }
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const eight = ctx.measureText('0').width * 8;
      const content =
        cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (content + 0.5 < eight) {
        const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        problems.push(
          `a table cell is ${Math.round(content)} px wide, less than 8 characters (${Math.round(eight)} px): "${text}"`,
        );
      }
    }
    return problems;
  });
}
