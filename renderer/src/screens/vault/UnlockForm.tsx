// Unlock the vault with the passphrase (progress shown while the key is derived), or with the recovery key.
import { useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { navigate } from '../../state/route';

import { PassphraseField } from './PassphraseField';
import { useBackups } from './use-backups';
import { isVaultProblem, VaultProblem } from './VaultProblem';

export function UnlockForm({ onDone }: { onDone: () => void }) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const { backups } = useBackups();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result =
      mode === 'passphrase'
        ? await invoke('vault.unlock', { passphrase })
        : await invoke('vault.unlockWithRecoveryKey', { recoveryKey, newPassphrase: next });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      setRecoveryKey('');
      setNext('');
      if (result.value.warnings.length > 0) {
        setWarnings(result.value.warnings); // shown before carrying on
      } else {
        onDone();
      }
    } else {
      setError(result.error);
    }
  };

  if (warnings.length > 0) {
    return (
      <section className="panel narrow warning-panel" aria-labelledby="unlock-warning-title">
        <h2 id="unlock-warning-title">Check before you carry on</h2>
        {warnings.map((w) => (
          <p key={w}>{w}</p>
        ))}
        <button type="button" onClick={onDone}>
          Carry on
        </button>
      </section>
    );
  }

  if (mode === 'passphrase' && isVaultProblem(error)) {
    return (
      <VaultProblem
        error={error}
        passphrase={passphrase}
        onDone={(w) => {
          setPassphrase('');
          if (w.length > 0) {
            setWarnings(w);
          } else {
            onDone();
          }
        }}
        onBack={() => setError(null)}
      />
    );
  }

  return (
    <form className="panel narrow" onSubmit={(e) => void submit(e)} aria-labelledby="unlock-title">
      <h2 id="unlock-title">
        {mode === 'passphrase' ? 'Unlock the vault' : 'Unlock with the recovery key'}
      </h2>
      {error ? <ErrorSummary error={error} title="The vault is still locked" /> : null}
      {mode === 'passphrase' ? (
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
        />
      ) : (
        <>
          <div className="field">
            <label htmlFor="recovery-key">Recovery key</label>
            <input
              id="recovery-key"
              value={recoveryKey}
              autoComplete="off"
              spellCheck={false}
              className="recovery-input"
              onChange={(e) => setRecoveryKey(e.target.value)}
            />
          </div>
          <PassphraseField
            label="New passphrase"
            hint="At least 12 characters. It replaces the one that was lost."
            value={next}
            onChange={setNext}
            autoComplete="new-password"
          />
        </>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      {busy ? (
        <p role="status">
          <progress aria-label="Unlocking" /> Checking the passphrase; this takes about a second.
        </p>
      ) : null}
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
            setError(null);
          }}
        >
          {mode === 'passphrase'
            ? 'Forgotten the passphrase? Use the recovery key'
            : 'Use the passphrase instead'}
        </button>
      </p>
      {backups && backups.length > 0 ? (
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ screen: 'vault', section: 'restore' })}
          >
            Restore a backup instead
          </button>
        </p>
      ) : null}
    </form>
  );
}
