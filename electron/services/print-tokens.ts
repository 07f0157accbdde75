// One-time print addresses (docs/decisions/0015-print-route.md): a PDF to print is kept in memory under a random
// token and served once at /print/<token>, for a short time. The browser shell serves it to the page's hidden
// print frame (electron/web-shell/server.ts, behind the session cookie); the desktop app serves it over app://bundle
// to a hidden print window (electron/main/protocol.ts). Nothing is written to disk (docs/reliability.md §2.2).
import { randomBytes } from 'node:crypto';

import type { PrintableFile, PrintPort } from './ports';

export const PRINT_PATH = '/print/';
/** A token not used within this time is dropped with its bytes. */
export const PRINT_TOKEN_MS = 60_000;
/** At most this many PDFs wait to be printed; a new one drops the oldest. */
export const MAX_WAITING_PRINTS = 8;

type Waiting = { file: PrintableFile; expires: number };

export type PrintTokens = {
  /** Keeps the PDF and gives its one-time address, /print/<token>. */
  issue: (file: PrintableFile) => string;
  /** The PDF of a token, once: the token is gone after this call. Null when unknown, used or expired. */
  take: (token: string) => PrintableFile | null;
  /** Drops every waiting PDF (the vault lock). */
  forget: () => void;
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
    issue: (file) => {
      dropExpired();
      while (waiting.size >= MAX_WAITING_PRINTS) {
        waiting.delete(waiting.keys().next().value as string);
      }
      const token = randomBytes(32).toString('base64url');
      waiting.set(token, { file, expires: now() + PRINT_TOKEN_MS });
      return `${PRINT_PATH}${token}`;
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

/** The browser shell's printer: the page prints the one-time address itself, in a hidden frame. */
export function browserPrinter(tokens: PrintTokens): PrintPort {
  return {
    print: (file) => Promise.resolve({ kind: 'open', path: tokens.issue(file) }),
    forget: () => tokens.forget(),
  };
}

/** The PDF of a print address (a URL path), once, as its bytes and headers; null when there is none. */
export function takePrint(
  tokens: PrintTokens,
  pathname: string,
): { body: Buffer; headers: Record<string, string> } | null {
  if (!pathname.startsWith(PRINT_PATH)) {
    return null;
  }
  const file = tokens.take(pathname.slice(PRINT_PATH.length));
  if (file === null) {
    return null;
  }
  const body = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  return { body, headers: printHeaders(file) };
}
