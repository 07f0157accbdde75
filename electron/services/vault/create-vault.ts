// The production factory: the real file system, the production KDF policy (floor enforced, no test switch),
// real timers. Tests build Vault directly with an injected weaker policy. Rule source: docs/reliability.md §3.2 K3.
import type { Clock, EventSink, Logger } from '../ports';

import { nodeFs } from './fs-port';
import { productionKdfPolicy } from './kdf';
import { DEFAULT_IDLE_MS, realTimers } from './lock-controller';
import { VaultService } from './vault-service';

export type ProductionVaultOptions = {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  emit: EventSink;
  shell: string;
  idleLockMs?: number;
};

export function createVault(options: ProductionVaultOptions): VaultService {
  return new VaultService({
    ...options,
    fs: nodeFs,
    kdf: productionKdfPolicy(),
    timers: realTimers,
    idleLockMs: options.idleLockMs ?? DEFAULT_IDLE_MS,
  });
}
