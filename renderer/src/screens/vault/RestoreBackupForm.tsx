// Restore a backup while the vault is locked: the newest backup that opens with the passphrase (recommended) or a
// chosen one, the passphrase in use when it was made, and an explicit confirmation. The replaced file is kept as a
// backup too. Rule source: docs/vault.md; docs/reliability.md §3.3 R2, R4.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';

import type { Output } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { backupSize, backupTime } from './backup-text';
import { PassphraseField } from './PassphraseField';
import { useBackups } from './use-backups';
import '../../styles/conference.css';

type Restored = Output<'vault.restoreBackup'>['restored'];

export function RestoreBackupForm({
  onRestored,
  onCancel,
  preselected,
}: {
  onRestored: (restored: Restored) => void;
  onCancel: () => void;
  /** A backup chosen elsewhere (the damaged-document check names the newest that has it intact). */
  preselected?: string | undefined;
}) {
  const id = useId();
  const { backups, error: listError } = useBackups();
  const [choice, setChoice] = useState(preselected ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const chosen = backups?.find((b) => b.id === choice);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!understood) {
      setError({
        code: 'BAD_INPUT',
        message: 'Tick the box to confirm that the vault should go back to the backup.',
      });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await invoke(
      'vault.restoreBackup',
      choice === '' ? { passphrase } : { passphrase, id: choice },
    );
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onRestored(result.value.restored);
    } else {
      setError(result.error);
    }
  };

  return (
    <form className="panel narrow" onSubmit={(e) => void submit(e)} aria-labelledby="restore-title">
      <h2 id="restore-title">Restore a backup</h2>
      <p>
        Restoring puts the vault back to how it was when the backup was made: anything saved since
        then is not in it. The file you have now is kept as a backup too, so you can change your
        mind.
      </p>
      {listError ? <ErrorSummary error={listError} /> : null}
      {error ? <ErrorSummary error={error} title="Nothing was restored" /> : null}
      {backups?.length === 0 ? <p>There are no backups yet.</p> : null}
      {backups && backups.length > 0 ? (
        <fieldset>
          <legend>Which backup</legend>
          <div className="choice">
            <input
              type="radio"
              id={`${id}-newest`}
              name="backup"
              checked={choice === ''}
              onChange={() => setChoice('')}
            />
            <label htmlFor={`${id}-newest`}>
              The newest backup that opens with the passphrase below (recommended)
            </label>
          </div>
          {backups.map((b) => (
            <div className="choice" key={b.id}>
              <input
                type="radio"
                id={`${id}-${b.id}`}
                name="backup"
                checked={choice === b.id}
                onChange={() => setChoice(b.id)}
              />
              <label htmlFor={`${id}-${b.id}`}>
                {backupTime(b.createdAt)} ({backupSize(b.size)})
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <PassphraseField
        label="Vault passphrase"
        hint="The current passphrase, or the one in use when the backup was made. Afterwards the vault opens with the current passphrase."
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
      />
      <div className="choice">
        <input
          type="checkbox"
          id={`${id}-understood`}
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        <label htmlFor={`${id}-understood`}>
          I understand that the vault will go back to{' '}
          {chosen
            ? `the backup of ${backupTime(chosen.createdAt)}`
            : 'the newest backup that opens'}
          .
        </label>
      </div>
      <button type="submit" disabled={busy || !backups || backups.length === 0}>
        {busy ? 'Restoring…' : 'Restore the backup'}
      </button>
      {busy ? (
        <p role="status">
          <progress aria-label="Restoring" /> Checking the backup completely before it replaces the
          vault; this takes a few seconds.
        </p>
      ) : null}
      <p>
        <button type="button" className="link-button" onClick={onCancel}>
          Do not restore: back to unlocking
        </button>
      </p>
    </form>
  );
}
