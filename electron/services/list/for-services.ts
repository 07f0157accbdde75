// One list service per Services object, shared by the IPC handlers and the CLI, built from the services' vault
// and clock, and cleared whenever the services lock (so no decrypted list stays in memory). Rule source: docs/list.md;
// docs/reliability.md (keys and decrypted data dropped on lock).
import type { Services } from '../create-services';

import { createListService } from './list-service';
import type { ListService } from './list-service';

const made = new WeakMap<Services, ListService>();

/** The list service of these services (made on first use). */
export function listServiceFor(s: Services): ListService {
  let service = made.get(s);
  if (!service) {
    const created = createListService({
      vault: s.vault,
      clock: s.clock,
      config: () => s.settings.config(),
    });
    s.lockables.push({ lock: () => Promise.resolve(created.clear()) });
    made.set(s, created);
    service = created;
  }
  return service;
}
