// Contract of the app.* channels: status of the running app, and an echo used to prove the round trip.
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
} as const;
