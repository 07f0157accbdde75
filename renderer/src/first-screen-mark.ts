// The moment the first screen (start, create or unlock) has been drawn and painted, as a performance mark the
// shell.start_ms bench reads (tests/bench/shell.bench.ts). Two animation frames after the render: the first runs
// before that frame is painted, the second after it.
export const FIRST_SCREEN_MARK = 'icpc.first-screen';

let marked = false;

/** Sets the mark once, after the frame that shows the first screen has been painted. */
export function markFirstScreen(): void {
  if (marked) {
    return;
  }
  marked = true;
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(FIRST_SCREEN_MARK)));
}
