// The browser shell refuses requests without the cookie, a reused or wrong secret, a foreign Origin or Host.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createHandlers } from '../../electron/services/handlers';
import { MAX_BODY_BYTES, SESSION_COOKIE, startWebShell } from '../../electron/web-shell/server';
import type { WebShell } from '../../electron/web-shell/server';
import { testServices } from '../support/test-services';

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** Raw HTTP, so the test can send any Host header (fetch cannot). */
function send(
  shell: WebShell,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: shell.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${shell.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) {
      req.write(options.body);
    }
    req.end();
  });
}

describe('browser shell server', () => {
  let env: ReturnType<typeof testServices>;
  let shell: WebShell;
  let rendererDir: string;

  beforeEach(async () => {
    env = testServices();
    rendererDir = mkdtempSync(join(tmpdir(), 'icpc-renderer-'));
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    shell = await startWebShell({
      handlers: createHandlers(env.services),
      log: env.logger,
      rendererDir,
    });
  });
  afterEach(async () => {
    await shell.close();
    rmSync(rendererDir, { recursive: true, force: true });
    env.cleanup();
  });

  const launchPath = (): string =>
    new URL(shell.launchUrl).pathname + new URL(shell.launchUrl).search;

  async function login(): Promise<string> {
    const reply = await send(shell, launchPath());
    expect(reply.status).toBe(303);
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toMatch(
      new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    return cookie.split(';')[0]!;
  }

  const rpc = (
    cookie: string,
    channel: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    send(shell, `/rpc/${channel}`, {
      method: 'POST',
      headers: { cookie, origin: shell.origin, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('listens on the loopback address only', () => {
    expect(shell.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('exchanges the launch secret for a session cookie, and the round trip works', async () => {
    const cookie = await login();
    const reply = await rpc(cookie, 'app.echo', { text: 'hello' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { text: 'hello' } });
  });

  it('refuses a reused launch secret', async () => {
    await login();
    const again = await send(shell, launchPath());
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a wrong launch secret, and the right one still works once after', async () => {
    expect((await send(shell, '/launch?secret=guess')).status).toBe(403);
    expect((await send(shell, '/launch')).status).toBe(403);
    await login();
  });

  const postLaunch = (body: string, headers: Record<string, string> = {}) =>
    send(shell, '/launch', {
      method: 'POST',
      // What Chromium sends for a form posted from a local file page.
      headers: {
        origin: 'null',
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body,
    });

  it('takes the secret posted by the launch page once, and answers with a same-origin page and the cookie', async () => {
    const wrong = await postLaunch('secret=guess');
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const reply = await postLaunch(`secret=${shell.launchSecret}`);
    expect(reply.status).toBe(200);
    expect(String(reply.headers['set-cookie'])).toMatch(
      new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    expect(reply.body).toContain('<meta http-equiv="refresh" content="0; url=/">');
    const cookie = String(reply.headers['set-cookie']).split(';')[0]!;
    expect((await rpc(cookie, 'app.echo', { text: 'hi' })).status).toBe(200);
    // Used once: neither the form nor the link works again.
    expect((await postLaunch(`secret=${shell.launchSecret}`)).status).toBe(403);
    expect((await send(shell, launchPath())).status).toBe(403);
    await expect(shell.launched).resolves.toBeUndefined();
  });

  it('refuses a launch post that is not a form, or too large, or to a foreign Host', async () => {
    const json = await postLaunch(JSON.stringify({ secret: shell.launchSecret }), {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(415);
    const huge = await postLaunch(`secret=${'a'.repeat(10_000)}`);
    expect(huge.status).toBe(413);
    const foreign = await postLaunch(`secret=${shell.launchSecret}`, { host: 'evil.example' });
    expect(foreign.status).toBe(403);
    // None of these used the secret up.
    await login();
  });

  it('refuses pages, files and requests without the cookie', async () => {
    expect((await send(shell, '/')).status).toBe(401);
    expect((await send(shell, '/assets/app.js')).status).toBe(401);
    const reply = await send(shell, '/rpc/app.status', {
      method: 'POST',
      headers: { origin: shell.origin, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(401);
  });

  it('refuses a forged cookie', async () => {
    await login();
    expect((await rpc(`${SESSION_COOKIE}=forged`, 'app.status', {})).status).toBe(401);
  });

  it('refuses a foreign Origin even with a valid cookie', async () => {
    const cookie = await login();
    const reply = await rpc(cookie, 'app.status', {}, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const nullOrigin = await rpc(cookie, 'app.status', {}, { origin: 'null' });
    expect(nullOrigin.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), even for the launch link', async () => {
    const cookie = await login();
    for (const host of ['evil.example', `evil.example:${shell.port}`, '127.0.0.1', `127.0.0.1:1`]) {
      const reply = await send(shell, '/', { headers: { host, cookie } });
      expect(reply.status, host).toBe(403);
    }
  });

  it('refuses cross-site fetch metadata', async () => {
    const cookie = await login();
    const reply = await rpc(cookie, 'app.status', {}, { 'sec-fetch-site': 'cross-site' });
    expect(reply.status).toBe(403);
  });

  it('refuses requests without an Origin, or that are not JSON', async () => {
    const cookie = await login();
    const noOrigin = await send(shell, '/rpc/app.status', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noOrigin.status).toBe(403);
    const form = await rpc(
      cookie,
      'app.status',
      {},
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    expect(form.status).toBe(415);
    const get = await send(shell, '/rpc/app.status', { headers: { cookie } });
    expect(get.status).toBe(405);
  });

  it('answers malformed bodies with BAD_INPUT and oversize bodies with 413', async () => {
    const cookie = await login();
    const bad = await send(shell, '/rpc/app.status', {
      method: 'POST',
      headers: { cookie, origin: shell.origin, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const huge = await send(shell, '/rpc/app.echo', {
      method: 'POST',
      headers: { cookie, origin: shell.origin, 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20),
    });
    expect(huge.status).toBe(413);
    const unknown = await rpc(cookie, 'no.such', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('serves the renderer with the CSP and no-store headers, and refuses traversal', async () => {
    const cookie = await login();
    const page = await send(shell, '/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['cache-control']).toBe('no-store');
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
    ]) {
      expect((await send(shell, path, { headers: { cookie } })).status, path).toBe(404);
    }
  });

  it('streams events to the signed-in page', async () => {
    const cookie = await login();
    const received = new Promise<string>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: shell.port,
          path: '/events',
          headers: { host: `127.0.0.1:${shell.port}`, cookie },
        },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            const text = chunk.toString();
            if (text.includes('app.locked')) {
              resolve(text);
              req.destroy();
            } else {
              shell.emit('app.locked', { reason: 'manual' });
            }
          });
        },
      );
      req.end();
    });
    expect(await received).toContain('"reason":"manual"');
  });
});
