// Pins every security setting of the desktop shell (docs/reliability.md §3.5) without needing the Electron binary.
import { describe, expect, it } from 'vitest';

import {
  APP_ENTRY_URL,
  isAllowedNavigation,
  isNetworkRequest,
  isTrustedSender,
  secureWebPreferences,
  secureWindowOptions,
} from '../../electron/main/policy';
import {
  CSP_BROWSER,
  CSP_ELECTRON,
  resolveBundlePath,
  securityHeaders,
} from '../../electron/services/web-policy';

describe('secure window defaults', () => {
  it('pins every webPreference of the checklist', () => {
    expect(secureWebPreferences('/app/preload.cjs', true)).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      devTools: false,
      spellcheck: false,
      safeDialogs: true,
      partition: 'icpc-in-memory',
    });
  });

  it('allows devtools only in an unpackaged build', () => {
    expect(secureWebPreferences('/p', false).devTools).toBe(true);
  });

  it('uses an in-memory session (no persist: prefix), so the renderer caches nothing on disk', () => {
    expect(secureWebPreferences('/p', true).partition).not.toMatch(/^persist:/);
  });

  it('puts the secure preferences into the window options', () => {
    const options = secureWindowOptions('/p', true);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p', true));
    expect(options.show).toBe(false);
  });
});

describe('content security policy', () => {
  it('is strict in the desktop app, with no network at all', () => {
    expect(CSP_ELECTRON).toBe(
      "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'",
    );
  });

  it('is the same in the browser shell but for connecting to itself and framing its own print address', () => {
    expect(
      CSP_BROWSER.replace("connect-src 'self'", "connect-src 'none'").replace(
        "; frame-src 'self'",
        '',
      ),
    ).toBe(CSP_ELECTRON);
    expect(CSP_BROWSER).toContain("frame-src 'self'");
    expect(CSP_ELECTRON).not.toContain('frame-src');
  });

  it('comes with nosniff, no-referrer, no-store and frame denial', () => {
    expect(securityHeaders(CSP_ELECTRON)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'X-Frame-Options': 'DENY',
    });
  });
});

describe('navigation', () => {
  it('allows the app origin', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://bundle/other.html#x')).toBe(true);
  });

  for (const url of [
    'app://bundle.evil/index.html',
    'app://evil/index.html',
    'app://bundle:8080/index.html',
    'app://user@bundle/index.html',
    'app://bundle:pw@evil/index.html',
    'https://bundle/index.html',
    'http://127.0.0.1/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ]) {
    it(`prevents navigation to ${JSON.stringify(url)}`, () => {
      expect(isAllowedNavigation(url)).toBe(false);
    });
  }
});

describe('network', () => {
  for (const url of [
    'http://example.org',
    'https://example.org/x',
    'ws://localhost:1',
    'wss://x',
    'ftp://x',
    'nonsense',
  ]) {
    it(`cancels ${url}`, () => expect(isNetworkRequest(url)).toBe(true));
  }
  for (const url of [
    'app://bundle/index.html',
    'data:image/png;base64,AA==',
    'blob:app://bundle/1234',
  ]) {
    it(`lets ${url} through`, () => expect(isNetworkRequest(url)).toBe(false));
  }
});

describe('IPC sender check', () => {
  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isTopFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://bundle.evil/', isTopFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('bundle path resolution', () => {
  const root = '/opt/app/out/renderer';
  it('maps / to index.html and assets inside the bundle', () => {
    expect(resolveBundlePath(root, '/')).toBe(`${root}/index.html`);
    expect(resolveBundlePath(root, '/assets/index-1.js')).toBe(`${root}/assets/index-1.js`);
    expect(resolveBundlePath(root, '/assets/a%20b.css')).toBe(`${root}/assets/a b.css`);
  });
  for (const path of [
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets\\..\\..\\x',
    '//etc/passwd',
    '/%00index.html',
    '/%E0%A4%A',
  ]) {
    it(`refuses ${path}`, () => {
      const resolved = resolveBundlePath(root, path);
      expect(resolved === null || resolved.startsWith(`${root}/`)).toBe(true);
      if (
        path.includes('..') ||
        path.includes('%2') ||
        path.includes('%5c') ||
        path.includes('%00') ||
        path.includes('%E0')
      ) {
        expect(resolved).toBeNull();
      }
    });
  }
});
