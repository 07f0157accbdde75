// The warning before an idle lock ('app.lockWarning'): an alert dialog with a countdown and focus on "Stay
// unlocked". Any key or click while it shows counts as use, keeps the vault unlocked and is not passed on (so an
// Enter never reaches the field behind). Pending text is sent at once, so a lock never catches it unsaved.
// Rule source: docs/vault.md; docs/reliability.md §3.2 K7.
import { useCallback, useEffect, useRef, useState } from 'react';

import { invoke, subscribe } from '../../api/client';
import { useConference } from '../../state/conference-store';
import type { ShownWarning } from './lock-warning-state';
import { lockWarningText, onLockWarning, secondsLeft as secondsUntil } from './lock-warning-state';
import '../../styles/conference.css';
import '../../styles/people.css';

export function LockWarning() {
  const [shown, setShown] = useState<ShownWarning | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(
    () =>
      subscribe('app.lockWarning', (w) => {
        const at = Date.now();
        setNow(at);
        setShown(onLockWarning(w, at, () => useConference.getState().flush()));
      }),
    [],
  );

  useEffect(() => {
    if (!shown) {
      return;
    }
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [shown]);

  const stay = useCallback(() => {
    setShown(null);
    void invoke('vault.stayUnlocked', {});
  }, []);

  if (!shown) {
    return null;
  }
  return (
    <WarningDialog
      secondsLeft={secondsUntil(shown, now)}
      lockAfterMinutes={shown.lockAfterMinutes}
      live={shown.live}
      onStay={stay}
    />
  );
}

function WarningDialog(props: {
  secondsLeft: number;
  lockAfterMinutes: number;
  live: boolean;
  onStay: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const { onStay } = props;

  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      stay.current?.focus();
    }
    // Any key while the warning shows is use: it keeps the vault unlocked and goes no further.
    const onKey = (e: KeyboardEvent) => {
      e.preventDefault();
      e.stopPropagation();
      onStay();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      dialog?.close();
      if (before instanceof HTMLElement) {
        before.focus(); // back where the person was typing
      }
    };
  }, [onStay]);

  const { secondsLeft } = props;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog lock-warning"
      role="alertdialog"
      aria-labelledby="lock-warning-title"
      aria-describedby="lock-warning-body"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="lock-warning-title">The vault is about to lock</h2>
      <p id="lock-warning-body">
        {lockWarningText(secondsLeft, props.lockAfterMinutes, props.live)}
      </p>
      <p className="lock-warning__count" aria-hidden="true">
        {secondsLeft}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {secondsLeft === 30 || secondsLeft === 10 ? `${secondsLeft} seconds left` : ''}
      </p>
      <p className="hint">Press any key, or choose the button, to keep working.</p>
      <div className="confirm-dialog__buttons">
        <button type="button" className="button" ref={stay} onClick={onStay}>
          Stay unlocked
        </button>
      </div>
    </dialog>
  );
}
