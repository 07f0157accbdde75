// Next and previous step from the keyboard, from anywhere in live mode, even inside a text box: Alt+Page Down and
// Alt+Page Up. Neither is a text-editing key in a browser or in Electron, nor a browser shortcut, and screen
// readers (NVDA, JAWS, Narrator, Orca) leave them to the page; Page Up and Page Down on their own still scroll.
// Rule source: docs/domain.md §1 (the conference agenda, in order).
import { useEffect } from 'react';

import { STEPS } from '../../../../shared/domain/steps';
import type { StepId } from '../../../../shared/domain/steps';
import { navigate } from '../../state/route';

/** The shortcuts as shown on screen and as aria-keyshortcuts names them. */
export const NEXT_STEP_KEYS = { shown: 'Alt+Page Down', aria: 'Alt+PageDown' } as const;
export const PREVIOUS_STEP_KEYS = { shown: 'Alt+Page Up', aria: 'Alt+PageUp' } as const;

/** The step a key press moves to from `current`: +1, -1, or 0 when the key is not a step key. */
export function stepKeyDirection(e: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): -1 | 0 | 1 {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) {
    return 0;
  }
  if (e.key === 'PageDown') {
    return 1;
  }
  return e.key === 'PageUp' ? -1 : 0;
}

/** The step `direction` steps from `current`, or undefined past either end of the agenda. */
export function neighbourStep(current: StepId, direction: -1 | 1): StepId | undefined {
  const index = STEPS.findIndex((s) => s.id === current);
  return STEPS[index + direction]?.id;
}

/** Listens for the step keys while live mode shows `current` of conference `id`. */
export function useStepKeys(id: string, current: StepId | null, beforeMove: () => void): void {
  useEffect(() => {
    if (current === null) {
      return undefined;
    }
    const onKey = (e: KeyboardEvent) => {
      const direction = stepKeyDirection(e);
      if (direction === 0) {
        return;
      }
      e.preventDefault();
      const step = neighbourStep(current, direction);
      if (step) {
        // Leaving the field first saves what a field keeps until blur (a typed date), then the text is sent.
        if (document.activeElement instanceof HTMLElement) {
          document.activeElement.blur();
        }
        beforeMove();
        navigate({ screen: 'live', id, step });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, current, beforeMove]);
}
