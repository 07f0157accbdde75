// Printing in the browser shell (docs/decisions/0015-print-route.md): the print handler keeps the PDF in memory
// under a random one-time token and answers with its address, /print/<token>; the page loads that address in a
// hidden same-origin frame and calls print() on it. The address works once, for a short time, and only with the
// session cookie (checked by server.ts before any route). Nothing is written to disk (docs/reliability.md §2.2).
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

import type { PrintableFile, PrintPort } from '../services/ports';

export const PRINT_PATH = '/print/';
/** A token not used within this time is dropped with its bytes. */
export const PRINT_TOKEN_MS = 60_000;
/** At most this many PDFs wait to be printed; a new one drops the oldest. */
export const MAX_WAITING_PRINTS = 8;

type Waiting = { file: PrintableFile; expires: number };

export type PrintTokens = PrintPort & {
  /** The PDF of a token, once: the token is gone after this call. Null when unknown, used or expired. */
  take: (token: string) => PrintableFile | null;
};

/** The token store; `now` is injectable for tests. */
export function createPrintTokens(now: () => number = Date.now): PrintTokens {
  const waiting = new Map<string, Waiting>();
  const dropExpired = (): void => {
    for (const [token, w] of waiting) {
      if (w.expires <= now()) {
        waiting.delete(token);
      }
    }
  };
  return {
    print: (file) => {
      dropExpired();
      while (waiting.size >= MAX_WAITING_PRINTS) {
        waiting.delete(waiting.keys().next().value as string);
      }
      const token = randomBytes(32).toString('base64url');
      waiting.set(token, { file, expires: now() + PRINT_TOKEN_MS });
      return Promise.resolve({ kind: 'open', path: `${PRINT_PATH}${token}` });
    },
    forget: () => waiting.clear(),
    take: (token) => {
      dropExpired();
      const w = waiting.get(token);
      waiting.delete(token);
      return w ? w.file : null;
    },
  };
}

/** `inline; filename="…"` with a plain-ASCII fallback name and the exact name in RFC 5987 form. */
export function inlineDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  // RFC 5987 attr-char leaves out ' ( ) * too, which encodeURIComponent keeps.
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/**
 * Headers of the PDF: the page's own frame may show it (frame-ancestors 'self', not 'none' as for every other
 * response), nothing may run in it, and no cache keeps a copy.
 */
export function printHeaders(file: PrintableFile): Record<string, string> {
  return {
    'Content-Type': 'application/pdf',
    'Content-Disposition': inlineDisposition(file.fileName),
    'Content-Length': String(file.bytes.byteLength),
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Answers GET /print/<token>: the PDF once, else 404 (unknown, used or expired look the same). */
export function sendPrint(tokens: PrintTokens, token: string, res: ServerResponse): boolean {
  const file = tokens.take(token);
  if (file === null) {
    return false;
  }
  res.writeHead(200, printHeaders(file));
  res.end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  return true;
}
