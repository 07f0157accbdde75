// createHandlers(services): one implementation per channel, split by domain; a missing channel is a compile error.
import type { Handlers } from '../../shared/ipc/contract';

import type { Services } from './create-services';
import { createAppHandlers } from './handlers/app';
import { createConferenceHandlers } from './handlers/conference';
import { createDocumentsHandlers } from './handlers/documents';
import { createExchangeHandlers } from './handlers/exchange';
import { createListHandlers } from './handlers/list';
import { createSettingsHandlers } from './handlers/settings';
import { createSpellHandlers } from './handlers/spell';
import { createVaultHandlers } from './handlers/vault';

export function createHandlers(s: Services): Handlers {
  return {
    ...createAppHandlers(s),
    ...createVaultHandlers(s),
    ...createConferenceHandlers(s),
    ...createDocumentsHandlers(s),
    ...createListHandlers(s),
    ...createSettingsHandlers(s),
    ...createSpellHandlers(s),
    ...createExchangeHandlers(s),
  };
}
