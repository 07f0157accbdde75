// The one boundary routine shared by Electron IPC, the browser shell, the CLI and tests: parse, call, check, map.
import type { z } from 'zod';

import type { Channel } from './channels';
import { contract } from './contract';
import type { Handlers, Output } from './contract';
import { err, isAppFailure } from './result';
import type { FieldIssue, Result } from './result';

/** Where full errors go; the renderer only ever sees code + message. */
export type ErrorLog = { error: (scope: string, error: unknown) => void };

const MAX_ISSUES = 20;

/** Turns zod issues into field issues with dotted paths and short messages (no input values echoed). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

/** True if `name` is a channel of the contract (an own key; '__proto__' and 'toString' are not). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * Validates `raw` against the channel's input schema, runs the handler, validates its output, and returns a Result.
 * Maps: invalid input or unknown channel → BAD_INPUT; AppFailure → its code; anything else → INTERNAL.
 */
export async function dispatch(
  channel: unknown,
  raw: unknown,
  handlers: Handlers,
  log: ErrorLog,
): Promise<Result<Output<Channel>>> {
  if (!isChannel(channel)) {
    return err('BAD_INPUT', 'That request is not one this app knows.');
  }
  const schema = contract[channel];
  const parsed = schema.input.safeParse(raw);
  if (!parsed.success) {
    return err('BAD_INPUT', 'Some details were not valid.', toFieldIssues(parsed.error));
  }
  try {
    // The only cast in the IPC layer: TypeScript cannot correlate contract[C] with handlers[C] for a union C.
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = schema.output.safeParse(value);
    if (!checked.success) {
      log.error(`${channel}: output did not match the contract`, checked.error);
      return err(
        'INTERNAL',
        'Something went wrong inside the app. Nothing was changed by this request.',
      );
    }
    return { ok: true, value: checked.data as Output<Channel> };
  } catch (e) {
    if (isAppFailure(e)) {
      return err(e.code, e.message, e.issues);
    }
    log.error(channel, e);
    return err('INTERNAL', 'Something went wrong inside the app. The details are in the app log.');
  }
}
