// dispatch(): valid calls succeed, outputs are checked, failures become typed values without stacks or paths.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createHandlers } from '../../electron/services/handlers';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { AppFailure, err, isAppFailure, ok } from '../../shared/ipc/result';
import { FIXED_NOW, testServices } from '../support/test-services';

describe('dispatch', () => {
  let env: ReturnType<typeof testServices>;
  let handlers: Handlers;
  beforeEach(() => {
    env = testServices();
    handlers = createHandlers(env.services);
  });
  afterEach(() => env.cleanup());

  it('round-trips a valid echo request through the contract', async () => {
    const result = await dispatch('app.echo', { text: 'round trip' }, handlers, env.logger);
    expect(result).toEqual(ok({ text: 'round trip', receivedAt: FIXED_NOW.toISOString() }));
  });

  it('reports the status of the app', async () => {
    const result = await dispatch('app.status', {}, handlers, env.logger);
    expect(result.ok && result.value).toMatchObject({ appName: 'ICPC Companion', shell: 'test' });
  });

  it('returns field issues with paths for invalid input', async () => {
    const result = await dispatch('app.echo', { text: 7 }, handlers, env.logger);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.issues?.[0]?.path).toBe('text');
  });

  it('maps an AppFailure thrown by a service to its code and message', async () => {
    const failing = {
      ...handlers,
      'app.echo': () => Promise.reject(new AppFailure('LOCKED', 'The vault is locked.')),
    };
    expect(await dispatch('app.echo', { text: 'x' }, failing, env.logger)).toEqual(
      err('LOCKED', 'The vault is locked.'),
    );
  });

  it('maps any other error to INTERNAL without its message, stack or file paths, and logs it', async () => {
    const failing = {
      ...handlers,
      'app.echo': () => Promise.reject(new Error('ENOENT: /home/someone/secret/path.enc')),
    };
    const result = await dispatch('app.echo', { text: 'x' }, failing, env.logger);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('/home/');
    expect(JSON.stringify(result)).not.toContain('ENOENT');
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(env.logger.errors).toHaveLength(1);
  });

  it('refuses a handler output that breaks the contract, as INTERNAL', async () => {
    const broken = {
      ...handlers,
      'app.echo': () => Promise.resolve({ text: 'x', receivedAt: 'yesterday' }),
    } as unknown as Handlers;
    const result = await dispatch('app.echo', { text: 'x' }, broken, env.logger);
    expect(!result.ok && result.error.code).toBe('INTERNAL');
  });

  it('recognises AppFailure by shape across realms', () => {
    expect(isAppFailure({ name: 'AppFailure', code: 'LOCKED', message: 'x' })).toBe(true);
    expect(isAppFailure({ name: 'AppFailure', code: 'NOPE', message: 'x' })).toBe(false);
    expect(isAppFailure(new Error('x'))).toBe(false);
    expect(isAppFailure(null)).toBe(false);
  });
});
