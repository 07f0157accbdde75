// Handlers of the app.* channels.
import type { Handlers } from '../../../shared/ipc/contract';
import { APP_NAME, APP_VERSION } from '../app-info';
import type { Services } from '../create-services';

type AppHandlers = Pick<Handlers, 'app.status' | 'app.echo'>;

export function createAppHandlers(s: Services): AppHandlers {
  return {
    'app.status': () =>
      Promise.resolve({
        appName: APP_NAME,
        version: APP_VERSION,
        shell: s.shell,
        vault: 'absent' as const,
      }),
    'app.echo': ({ text }) => Promise.resolve({ text, receivedAt: s.clock.now().toISOString() }),
  };
}
