// Amending a signed record: the reason and who asked for it; version n+1 opens for changes and is signed again,
// while version n and its documents stay as they were. Rule source: docs/reliability.md §2.5 (an amendment request
// creates version n+1 holding the previous hash, the reason, the requester and the approving chair).
import { useId, useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SpellCheckedTextArea } from '../../components/SpellCheckedTextArea';

export function AmendForm({
  conferenceId,
  nextVersion,
  onAmended,
}: {
  conferenceId: string;
  nextVersion: number;
  onAmended: (version: number) => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [requestedBy, setRequestedBy] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setError({
        code: 'BAD_INPUT',
        message: 'Give the reason for the amendment, for example what was wrong.',
      });
      return;
    }
    setBusy(true);
    const r = await invoke('documents.amend', {
      conferenceId,
      reason,
      ...(requestedBy.trim() ? { requestedBy } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setReason('');
    setRequestedBy('');
    setError(null);
    onAmended(r.value.version);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Amend the record</h2>
      <p>
        Amending opens version {nextVersion} for changes. The signed version and its documents stay
        exactly as they are, and the new version records why it was made.
      </p>
      <form className="narrow" onSubmit={(e) => void submit(e)}>
        {error ? <ErrorSummary error={error} title="The record was not amended" /> : null}
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason for the amendment</label>
          <SpellCheckedTextArea
            id={`${id}-reason`}
            fieldLabel="Reason for the amendment"
            value={reason}
            rows={3}
            onChange={setReason}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-who`}>Who asked for it (optional)</label>
          <p className="hint" id={`${id}-who-hint`}>
            For example the participant who reported the error. Leave empty if it was you.
          </p>
          <input
            id={`${id}-who`}
            type="text"
            value={requestedBy}
            aria-describedby={`${id}-who-hint`}
            onChange={(e) => setRequestedBy(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? 'Opening…' : `Amend: start version ${nextVersion}`}
        </button>
      </form>
    </section>
  );
}
