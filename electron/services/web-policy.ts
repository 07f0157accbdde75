// Policy shared by both shells for serving the renderer: CSP, security headers, content types, and safe mapping of
// a request path to a file of the bundle. Rule source: docs/reliability.md §3.5 (items 1, 7, 18).
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

const CSP_COMMON = [
  "default-src 'none'",
  "script-src 'self'",
  // pdf.js renders document previews, and the spell-checker checks, in module workers that are files of the
  // bundle: 'self' only, no blob: (docs/decisions/0011-pdfjs-previews.md, 0014-offline-spell-check.md).
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** CSP header of the desktop app: the renderer talks to main only over IPC, so connect-src is 'none'. */
export const CSP_ELECTRON = [...CSP_COMMON, "connect-src 'none'"].join('; ');
/**
 * CSP header of the browser shell: identical but for connect-src 'self' (its RPC endpoint) and frame-src 'self',
 * the hidden frame that prints a PDF from a one-time address of the app (docs/decisions/0015-print-route.md).
 * Every other response of the app still refuses to be framed (frame-ancestors 'none', X-Frame-Options DENY).
 */
export const CSP_BROWSER = [...CSP_COMMON, "connect-src 'self'", "frame-src 'self'"].join('; ');

/**
 * Maps a raw (still URL-encoded) request path to a file inside the bundle folder, or null when it would leave
 * it (.., encoded traversal, absolute paths, backslashes, NUL bytes).
 */
export function resolveBundlePath(root: string, rawPathname: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) {
    return null;
  }
  const rel = normalize(
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, ''),
  );
  if (isAbsolute(rel) || rel.startsWith('..')) {
    return null;
  }
  const base = resolve(root);
  const full = resolve(base, rel);
  const inside = relative(base, full);
  if (
    inside === '' ||
    inside.startsWith('..') ||
    isAbsolute(inside) ||
    inside.split(sep).includes('..')
  ) {
    return null;
  }
  return full;
}
/** Content types for files the renderer bundle contains. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Headers sent with every file of the renderer, in both shells. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
  };
}
