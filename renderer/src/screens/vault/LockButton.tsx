// In the header while unlocked: a link to the vault settings, and Lock now (main drops the key and the decrypted
// data, then tells every window to reset with 'app.locked').
import { invoke } from '../../api/client';
import { newSuffix, useInboxCount } from '../team/use-inbox-count';

export function LockButton() {
  // The shared folder is watched by the exchange service while the vault is open; new bundles show here.
  const inboxCount = useInboxCount();
  return (
    <>
      <a className="header-link" href="#/team">
        Team{newSuffix(inboxCount)}
      </a>
      <a className="header-link" href="#/vault">
        Vault settings
      </a>
      <button type="button" className="header-button" onClick={() => void invoke('vault.lock', {})}>
        Lock
      </button>
    </>
  );
}
