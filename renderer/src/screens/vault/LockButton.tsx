// In the header while unlocked: a link to the vault settings, and Lock now (main drops the key and the decrypted
// data, then tells every window to reset with 'app.locked').
import { invoke } from '../../api/client';
import { useConference } from '../../state/conference-store';
import { newSuffix, useInboxCount } from '../team/use-inbox-count';

/** Lock never waits longer than this for a save that keeps failing: locking matters more. */
const SAVE_WAIT_MS = 3000;

/** Text still waiting for the debounce is sent first, so Lock straight after typing loses nothing. */
async function lockAfterSaving(): Promise<void> {
  await Promise.race([
    useConference.getState().whenSaved(),
    new Promise((resolve) => setTimeout(resolve, SAVE_WAIT_MS)),
  ]);
  await invoke('vault.lock', {});
}

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
      <button type="button" className="header-button" onClick={() => void lockAfterSaving()}>
        Lock
      </button>
    </>
  );
}
