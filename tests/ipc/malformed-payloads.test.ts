// Every channel rejects malformed payloads with BAD_INPUT before any handler runs (docs/architecture.md §3.8 contract tests).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createHandlers } from '../../electron/services/handlers';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Channel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { testServices } from '../support/test-services';

import { VALID_INPUTS } from './valid-inputs';

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

type Case = { name: string; payload: unknown };

function isOptional(channel: Channel, key: string): boolean {
  const schema = contract[channel].input as unknown as {
    shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
  };
  return schema.shape[key]?.safeParse(undefined).success ?? false;
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') {
    return 12345;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return 'not the right type';
  }
  return 'not an object';
}

/** The corpus for one channel: derived from its valid input, so a new channel gets every case for free. */
function malformedCases(channel: Channel): Case[] {
  const valid = VALID_INPUTS[channel];
  const cases: Case[] = [
    { name: 'null', payload: null },
    { name: 'undefined', payload: undefined },
    { name: 'a number', payload: 42 },
    { name: 'a string', payload: 'hello' },
    { name: 'an array', payload: [valid] },
    { name: 'an extra key', payload: { ...valid, unexpected: true } },
    {
      name: 'a __proto__ key',
      payload: JSON.parse(
        `{"__proto__":{"polluted":true},${JSON.stringify(valid).slice(1)}`.replace(',}', '}'),
      ),
    },
    {
      name: 'a constructor.prototype key',
      payload: { ...valid, constructor: { prototype: { polluted: true } } },
    },
  ];
  for (const [key, value] of Object.entries(valid)) {
    if (!isOptional(channel, key)) {
      const rest = { ...valid };
      delete rest[key];
      cases.push({ name: `missing "${key}"`, payload: rest });
    }
    cases.push({
      name: `"${key}" of the wrong type`,
      payload: { ...valid, [key]: wrongTypeFor(value) },
    });
    cases.push({ name: `"${key}" as a 10 MB string`, payload: { ...valid, [key]: TEN_MB } });
  }
  return cases;
}

describe('dispatch over every channel', () => {
  let env: ReturnType<typeof testServices>;
  let handlers: Handlers;
  let spies: Map<Channel, ReturnType<typeof vi.fn>>;

  beforeEach(() => {
    env = testServices();
    const real = createHandlers(env.services);
    spies = new Map();
    handlers = Object.fromEntries(
      CHANNELS.map((channel) => {
        const spy = vi.fn(real[channel] as (input: unknown) => Promise<unknown>);
        spies.set(channel, spy);
        return [channel, spy];
      }),
    ) as unknown as Handlers;
  });
  afterEach(() => env.cleanup());

  it('has a handler and a valid input for every channel in the contract', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(VALID_INPUTS).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(typeof handlers[channel]).toBe('function');
    }
  });

  for (const channel of CHANNELS) {
    describe(channel, () => {
      for (const { name, payload } of malformedCases(channel)) {
        it(`rejects ${name} with BAD_INPUT and never calls the handler`, async () => {
          const result = await dispatch(channel, payload, handlers, env.logger);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('BAD_INPUT');
            expect(result.error.message).not.toMatch(/at .*\.(ts|js):\d+/);
          }
          expect(spies.get(channel)).not.toHaveBeenCalled();
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        });
      }
    });
  }

  for (const name of ['no.such.channel', '__proto__', 'constructor', 'toString', '', 42, null]) {
    it(`rejects the unknown channel ${JSON.stringify(name)} with BAD_INPUT`, async () => {
      const result = await dispatch(name, {}, handlers, env.logger);
      expect(result).toEqual({
        ok: false,
        error: { code: 'BAD_INPUT', message: 'That request is not one this app knows.' },
      });
    });
  }
});
