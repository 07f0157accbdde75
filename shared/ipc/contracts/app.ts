// Contract of the app.* channels: status of the running app, an echo used to prove the round trip, and the
// answer to 'app.saveNow' (everything typed is saved) before an OS lock or suspend locks the vault.
import { z } from 'zod';

export const ShellSchema = z.enum(['electron', 'browser', 'cli', 'test']);

export const appContract = {
  'app.status': {
    input: z.strictObject({}),
    output: z.strictObject({
      appName: z.string(),
      version: z.string(),
      shell: ShellSchema,
      vault: z.enum(['absent', 'locked', 'unlocked']),
    }),
  },
  'app.echo': {
    input: z.strictObject({ text: z.string().max(1000) }),
    output: z.strictObject({ text: z.string(), receivedAt: z.iso.datetime() }),
  },
  /** The window has saved everything typed that an 'app.saveNow' asked for (docs/vault.md, "Keys and unlocking"). */
  'app.savedNow': {
    input: z.strictObject({ requestId: z.string().min(1).max(64) }),
    output: z.strictObject({ expected: z.boolean() }),
  },
} as const;
