// Serves the renderer bundle over app://bundle (not file://), with the CSP header and path traversal refused, and
// each PDF to print once at app://bundle/print/<token> (electron/services/print-tokens.ts).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

import { protocol } from 'electron';
import type { Session } from 'electron';

import { takePrint } from '../services/print-tokens';
import type { PrintTokens } from '../services/print-tokens';
import {
  CONTENT_TYPES,
  CSP_ELECTRON,
  resolveBundlePath,
  securityHeaders,
} from '../services/web-policy';

import { APP_SCHEME, isAppUrl } from './policy';

/** Must run before app 'ready': app:// is a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Binds the app:// handler on the app's session. */
export function handleAppProtocol(ses: Session, rendererDir: string, prints: PrintTokens): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const print = isAppUrl(request.url) ? takePrint(prints, new URL(request.url).pathname) : null;
    if (print !== null) {
      return new Response(new Uint8Array(print.body), { status: 200, headers: print.headers });
    }
    const file = isAppUrl(request.url)
      ? resolveBundlePath(rendererDir, new URL(request.url).pathname)
      : null;
    if (file === null) {
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          ...securityHeaders(CSP_ELECTRON),
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
