// Change the vault passphrase: the current one, then a new one with its strength shown. The data key is rewrapped
// under a key from the new passphrase, with the cost measured again on this computer.
// Rule source: docs/vault.md; docs/reliability.md §3.2 K2 (recalibrate on change), K4.
import { useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { newPassphraseProblem } from '../../../../shared/security/passphrase-strength';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

export function ChangePassphraseForm({ onChanged }: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const problem = newPassphraseProblem(next, confirm, 'new passphrase');
    if (problem !== null) {
      setError({ code: 'BAD_INPUT', message: problem });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await invoke('vault.changePassphrase', { current, next });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      onChanged();
    } else {
      setError(result.error);
    }
  };

  return (
    <form className="panel narrow" onSubmit={(e) => void submit(e)} aria-labelledby="change-title">
      <h2 id="change-title">Change the passphrase</h2>
      {error ? <ErrorSummary error={error} title="The passphrase was not changed" /> : null}
      {done ? (
        <p className="vault-notice" role="status">
          The passphrase was changed. Use the new one next time you unlock. The recovery key stays
          the same. Backups made before today still open with the old passphrase.
        </p>
      ) : null}
      <PassphraseField
        label="Current passphrase"
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
      />
      <PassphraseField
        label="New passphrase"
        hint="At least 12 characters. Four or more unrelated words are easy to remember."
        value={next}
        onChange={setNext}
        autoComplete="new-password"
      />
      <StrengthMeter passphrase={next} />
      <PassphraseField
        label="Type the new passphrase again"
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Changing the passphrase…' : 'Change the passphrase'}
      </button>
      {busy ? (
        <p role="status">
          <progress aria-label="Changing the passphrase" /> Measuring this computer again and
          protecting the key with the new passphrase; this takes a few seconds.
        </p>
      ) : null}
    </form>
  );
}
