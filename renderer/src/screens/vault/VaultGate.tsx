// What shows while the vault is not unlocked: the introduction, then create (no vault yet), unlock (locked), or
// restore a backup (locked, at #/vault/restore).
import { useState } from 'react';

import type { Output } from '../../../../shared/ipc/contract';
import { navigate, useRoute } from '../../state/route';
import { StartScreen } from '../StartScreen';

import { backupTime } from './backup-text';
import { CreateVaultForm } from './CreateVaultForm';
import { RestoreBackupForm } from './RestoreBackupForm';
import { UnlockForm } from './UnlockForm';

export function VaultGate({
  status,
  onChanged,
}: {
  status: Output<'app.status'>;
  onChanged: () => void;
}) {
  const route = useRoute();
  const [restored, setRestored] = useState<string | null>(null);
  const restoring = route.screen === 'vault' && route.section === 'restore';
  return (
    <>
      <StartScreen status={status} />
      {status.vault === 'absent' ? <CreateVaultForm onDone={onChanged} /> : null}
      {status.vault === 'locked' && restoring ? (
        <RestoreBackupForm
          preselected={route.screen === 'vault' ? route.backup : undefined}
          onRestored={(b) => {
            setRestored(backupTime(b.createdAt));
            navigate({ screen: 'home' });
          }}
          onCancel={() => navigate({ screen: 'home' })}
        />
      ) : null}
      {status.vault === 'locked' && !restoring ? (
        <>
          {restored ? (
            <p className="vault-notice narrow" role="status">
              The backup of {restored} is now the vault. Unlock it with the passphrase that was in
              use then.
            </p>
          ) : null}
          <UnlockForm onDone={onChanged} />
        </>
      ) : null}
    </>
  );
}
