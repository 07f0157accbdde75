// Handlers of the settings.* channels: thin calls into the settings service. Rule source: docs/architecture.md §3.4.
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../create-services';

export function createSettingsHandlers(
  s: Services,
): Pick<Handlers, 'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => Promise.resolve(s.settings.get()),
    'settings.set': (input) => s.settings.set(input),
  };
}
