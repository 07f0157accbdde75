// Main → renderer events: payload schema per event name. Rule source: style.md §3.4.
import { z } from 'zod';

import type { EventName } from './channels';

export const eventContract = {
  'app.locked': z.strictObject({ reason: z.enum(['manual', 'idle', 'os-lock', 'suspend']) }),
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>;
