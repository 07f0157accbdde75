// How many bundles in the shared folder are new for this vault: asked once (which starts the service's watch of the
// folder), then kept up to date by the 'exchange.inbox-changed' event the watch sends. null when no folder is set
// or no identity exists yet. Rule source: docs/exchange.md (transport).
import { useEffect, useState } from 'react';

import { invoke, subscribe } from '../../api/client';

export function useInboxCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('exchange.folderStatus', {}).then((r) => {
      if (live && r.ok) {
        setCount(r.value.folder ? r.value.newBundles : null);
      }
    });
    const off = subscribe('exchange.inbox-changed', (p) => setCount(p.newBundles));
    return () => {
      live = false;
      off();
    };
  }, []);
  return count;
}

/** " (2 new)" after a link's name, or nothing. */
export const newSuffix = (count: number | null): string =>
  count !== null && count > 0 ? ` (${count} new)` : '';
