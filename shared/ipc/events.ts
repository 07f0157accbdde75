// Main → renderer events: payload schema per event name. Rule source: docs/architecture.md §3.4.
import { z } from 'zod';

import type { EventName } from './channels';

export const eventContract = {
  'app.locked': z.strictObject({ reason: z.enum(['manual', 'idle', 'os-lock', 'suspend']) }),
  /** Sign-off progress: documents signed so far of the total. */
  'documents.progress': z.strictObject({
    conferenceId: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  /** The shared folder changed: how many of its bundles are new for this vault. */
  'exchange.inbox-changed': z.strictObject({ newBundles: z.number().int().nonnegative() }),
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>;
