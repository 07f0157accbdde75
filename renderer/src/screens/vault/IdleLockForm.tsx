// How long the vault stays unlocked without use before it locks itself (default 5 minutes, 1 to 60).
// Rule source: docs/vault.md; docs/reliability.md §3.2 K7.
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';

import { IDLE_LOCK_MINUTES } from '../../../../shared/ipc/contracts/vault';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

export function IdleLockForm() {
  const id = useId();
  const [minutes, setMinutes] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void invoke('vault.status', {}).then((r) => {
      if (r.ok) {
        const current = String(r.value.idleLockMinutes);
        setMinutes((typed) => (typed === '' ? current : typed)); // never overwrite what was typed
      }
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < IDLE_LOCK_MINUTES.min || n > IDLE_LOCK_MINUTES.max) {
      setError({
        code: 'BAD_INPUT',
        message: `Give a whole number of minutes from ${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max}.`,
      });
      return;
    }
    setError(null);
    const result = await invoke('vault.setIdleLock', { minutes: n });
    if (result.ok) {
      setSaved(result.value.idleLockMinutes);
    } else {
      setError(result.error);
    }
  };

  return (
    <form
      className="panel narrow"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="idle-title"
    >
      <h2 id="idle-title">Lock when not in use</h2>
      {error ? <ErrorSummary error={error} title="The setting was not saved" /> : null}
      {saved !== null ? (
        <p className="vault-notice" role="status">
          Saved. The vault now locks after {saved} {saved === 1 ? 'minute' : 'minutes'} without use.
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={id}>Lock the vault after this many minutes without use</label>
        <p className="hint" id={`${id}-hint`}>
          From {IDLE_LOCK_MINUTES.min} to {IDLE_LOCK_MINUTES.max}. The vault also locks when this
          computer locks or sleeps.
        </p>
        <input
          id={id}
          className="input-short"
          type="number"
          inputMode="numeric"
          min={IDLE_LOCK_MINUTES.min}
          max={IDLE_LOCK_MINUTES.max}
          step={1}
          value={minutes}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <button type="submit">Save</button>
    </form>
  );
}
