// Main → renderer events: payload schema per event name. Rule source: docs/architecture.md §3.4.
import { z } from 'zod';

import type { EventName } from './channels';

export const eventContract = {
  'app.locked': z.strictObject({ reason: z.enum(['manual', 'idle', 'os-lock', 'suspend']) }),
  /**
   * The idle lock is near: `secondsLeft` until it locks (60, or less when the timeout is shorter), or null when the
   * countdown started again (any use, or "Stay unlocked"); `live` when the live-mode timeout applies, and
   * `lockAfterMinutes` that timeout.
   */
  'app.lockWarning': z.strictObject({
    secondsLeft: z.number().int().nonnegative().nullable(),
    live: z.boolean(),
    lockAfterMinutes: z.number().positive(),
  }),
  /**
   * An OS lock or suspend is about to lock the vault: save what is still waiting in the text save delay now, then
   * answer with 'app.savedNow' and this `requestId` (docs/vault.md, "Keys and unlocking").
   */
  'app.saveNow': z.strictObject({ requestId: z.string().min(1).max(64) }),
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
