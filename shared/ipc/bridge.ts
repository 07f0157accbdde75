// The shape of window.icpc, exposed by the preload: one named function per channel, plus on(event).
import type { Channel, EventName } from './channels';
import type { Input, Output } from './contract';
import type { EventPayload } from './events';
import type { Result } from './result';

export type ChannelFunctions = {
  [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>>;
};

export type IcpcBridge = ChannelFunctions & {
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};
