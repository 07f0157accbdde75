// The recovery key, shown once: the user prints or writes it down, then types its last group to confirm.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';

export function RecoveryKeyStep({
  recoveryKey,
  onConfirmed,
}: {
  recoveryKey: string;
  onConfirmed: () => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lastGroup = recoveryKey.split('-').at(-1) ?? '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim().toUpperCase() !== lastGroup.toUpperCase()) {
      setError(`That is not the last group of the recovery key. Check what you wrote down.`);
      return;
    }
    onConfirmed();
  };

  return (
    <form className="panel narrow" onSubmit={submit} aria-labelledby="recovery-title">
      <h2 id="recovery-title">Your recovery key</h2>
      <p>
        If the passphrase is ever lost, this key is the <strong>only</strong> way back into the
        records. It is shown now and never again. Print it or write it down, and keep it somewhere
        safe, away from this computer.
      </p>
      <p className="recovery-key" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <p>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print the recovery key
        </button>
      </p>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={id}>To confirm you have it, type the last group of the recovery key</label>
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      <button type="submit">I have kept the recovery key</button>
    </form>
  );
}
