// What shows while the vault is not unlocked: the introduction, then create (no vault yet) or unlock (locked).
import type { Output } from '../../../../shared/ipc/contract';
import { StartScreen } from '../StartScreen';

import { CreateVaultForm } from './CreateVaultForm';
import { UnlockForm } from './UnlockForm';

export function VaultGate({
  status,
  onChanged,
}: {
  status: Output<'app.status'>;
  onChanged: () => void;
}) {
  return (
    <>
      <StartScreen status={status} />
      {status.vault === 'absent' ? <CreateVaultForm onDone={onChanged} /> : null}
      {status.vault === 'locked' ? <UnlockForm onDone={onChanged} /> : null}
    </>
  );
}
