// The shape both transports share (the preload's bridge in Electron, HTTP in the browser shell). A leaf module, so
// transport.ts, which picks one, and http-transport.ts, which is one, do not import each other.
import type { Channel, EventName } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';

export type Transport = {
  kind: 'electron' | 'browser';
  invoke: (channel: Channel, input: unknown) => Promise<Result<unknown>>;
  on: (event: EventName, listener: (payload: unknown) => void) => () => void;
};
