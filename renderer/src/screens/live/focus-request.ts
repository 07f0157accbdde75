// Moving focus to a field named by a validation finding, after the screen that holds it has rendered.
// Rule source: each finding linked to its field.
import { findFieldElement } from '../../components/field-id';

let pending: string | null = null;

/** True while a finding's field is waiting to be focused (the step heading then does not take focus). */
export function isFieldFocusPending(): boolean {
  return pending !== null;
}

/**
 * Focuses the field for `path` once the screen marked `data-screen="<screen>"` is showing, trying on each
 * animation frame for up to about two seconds; falls back to the screen's heading when no field matches.
 */
export function focusFieldWhenShown(screen: string, path: string): void {
  pending = path;
  let frames = 0;
  const attempt = (): void => {
    if (pending !== path) {
      return;
    }
    const host = document.querySelector<HTMLElement>(`[data-screen="${CSS.escape(screen)}"]`);
    const el = host ? findFieldElement(path, host) : null;
    if (el || (host && frames > 30) || frames > 120) {
      pending = null;
      const target = el ?? host?.querySelector<HTMLElement>('h1') ?? null;
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
      return;
    }
    frames += 1;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
