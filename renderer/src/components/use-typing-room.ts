// Room below the box being typed in: when a text box takes the focus in the lower part of the window, the page
// scrolls so the box sits a fifth of the way down, with the next fields in view below it. A minute-taker
// typing box after box then rarely has to scroll to find the next one (docs/room.md). Only text boxes move the
// page, and only on focus, so a click on a checkbox or button never lands somewhere else.
import { useEffect } from 'react';

/** Where a focused text box's top is put, as a share of the window's height. */
export const TYPING_TOP = 0.2;
/** A focused text box whose bottom is below this share of the window is moved up. */
export const TYPING_LIMIT = 0.5;

const isTextBox = (el: EventTarget | null): el is HTMLElement =>
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && ['text', 'number', 'search', ''].includes(el.type));

/** How far to scroll (px) so a box at `top`..`bottom` in a window `height` tall has room below it; 0 for none. */
export function typingScroll(top: number, bottom: number, height: number): number {
  if (bottom <= height * TYPING_LIMIT || top <= height * TYPING_TOP) {
    return 0;
  }
  return Math.round(top - height * TYPING_TOP);
}

/** While mounted, keeps room below each text box that takes the focus. */
export function useTypingRoom(): void {
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      // `data-typing-room="off"` on the page switches it off (the move count measures the app without it).
      if (!isTextBox(e.target) || document.documentElement.dataset.typingRoom === 'off') {
        return;
      }
      const r = e.target.getBoundingClientRect();
      const by = typingScroll(r.top, r.bottom, window.innerHeight);
      if (by !== 0) {
        window.scrollBy({ top: by, behavior: 'instant' });
      }
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
}
