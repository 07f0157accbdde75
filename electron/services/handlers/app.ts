// Handlers of the app.* channels.
import type { Handlers } from '../../../shared/ipc/contract';
import { APP_NAME, APP_VERSION } from '../app-info';
import type { Services } from '../create-services';

type AppHandlers = Pick<Handlers, 'app.status' | 'app.echo' | 'app.savedNow'>;

export function createAppHandlers(s: Services): AppHandlers {
  return {
    'app.status': async () => ({
      appName: APP_NAME,
      version: APP_VERSION,
      shell: s.shell,
      vault: await s.vault.state(),
    }),
    'app.echo': ({ text }) => Promise.resolve({ text, receivedAt: s.clock.now().toISOString() }),
    'app.savedNow': ({ requestId }) =>
      Promise.resolve({ expected: s.saveNow.acknowledge(requestId) }),
  };
}
