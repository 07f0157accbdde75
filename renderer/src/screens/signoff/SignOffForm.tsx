// The chair signs off: role as printed in the signature block, the vault passphrase re-confirmed, then a progress
// bar while each document is signed and stored. Rule source: the chair confirms with the vault
// passphrase; docs/reliability.md §2.5 (visible block: name, role, date and time, fingerprint).
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { invoke, subscribe } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PassphraseField } from '../vault/PassphraseField';

export function SignOffForm({
  conferenceId,
  version,
  fileCount,
  lookedAt,
  documentCount,
  onSigned,
}: {
  conferenceId: string;
  version: number;
  fileCount: number;
  /** The documents the chair has looked at (stems): Sign stays disabled until it holds all `documentCount`. */
  lookedAt: readonly string[];
  documentCount: number;
  onSigned: (version: number) => void;
}) {
  const roleId = useId();
  const [role, setRole] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(
    () =>
      subscribe('documents.progress', (p) => {
        if (p.conferenceId === conferenceId) {
          setProgress({ done: p.done, total: p.total });
        }
      }),
    [conferenceId],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (passphrase === '') {
      setError({ code: 'BAD_INPUT', message: 'Enter the vault passphrase to sign.' });
      return;
    }
    setError(null);
    setProgress({ done: 0, total: fileCount / 3 });
    const r = await invoke('documents.signOff', {
      conferenceId,
      passphrase,
      lookedAt: [...lookedAt],
      ...(role.trim() ? { role: role.trim() } : {}),
    });
    setPassphrase('');
    setProgress(null);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    onSigned(r.value.version);
  };

  const busy = progress !== null;
  const toLook = documentCount - lookedAt.length;
  return (
    <section aria-labelledby="sign-title">
      <h2 id="sign-title">Sign off version {version}</h2>
      <form className="narrow" onSubmit={(e) => void submit(e)}>
        {error ? <ErrorSummary error={error} title="The record was not signed" /> : null}
        <div className="field">
          <label htmlFor={roleId}>Your role, as printed under your signature</label>
          <p className="hint" id={`${roleId}-hint`}>
            Leave empty to use the chair’s role recorded for this conference.
          </p>
          <input
            id={roleId}
            type="text"
            value={role}
            aria-describedby={`${roleId}-hint`}
            onChange={(e) => setRole(e.target.value)}
          />
        </div>
        <PassphraseField
          label="Vault passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          hint="Confirms that you, the chair, approve this record. It is checked, not stored."
        />
        {toLook > 0 ? (
          <p className="hint" id={`${roleId}-looked`}>
            Sign off is available once you have looked at every document above: {toLook} still to
            look at.
          </p>
        ) : null}
        <button
          type="submit"
          className="button"
          disabled={busy || toLook > 0}
          aria-describedby={toLook > 0 ? `${roleId}-looked` : undefined}
        >
          {busy ? 'Signing…' : `Sign off version ${version}`}
        </button>
        {progress ? (
          <div className="signoff-progress" role="status" aria-live="polite">
            <label htmlFor={`${roleId}-progress`}>
              Signed {progress.done} of {progress.total} documents
            </label>
            <progress id={`${roleId}-progress`} max={progress.total} value={progress.done} />
          </div>
        ) : null}
      </form>
    </section>
  );
}
