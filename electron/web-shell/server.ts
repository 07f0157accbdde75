// The browser shell: the same services behind a loopback-only HTTP endpoint, for machines without the Electron
// binary and for end-to-end tests. Same contract and dispatch(); a per-launch secret that works once, exchanged for
// an HttpOnly SameSite=Strict cookie; Host and Origin checks against DNS rebinding and cross-site requests; PDFs to
// print at one-time addresses (electron/services/print-tokens.ts).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { ErrorLog } from '../../shared/ipc/dispatch';
import { err } from '../../shared/ipc/result';
import { PRINT_PATH, takePrint } from '../services/print-tokens';
import type { PrintTokens } from '../services/print-tokens';
import {
  CONTENT_TYPES,
  CSP_BROWSER,
  resolveBundlePath,
  securityHeaders,
} from '../services/web-policy';

import { readBody } from './read-body';

export const SESSION_COOKIE = 'icpc_session';
export const LAUNCH_PATH = '/launch';
/** Larger request bodies are refused before parsing (the contract's own limits are far lower). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export type WebShellOptions = {
  handlers: Handlers;
  log: ErrorLog;
  rendererDir: string;
  /** PDFs waiting to be printed, served once at /print/<token> (electron/services/print-tokens.ts). */
  prints?: PrintTokens;
  /** 0 (default) picks a free port. */
  port?: number;
};

export type WebShell = {
  origin: string;
  port: number;
  /** The one-time launch URL; opening it sets the session cookie. Valid once. */
  launchUrl: string;
  /** The same one-time secret, for the launch page that posts it (electron/web-shell/launch-page.ts). */
  launchSecret: string;
  /** Resolves when the secret has been used (by the URL or the posted form). */
  launched: Promise<void>;
  emit: (event: string, payload: unknown) => void;
  close: () => Promise<void>;
};

const token = (): string => randomBytes(32).toString('base64url');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      return rest.join('=');
    }
  }
  return null;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...securityHeaders(CSP_BROWSER),
    'Content-Type': 'text/plain; charset=utf-8',
  });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, {
    ...securityHeaders(CSP_BROWSER),
    'Content-Type': 'application/json; charset=utf-8',
  });
  res.end(JSON.stringify(value));
}

/** Starts the loopback server. Resolves once it listens. */
export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const launchSecret = token();
  let launchUsed = false;
  let markLaunched: () => void = () => undefined;
  const launched = new Promise<void>((resolveLaunched) => {
    markLaunched = resolveLaunched;
  });
  const sessions = new Set<string>();
  const streams = new Set<ServerResponse>();
  let port = 0;

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = (): Set<string> => new Set([...allowedHosts()].map((h) => `http://${h}`));

  const refuseForeign = (req: IncomingMessage, res: ServerResponse): boolean => {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends Host: evil.example.
    if (!allowedHosts().has(req.headers.host ?? '')) {
      sendText(res, 403, 'Refused: this address is not the app’s.');
      return true;
    }
    // The launch page is a local file (Origin "null", cross-site): the one-time secret it posts is what
    // authenticates it, and the launch path grants nothing but the session that secret stands for.
    if (req.method === 'POST' && (req.url ?? '').split('?')[0] === LAUNCH_PATH) {
      return false;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      sendText(res, 403, 'Refused: the request came from another site.');
      return true;
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      sendText(res, 403, 'Refused: the request came from another site.');
      return true;
    }
    return false;
  };

  const handleLaunch = (given: string, res: ServerResponse, via: 'link' | 'form'): void => {
    if (launchUsed || !sameSecret(given, launchSecret)) {
      sendText(
        res,
        403,
        'This link has already been used or is not valid. Close this window and start the app again.',
      );
      return;
    }
    launchUsed = true;
    markLaunched();
    const session = token();
    sessions.add(session);
    const cookie = `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`;
    if (via === 'link') {
      res.writeHead(303, { ...securityHeaders(CSP_BROWSER), Location: '/', 'Set-Cookie': cookie });
      res.end();
      return;
    }
    // After a post from the file page a redirect would still be part of that cross-site navigation, so the
    // browser would not send the SameSite=Strict cookie with it. A page on our own origin moves on instead.
    res.writeHead(200, {
      ...securityHeaders(CSP_BROWSER),
      'Content-Type': 'text/html; charset=utf-8',
      'Set-Cookie': cookie,
    });
    res.end(
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">' +
        '<meta http-equiv="refresh" content="0; url=/"><title>Opening ICPC Companion</title></head>' +
        '<body><p><a href="/">Open ICPC Companion</a></p></body></html>',
    );
  };

  const handleLaunchForm = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      sendText(res, 415, 'The launch form must be posted as a form.');
      return;
    }
    const body = await readBody(req, 4096);
    if (!body.ok) {
      sendText(res, body.status, body.message);
      return;
    }
    handleLaunch(new URLSearchParams(body.text).get('secret') ?? '', res, 'form');
  };

  const handleRpc = async (channel: string, req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') {
      sendJson(res, 405, err('BAD_INPUT', 'Use POST for requests.'));
      return;
    }
    // A simple cross-site form cannot send application/json without a preflight, which we never grant.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 415, err('BAD_INPUT', 'Requests must be JSON.'));
      return;
    }
    if (req.headers.origin === undefined) {
      sendJson(
        res,
        403,
        err('UNAUTHORISED', 'Refused: the request did not say where it came from.'),
      );
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      sendJson(res, body.status, err('BAD_INPUT', body.message));
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.text);
    } catch {
      sendJson(res, 400, err('BAD_INPUT', 'The request was not valid JSON.'));
      return;
    }
    sendJson(res, 200, await dispatch(channel, raw, options.handlers, options.log));
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, {
      ...securityHeaders(CSP_BROWSER),
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  };

  const handleStatic = async (url: URL, res: ServerResponse): Promise<void> => {
    const file = resolveBundlePath(options.rendererDir, url.pathname);
    if (file === null) {
      sendText(res, 404, 'Not found.');
      return;
    }
    try {
      const bytes = await readFile(file);
      res.writeHead(200, {
        ...securityHeaders(CSP_BROWSER),
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(bytes);
    } catch {
      sendText(res, 404, 'Not found.');
    }
  };

  const server = createServer((req, res) => {
    void (async () => {
      if (refuseForeign(req, res)) {
        return;
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname === LAUNCH_PATH && req.method === 'GET') {
        handleLaunch(url.searchParams.get('secret') ?? '', res, 'link');
        return;
      }
      if (url.pathname === LAUNCH_PATH && req.method === 'POST') {
        await handleLaunchForm(req, res);
        return;
      }
      const session = cookieValue(req, SESSION_COOKIE);
      if (session === null || !sessions.has(session)) {
        sendText(res, 401, 'Refused: open the app from the link it printed when it started.');
        return;
      }
      if (url.pathname.startsWith('/rpc/')) {
        await handleRpc(url.pathname.slice('/rpc/'.length), req, res);
      } else if (url.pathname.startsWith(PRINT_PATH) && req.method === 'GET') {
        const print = options.prints ? takePrint(options.prints, url.pathname) : null;
        if (print === null) {
          sendText(
            res,
            404,
            'This print address has been used or has expired. Choose Print again.',
          );
        } else {
          res.writeHead(200, print.headers);
          res.end(print.body);
        }
      } else if (url.pathname === '/events' && req.method === 'GET') {
        handleEvents(req, res);
      } else if (req.method === 'GET' || req.method === 'HEAD') {
        await handleStatic(url, res);
      } else {
        sendText(res, 405, 'Method not allowed.');
      }
    })().catch((e: unknown) => {
      options.log.error('web-shell', e);
      if (!res.headersSent) {
        sendJson(res, 500, err('INTERNAL', 'Something went wrong inside the app.'));
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    launchUrl: `${origin}${LAUNCH_PATH}?secret=${launchSecret}`,
    launchSecret,
    launched,
    emit: (event, payload) => {
      const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
      streams.forEach((stream) => stream.write(line));
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        streams.forEach((stream) => stream.end());
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
