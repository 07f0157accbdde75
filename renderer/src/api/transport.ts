// The renderer's one door to main: window.icpc in Electron, HTTP to the loopback browser shell otherwise.
import type { IcpcBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';

import { createHttpTransport } from './http-transport';
import type { Transport } from './transport-type';

export type { Transport } from './transport-type';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    icpc?: IcpcBridge;
  }
}

function electronTransport(bridge: IcpcBridge): Transport {
  return {
    kind: 'electron',
    invoke: (channel, input) =>
      (bridge[channel] as (input: unknown) => Promise<Result<unknown>>)(input),
    on: (event, listener) => bridge.on(event, listener),
  };
}

/** Picks the transport once: the preload's bridge if present, else the browser shell's HTTP endpoint. */
export function pickTransport(): Transport {
  return window.icpc ? electronTransport(window.icpc) : createHttpTransport(window.location.origin);
}
