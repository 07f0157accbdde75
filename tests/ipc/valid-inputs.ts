// One valid input per channel. The Record type makes a missing channel a compile error: add yours here.
import type { Channel } from '../../shared/ipc/channels';

export const VALID_INPUTS: Record<Channel, Record<string, unknown>> = {
  'app.status': {},
  'app.echo': { text: 'Hello from the test' },
};
