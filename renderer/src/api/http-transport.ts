// Browser-shell transport: POST /rpc/<channel> with the session cookie; events over /events (server-sent).
import type { Channel, EventName } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';

import type { Transport } from './transport-type';

const NETWORK_ERROR: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message:
      'The app’s background process is not answering. Close this window and start the app again.',
  },
};

export function createHttpTransport(origin: string): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureSource = (): void => {
    if (source) {
      return;
    }
    source = new EventSource(`${origin}/events`);
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const { event, payload } = JSON.parse(message.data) as {
          event: EventName;
          payload: unknown;
        };
        listeners.get(event)?.forEach((listener) => listener(payload));
      } catch {
        // A malformed event is dropped: events only ever prompt a refresh of state fetched through invoke().
      }
    };
  };

  return {
    kind: 'browser',
    invoke: async (channel: Channel, input: unknown) => {
      try {
        const response = await fetch(`${origin}/rpc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return NETWORK_ERROR;
      }
    },
    on: (event, listener) => {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
