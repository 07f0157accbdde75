// Security policy of the desktop shell as pure functions, so unit tests pin every setting without the Electron
// binary. Rule source: docs/reliability.md §3.5 (Electron checklist), docs/architecture.md §3.11 item 7.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The only webPreferences any window of this app may have. */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    devTools: !isPackaged,
    spellcheck: false,
    safeDialogs: true,
    // In-memory session: nothing the renderer caches (HTTP cache, storage) reaches the disk.
    partition: 'icpc-in-memory',
  };
}

/**
 * The hidden window a PDF is printed from (./print-window.ts): the same hardening, but no preload (it has no bridge
 * to main at all), no devtools, and Chromium's PDF viewer (plugins) so the PDF itself is what is printed.
 */
export function printWebPreferences(): WebPreferences {
  const { preload: _none, ...hardened } = secureWebPreferences('', true);
  return { ...hardened, plugins: true };
}

/** The factory every window goes through (a test fails if any `new BrowserWindow` bypasses it). */
export function secureWindowOptions(
  preloadPath: string,
  isPackaged: boolean,
  purpose: 'main' | 'print' = 'main',
): BrowserWindowConstructorOptions {
  if (purpose === 'print') {
    return {
      width: 800,
      height: 1000,
      show: false,
      title: 'Printing',
      backgroundColor: '#ffffff',
      webPreferences: printWebPreferences(),
    };
  }
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'ICPC Companion',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath, isPackaged),
  };
}

/** Parses a URL, or null. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs exactly at our origin (app://bundle), with no user info tricks. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** Navigation is allowed only within the app's own origin; everything else is prevented. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * A download is allowed only for a blob: URL our own page made (an export the user asked for, e.g. the list as
 * CSV); Electron then asks where to save it. Everything else (remote files, data: and file: URLs) is refused.
 */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** The app never touches the network: every http(s)/ws(s)/ftp request is cancelled. */
export function isNetworkRequest(url: string): boolean {
  const u = parse(url);
  return u === null || NETWORK_PROTOCOLS.has(u.protocol);
}

export type SenderFrame = { url: string; isTopFrame: boolean } | null;

/** An IPC call is trusted only from the top frame of our window, loaded from app://bundle. */
export function isTrustedSender(frame: SenderFrame): boolean {
  return frame !== null && frame.isTopFrame && isAppUrl(frame.url);
}
