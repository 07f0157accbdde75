// "Keep this wording": the chair keeps a phrase the terminology guard flagged, with a reason, so a wrong flag
// never blocks signing (docs/domain.md §9.2 rule 12). The reason, who and when are stored in the conference's
// acceptedTerminology list; the rule then does not block that phrase in that field. Keyboard: the button opens
// the reason field and focuses it; Escape or Cancel closes it.
import { useId, useRef, useState } from 'react';

import { withAccepted } from '../../../shared/domain/accepted-terminology';
import { useConference } from '../state/conference-store';

type Props = { path: string; phrase: string };

export function KeepWording({ path, phrase }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const apply = useConference((s) => s.apply);
  const accepted = useConference((s) => s.conference?.acceptedTerminology);
  const chair = useConference((s) => s.conference?.chair.name.trim() ?? '');

  const close = () => {
    setOpen(false);
    setError(null);
    setTimeout(() => opener.current?.focus(), 0);
  };

  const keep = () => {
    if (reason.trim().length === 0) {
      setError(`Give the reason for keeping “${phrase}”`);
      input.current?.focus();
      return;
    }
    const failed = apply({
      type: 'set',
      path: ['acceptedTerminology'],
      value: withAccepted(accepted, {
        path,
        phrase,
        reason: reason.trim(),
        by: chair || 'The chair',
        at: new Date().toISOString(),
      }),
    });
    if (failed) {
      setError(failed.message);
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        ref={opener}
        className="button button--secondary button--small"
        onClick={() => {
          setOpen(true);
          setTimeout(() => input.current?.focus(), 0);
        }}
      >
        Keep this wording
      </button>
    );
  }
  return (
    <div className="keep-wording">
      <label htmlFor={`${id}-reason`}>Why keep “{phrase}”?</label>
      <p className="hint" id={`${id}-hint`}>
        For example, a quotation, or a register that is not the child protection register. Recorded
        with your name.
      </p>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={`${id}-reason`}
        ref={input}
        className="input"
        value={reason}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            keep();
          }
          if (e.key === 'Escape') {
            close();
          }
        }}
      />
      <div className="keep-wording__actions">
        <button type="button" className="button button--small" onClick={keep}>
          Keep “{phrase}”
        </button>
        <button type="button" className="button button--secondary button--small" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
