// Tells main while the chair is in live mode, so the idle lock uses the live-mode timeout (default 20 minutes)
// rather than the normal one. Rule source: docs/vault.md; docs/reliability.md §3.2 K7.
import { useEffect } from 'react';

import { invoke } from '../../api/client';

/** While `active` (the live screen shows a conference), main counts idle time with the live-mode timeout. */
export function useLiveLock(active: boolean): void {
  useEffect(() => {
    if (!active) {
      return;
    }
    void invoke('vault.setLiveMode', { live: true });
    // Leaving live mode (another screen, or the conference closed); after a lock main has ended it already.
    return () => void invoke('vault.setLiveMode', { live: false });
  }, [active]);
}
