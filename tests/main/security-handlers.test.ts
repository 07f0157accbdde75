// The hardening handlers as wired on a session and on web contents, driven through fakes (no Electron binary).
import { describe, expect, it, vi } from 'vitest';

import { isAppUrl, isNetworkRequest, secureWebPreferences } from '../../electron/main/policy';
import {
  hardenSession,
  hardenWebContents,
  SPELLCHECK_DICTIONARY_URL,
} from '../../electron/main/security';
import type { HardenableContents, HardenableSession } from '../../electron/main/security';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.permissionCheck = h),
    setDevicePermissionHandler: (h: Listener) => (handlers.devicePermission = h),
    on: (event: string, h: Listener) => (handlers[event] = h),
    webRequest: { onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h) },
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
  };
  return { session: session as unknown as HardenableSession, handlers, raw: session };
}

function fakeContents() {
  const handlers: Record<string, Listener> = {};
  const contents = {
    on: (event: string, h: Listener) => (handlers[event] = h),
    setWindowOpenHandler: (h: Listener) => (handlers.windowOpen = h),
  };
  return { contents: contents as unknown as HardenableContents, handlers };
}

describe('session hardening', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      handlers.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.permissionCheck!({}, permission)).toBe(false);
    }
    expect(handlers.devicePermission!({})).toBe(false);
  });

  it('cancels every network request and lets the app protocol through', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest!({ url }, callback);
      return callback.mock.calls[0]![0] as { cancel: boolean };
    };
    expect(decide('https://example.org/tracker.js')).toEqual({ cancel: true });
    expect(decide('wss://example.org/socket')).toEqual({ cancel: true });
    expect(decide('app://bundle/assets/index.js')).toEqual({ cancel: false });
  });

  it.each([
    ['https://example.org/file.pdf'],
    ['file:///etc/passwd'],
    ['data:text/csv,a,b'],
    ['blob:https://example.org/0b7c'],
    ['blob:app://bundle.evil/0b7c'],
    ['blob:app://user@bundle/0b7c'],
  ])('prevents the download of %s', (url) => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const event = { preventDefault: vi.fn() };
    const item = { getURL: () => url, setSaveDialogOptions: vi.fn() };
    handlers['will-download']!(event, item);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(item.setSaveDialogOptions).not.toHaveBeenCalled();
  });

  it("lets an export the app's own page made be saved, through the Save dialog", () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const event = { preventDefault: vi.fn() };
    const item = {
      getURL: () => 'blob:app://bundle/6f1c2d3e-0000-4000-8000-000000000000',
      setSaveDialogOptions: vi.fn(),
    };
    handlers['will-download']!(event, item);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({ title: 'Save the exported file' });
  });
});

describe('spellchecker download block', () => {
  it("turns Chromium's spellchecker off and points its dictionary download at a local address", () => {
    const { session, raw } = fakeSession();
    hardenSession(session);
    expect(raw.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(raw.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledTimes(1);
    const url = raw.setSpellCheckerDictionaryDownloadURL.mock.calls[0]![0] as string;
    expect(url).toBe(SPELLCHECK_DICTIONARY_URL);
    expect(isNetworkRequest(url)).toBe(false);
    expect(isAppUrl(url)).toBe(true);
  });

  it('keeps the built-in spellchecker off in every window', () => {
    expect(secureWebPreferences('/preload.js', true).spellcheck).toBe(false);
    expect(secureWebPreferences('/preload.js', false).spellcheck).toBe(false);
  });
});

describe('web contents hardening', () => {
  it('prevents navigation and redirects away from the app origin, and allows it within', () => {
    const { contents, handlers } = fakeContents();
    hardenWebContents(contents);
    const away = { preventDefault: vi.fn() };
    handlers['will-navigate']!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    handlers['will-redirect']!(redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const frame = { preventDefault: vi.fn(), url: 'app://bundle.evil/' };
    handlers['will-frame-navigate']!(frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    const within = { preventDefault: vi.fn() };
    handlers['will-navigate']!(within, 'app://bundle/index.html');
    expect(within.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open and webviews', () => {
    const { contents, handlers } = fakeContents();
    hardenWebContents(contents);
    expect(handlers.windowOpen!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    handlers['will-attach-webview']!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
