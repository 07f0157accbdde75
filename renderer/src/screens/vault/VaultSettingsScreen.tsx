// Vault settings (#/vault): change the passphrase, the idle lock, and the backups with the way to restore one.
// Rule source: docs/vault.md.
import { useState } from 'react';

import { ChangePassphraseForm } from './ChangePassphraseForm';
import { BackupsPanel } from './BackupsPanel';
import { DamagedDocumentsPanel } from './DamagedDocumentsPanel';
import { IdleLockForm } from './IdleLockForm';
import '../../styles/conference.css';

export function VaultSettingsScreen() {
  // A passphrase change rewrites the file and so leaves a new backup: the list is fetched again.
  const [changes, setChanges] = useState(0);
  return (
    <div className="vault-settings">
      <p>
        <a href="#/">Back to conferences</a>
      </p>
      <h1>Vault settings</h1>
      <p className="lead">
        The vault is the one encrypted file on this computer that keeps every record and document.
      </p>
      <ChangePassphraseForm onChanged={() => setChanges((n) => n + 1)} />
      <IdleLockForm />
      <BackupsPanel key={changes} />
      <DamagedDocumentsPanel />
    </div>
  );
}
