// Projector-safe mode (Ctrl+Shift+P or the button) and large text, with the banner shown while projector-safe
// is on. Rule source: one key hides restricted content and private notes; large text.
import { useEffect } from 'react';

import { useViewSettings } from '../../state/view-settings';

/** The shortcut for projector-safe mode, as shown to the user. */
export const PROJECTOR_SHORTCUT = 'Ctrl+Shift+P';

export function ViewControls() {
  const projectorSafe = useViewSettings((s) => s.projectorSafe);
  const largeText = useViewSettings((s) => s.largeText);
  const toggleProjectorSafe = useViewSettings((s) => s.toggleProjectorSafe);
  const toggleLargeText = useViewSettings((s) => s.toggleLargeText);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        toggleProjectorSafe();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleProjectorSafe]);

  return (
    <div className="view-controls">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={projectorSafe}
        aria-keyshortcuts="Control+Shift+P"
        onClick={toggleProjectorSafe}
      >
        <span aria-hidden="true" className="toggle-mark">
          {projectorSafe ? '✓' : ''}
        </span>
        Projector-safe ({PROJECTOR_SHORTCUT})
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={largeText}
        onClick={toggleLargeText}
      >
        <span aria-hidden="true" className="toggle-mark">
          {largeText ? '✓' : ''}
        </span>
        Large text
      </button>
    </div>
  );
}

export function ProjectorBanner() {
  const projectorSafe = useViewSettings((s) => s.projectorSafe);
  return (
    <div role="status" aria-live="polite">
      {projectorSafe ? (
        <p className="projector-banner">
          <strong>Projector-safe mode is on.</strong> Restricted information and private notes are
          hidden while the screen is shared. Press {PROJECTOR_SHORTCUT} to turn it off.
        </p>
      ) : null}
    </div>
  );
}
