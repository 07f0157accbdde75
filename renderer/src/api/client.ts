// invoke(channel, input) and subscribe(event, listener): typed from the shared contract, the only API screens use.
import type { Channel, EventName } from '../../../shared/ipc/channels';
import type { Input, Output } from '../../../shared/ipc/contract';
import type { EventPayload } from '../../../shared/ipc/events';
import type { Result } from '../../../shared/ipc/result';

import { pickTransport } from './transport';
import type { Transport } from './transport';

let transport: Transport | null = null;
const current = (): Transport => (transport ??= pickTransport());

/** Calls a main-process channel; never throws, errors come back as Result. */
export function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  return current().invoke(channel, input) as Promise<Result<Output<C>>>;
}

/** Listens to a main → renderer event; returns the unsubscribe function (return it from a React effect). */
export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return current().on(event, listener as (payload: unknown) => void);
}

/** Which shell the renderer runs in. */
export function shellKind(): Transport['kind'] {
  return current().kind;
}
