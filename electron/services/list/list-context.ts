// What the list service's parts (plan-records.ts, review-opener.ts, enquiries.ts) share with list-service.ts,
// kept apart so the parts and the service that assembles them do not import each other.
import type { Config } from '../../../shared/domain/config';
import type { Clock } from '../ports';

import type { createListStore, ListVault } from './list-store';

export type ListServiceDeps = {
  vault: ListVault;
  clock: Clock;
  config: () => Config;
  /** New record ids; default random UUIDs. */
  newId?: () => string;
};

/** What the parts of the service share. */
export type ListContext = ListServiceDeps & {
  store: ReturnType<typeof createListStore>;
  newId: () => string;
  today: (given?: string) => string;
};
