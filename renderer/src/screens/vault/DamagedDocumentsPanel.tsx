// Vault settings: check every stored document. One that no longer authenticates is named with its conference and
// the newest backup that has it intact, with the way to restore that backup; the rest of the vault keeps working.
// Rule source: docs/vault.md ("One damaged document").
import { useState } from 'react';

import type { Output } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { navigate } from '../../state/route';

import { backupTime } from './backup-text';

type Result = Output<'vault.damagedDocuments'>;

export function DamagedDocumentsPanel() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const check = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('vault.damagedDocuments', {});
    setBusy(false);
    if (r.ok) {
      setResult(r.value);
    } else {
      setError(r.error);
    }
  };

  const restore = (backup: string) => {
    navigate({ screen: 'vault', section: 'restore', backup }); // the locked app opens on the restore form
    void invoke('vault.lock', {});
  };

  return (
    <section className="panel" aria-labelledby="damaged-title">
      <h2 id="damaged-title">Check the stored documents</h2>
      <p>
        Reads every signed document in the vault and checks it has not been damaged on disk. A
        damaged document does not stop the rest of the vault from working.
      </p>
      {error ? <ErrorSummary error={error} /> : null}
      <div role="status">
        {busy ? <p>Checking every document…</p> : null}
        {result && result.damaged.length === 0 ? (
          <p>All {result.checked} documents are intact.</p>
        ) : null}
        {result && result.damaged.length > 0 ? (
          <p>
            {result.damaged.length} of {result.checked} documents are damaged.
          </p>
        ) : null}
      </div>
      {result && result.damaged.length > 0 ? (
        <ul className="damaged-list">
          {result.damaged.map((d) => (
            <li key={d.documentId}>
              <p>
                A document of {d.conference ?? 'no conference'} is damaged in the vault file (
                {d.documentId}).{' '}
                {d.intactBackup
                  ? `The newest backup that has it intact was made on ${backupTime(d.intactBackup.createdAt)}.`
                  : 'No backup has it intact.'}
              </p>
              {d.intactBackup ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => restore(d.intactBackup!.id)}
                >
                  Lock and restore the backup of {backupTime(d.intactBackup.createdAt)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="secondary" disabled={busy} onClick={() => void check()}>
        {busy ? 'Checking…' : 'Check every document'}
      </button>
    </section>
  );
}
