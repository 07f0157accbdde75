// Lock now: main drops the key and the decrypted data, then tells every window to reset ('app.locked').
import { invoke } from '../../api/client';

export function LockButton() {
  return (
    <button type="button" className="header-button" onClick={() => void invoke('vault.lock', {})}>
      Lock
    </button>
  );
}
