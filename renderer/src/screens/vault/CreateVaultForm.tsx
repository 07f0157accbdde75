// Create the vault: a passphrase with a strength estimate, then the recovery key shown once with a confirmation.
import { useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { newPassphraseProblem } from '../../../../shared/security/passphrase-strength';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PassphraseField } from './PassphraseField';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { StrengthMeter } from './StrengthMeter';

export function CreateVaultForm({ onDone }: { onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = newPassphraseProblem(passphrase, confirm, 'passphrase');
    if (problem !== null) {
      setError({ code: 'BAD_INPUT', message: problem });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await invoke('vault.create', { passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      setConfirm('');
      setRecoveryKey(result.value.recoveryKey);
    } else {
      setError(result.error);
    }
  };

  if (recoveryKey !== null) {
    return <RecoveryKeyStep recoveryKey={recoveryKey} onConfirmed={onDone} />;
  }

  return (
    <form className="panel narrow" onSubmit={(e) => void submit(e)} aria-labelledby="create-title">
      <h2 id="create-title">Create the vault</h2>
      <p>
        Everything you record is kept in one encrypted file on this computer. Choose a passphrase: a
        phrase of four or more unrelated words is easy to remember and hard to guess.
      </p>
      {error ? <ErrorSummary error={error} /> : null}
      <PassphraseField
        label="Passphrase"
        hint="At least 12 characters."
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
      />
      <StrengthMeter passphrase={passphrase} />
      <PassphraseField
        label="Type the passphrase again"
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Creating the vault…' : 'Create the vault'}
      </button>
      {busy ? (
        <p role="status">
          <progress aria-label="Creating the vault" /> Protecting the key with your passphrase; this
          takes about a second.
        </p>
      ) : null}
    </form>
  );
}
