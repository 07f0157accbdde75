// What the unlock screen shows when the vault file cannot be used as it is: damaged (CORRUPT), older than the one
// last saved (ROLLED_BACK: restore the newest backup, or accept the older file with a typed, audited confirmation),
// or open elsewhere (BUSY: who holds it and how to recover). Restore is offered only when a backup exists.
// Rule source: docs/vault.md ("Unfinished save or damage", "Rolled-back file", "One writer").
import { useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { navigate } from '../../state/route';

import { backupTime } from './backup-text';
import { useBackups } from './use-backups';

/** The words typed to open an older file (the service checks them too). */
const ACCEPT_PHRASE = 'open the older file';

const TITLES: Record<string, string> = {
  CORRUPT: 'The vault file is damaged',
  ROLLED_BACK: 'This vault file is older than the one last saved',
  BUSY: 'The vault is open somewhere else',
};

export const isVaultProblem = (e: AppError | null): e is AppError => e !== null && e.code in TITLES;

export function VaultProblem({
  error,
  passphrase,
  onDone,
  onBack,
}: {
  error: AppError;
  passphrase: string;
  onDone: (warnings: string[]) => void;
  onBack: () => void;
}) {
  const { backups } = useBackups();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [acceptError, setAcceptError] = useState<AppError | null>(null);
  const newest = backups?.[0];

  const accept = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await invoke('vault.acceptOlder', { passphrase, confirmation: typed });
    setBusy(false);
    if (r.ok) {
      onDone(r.value.warnings);
    } else {
      setAcceptError(r.error);
    }
  };

  return (
    <section className="panel narrow warning-panel" aria-labelledby="vault-problem-title">
      <h2 id="vault-problem-title">{TITLES[error.code]}</h2>
      <p role="alert">{error.message}</p>
      {error.code === 'CORRUPT' ? (
        <p>
          Nothing was opened or changed. The app will not use a damaged file, so no answer it gives
          can be based on missing records.
        </p>
      ) : null}
      {error.code !== 'BUSY' ? (
        newest ? (
          <p>
            <button type="button" onClick={() => navigate({ screen: 'vault', section: 'restore' })}>
              Restore a backup (newest: {backupTime(newest.createdAt)})
            </button>
          </p>
        ) : backups ? (
          <p>
            There are no backups in this data folder yet. Look for a copy of the vault file
            (vault.icpc) made by your organisation&apos;s backup, and ask your IT support for help.
          </p>
        ) : null
      ) : null}
      {error.code === 'ROLLED_BACK' ? (
        <form onSubmit={(e) => void accept(e)} aria-labelledby="accept-older-title">
          <h3 id="accept-older-title">Use the older file anyway</h3>
          <p>
            Only if you are sure that this older file is the one to keep: saves made after it was
            copied will not be in the vault. Your choice is recorded in the audit log.
          </p>
          {acceptError ? (
            <ErrorSummary error={acceptError} title="The older file was not opened" />
          ) : null}
          <div className="field">
            <label htmlFor="accept-older">Type “{ACCEPT_PHRASE}” to confirm</label>
            <input
              id="accept-older"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <button type="submit" className="secondary" disabled={busy}>
            {busy ? 'Opening…' : 'Use the older file'}
          </button>
        </form>
      ) : null}
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          Back to unlocking
        </button>
      </p>
    </section>
  );
}
