// The browser shell's print address (docs/decisions/0015-print-route.md): GET /print/<token> gives the PDF once,
// only with the session cookie, only for a short time, inline, never cached; anything else is refused or 404.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createHandlers } from '../../electron/services/handlers';
import type { PrintableFile } from '../../electron/services/ports';
import {
  MAX_WAITING_PRINTS,
  PRINT_TOKEN_MS,
  createPrintTokens,
  inlineDisposition,
} from '../../electron/services/print-tokens';
import type { PrintTokens } from '../../electron/services/print-tokens';
import { SESSION_COOKIE, startWebShell } from '../../electron/web-shell/server';
import type { WebShell } from '../../electron/web-shell/server';
import { testServices } from '../support/test-services';

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

function send(
  shell: WebShell,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
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
            body: Buffer.concat(chunks),
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

/** A small PDF-like payload with every byte value, so any re-encoding would show. */
const PDF: PrintableFile = {
  fileName: 'Conference record – Mia Example.pdf',
  bytes: Uint8Array.from([
    ...Buffer.from('%PDF-1.7\n'),
    ...Array.from({ length: 256 }, (_, i) => i),
  ]),
};

describe('print address of the browser shell', () => {
  let env: ReturnType<typeof testServices>;
  let shell: WebShell;
  let rendererDir: string;
  let tokens: PrintTokens;
  let clock: number;
  let cookie: string;

  beforeEach(async () => {
    env = testServices();
    clock = 1_000_000;
    tokens = createPrintTokens(() => clock);
    rendererDir = mkdtempSync(join(tmpdir(), 'icpc-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    shell = await startWebShell({
      handlers: {
        ...createHandlers(env.services),
        // The real handler loads the PDF from the vault (tests/services/signoff/print.test.ts); here the route.
        'documents.print': () => Promise.resolve({ kind: 'open', path: tokens.issue(PDF) }),
      },
      log: env.logger,
      prints: tokens,
      rendererDir,
    });
    const launch = new URL(shell.launchUrl);
    const reply = await send(shell, launch.pathname + launch.search);
    cookie = String(reply.headers['set-cookie']).split(';')[0]!;
  });
  afterEach(async () => {
    await shell.close();
    rmSync(rendererDir, { recursive: true, force: true });
    env.cleanup();
  });

  const ask = async (): Promise<string> => {
    const reply = await send(shell, '/rpc/documents.print', {
      method: 'POST',
      headers: { cookie, origin: shell.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ conferenceId: 'conf-1', version: 1, documentId: 'conf-1.v1.0.pdf' }),
    });
    const result = JSON.parse(reply.body.toString()) as {
      ok: boolean;
      value: { kind: string; path: string };
    };
    expect(result.ok).toBe(true);
    expect(result.value.kind).toBe('open');
    expect(result.value.path).toMatch(/^\/print\/[\w-]{43}$/);
    return result.value.path;
  };

  it('serves the exact bytes once, inline, as a PDF, with no caching and framing by the app only', async () => {
    const path = await ask();
    const reply = await send(shell, path, { headers: { cookie } });
    expect(reply.status).toBe(200);
    expect(reply.body.equals(Buffer.from(PDF.bytes))).toBe(true);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-disposition']).toBe(inlineDisposition(PDF.fileName));
    expect(reply.headers['content-disposition']).toMatch(/^inline; /);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(reply.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'self'",
    );
    const again = await send(shell, path, { headers: { cookie } });
    expect(again.status).toBe(404);
    expect(again.body.toString()).not.toContain('%PDF');
  });

  it.each([
    ['no cookie', {}],
    ['a wrong session', { cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}` }],
    ['an empty session', { cookie: `${SESSION_COOKIE}=` }],
  ])(
    'refuses %s with 401, and the address still works with the session after',
    async (_n, headers) => {
      const path = await ask();
      const refused = await send(shell, path, { headers });
      expect(refused.status).toBe(401);
      expect(refused.body.toString()).not.toContain('%PDF');
      expect((await send(shell, path, { headers: { cookie } })).status).toBe(200);
    },
  );

  it('refuses another site and a foreign Host', async () => {
    const path = await ask();
    const cross = await send(shell, path, { headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(cross.status).toBe(403);
    const host = await send(shell, path, { headers: { cookie, host: 'evil.example' } });
    expect(host.status).toBe(403);
    expect((await send(shell, path, { headers: { cookie } })).status).toBe(200);
  });

  it('answers 404 for any token it did not give', async () => {
    await ask();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (guess) => {
        const reply = await send(shell, `/print/${encodeURIComponent(guess)}`, {
          headers: { cookie },
        });
        expect(reply.status).toBe(404);
      }),
      { numRuns: 40 },
    );
  });

  it('lets a token expire, and forgets every waiting PDF on lock', async () => {
    const late = await ask();
    clock += PRINT_TOKEN_MS;
    expect((await send(shell, late, { headers: { cookie } })).status).toBe(404);
    const first = await ask();
    const second = await ask();
    tokens.forget();
    expect((await send(shell, first, { headers: { cookie } })).status).toBe(404);
    expect((await send(shell, second, { headers: { cookie } })).status).toBe(404);
  });

  it(`keeps at most ${MAX_WAITING_PRINTS} PDFs waiting, dropping the oldest`, async () => {
    const paths: string[] = [];
    for (let i = 0; i <= MAX_WAITING_PRINTS; i += 1) {
      paths.push(await ask());
    }
    expect((await send(shell, paths[0]!, { headers: { cookie } })).status).toBe(404);
    for (const path of paths.slice(1)) {
      expect((await send(shell, path, { headers: { cookie } })).status).toBe(200);
    }
  });

  it('only serves GET: a POST to a print address is not allowed and does not use it', async () => {
    const path = await ask();
    const post = await send(shell, path, {
      method: 'POST',
      headers: { cookie, origin: shell.origin, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(405);
    expect((await send(shell, path, { headers: { cookie } })).status).toBe(200);
  });
});

describe('inline file name', () => {
  it.each([
    ['plain.pdf', 'inline; filename="plain.pdf"; filename*=UTF-8\'\'plain.pdf'],
    [
      'Record – Mia.pdf',
      'inline; filename="Record _ Mia.pdf"; filename*=UTF-8\'\'Record%20%E2%80%93%20Mia.pdf',
    ],
    ['a"b\\c.pdf', 'inline; filename="a_b_c.pdf"; filename*=UTF-8\'\'a%22b%5Cc.pdf'],
  ])('%s', (name, header) => {
    expect(inlineDisposition(name)).toBe(header);
  });

  it('never lets a name break out of the header', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const header = inlineDisposition(name);
        expect(header).not.toMatch(/[\r\n]/);
        // Printable ASCII only, no quote or backslash inside the quoted name.
        expect(header).toMatch(/^inline; filename="[ !#-[\]-~]*"; filename\*=UTF-8''[\w%.!~-]*$/);
      }),
    );
  });
});
