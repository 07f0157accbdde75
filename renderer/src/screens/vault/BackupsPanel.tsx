// The backups of the vault (newest first, en-GB times and sizes) and the way to restore one: restoring needs the
// vault locked, so the button locks it and opens the restore form. Rule source: docs/vault.md.
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { navigate } from '../../state/route';

import { backupSize, backupTime } from './backup-text';
import { useBackups } from './use-backups';

export function BackupsPanel() {
  const { backups, error } = useBackups();

  const lockAndRestore = () => {
    navigate({ screen: 'vault', section: 'restore' }); // the locked app opens on the restore form
    void invoke('vault.lock', {});
  };

  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p>
        A backup of the whole vault is kept each time its file is rewritten: after many changes, and
        when the passphrase changes. The last 10 are kept, and one a day for 30 days.
      </p>
      {error ? <ErrorSummary error={error} /> : null}
      {backups === null && !error ? <p role="status">Loading the backups…</p> : null}
      {backups?.length === 0 ? <p>There are no backups yet.</p> : null}
      {backups && backups.length > 0 ? (
        <table className="data-table narrow">
          <caption>Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id}>
                <td>{backupTime(b.createdAt)}</td>
                <td>{backupSize(b.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        Restoring puts the vault back to how it was when the backup was made. The vault must be
        locked first; you choose the backup next.
      </p>
      <button
        type="button"
        className="secondary"
        disabled={!backups || backups.length === 0}
        onClick={lockAndRestore}
      >
        Lock and restore a backup
      </button>
    </section>
  );
}
