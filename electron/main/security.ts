// Hardening only: deny permissions, window.open, navigation away, webviews; cancel every network request; allow
// only downloads of exports the app's own page made.
// Rule source: docs/reliability.md §3.5. Electron is imported for types only, so tests drive these with fakes.
import type { Session, WebContents } from 'electron';

import { isAllowedDownload, isAllowedNavigation, isNetworkRequest } from './policy';

/** The parts of a Session this file uses (a real Session satisfies it). */
export type HardenableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'on'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerDictionaryDownloadURL'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/**
 * Where Chromium would fetch Hunspell dictionaries from: a URL at our own origin that serves nothing, so even if the
 * built-in spellchecker were switched on it could never reach Google's servers (docs/reliability.md §3.5).
 */
export const SPELLCHECK_DICTIONARY_URL = 'app://bundle/no-dictionaries/';

/** Applies the session-level rules to the app's (in-memory) session. */
export function hardenSession(ses: HardenableSession): void {
  // Chromium's built-in spellchecker downloads its dictionaries; it stays off (webPreferences.spellcheck is false
  // too) and its download address points nowhere.
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isNetworkRequest(details.url) });
  });
  // Only exports our own page made (blob: URLs at app://bundle) are saved, and always through the Save dialog.
  ses.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ title: 'Save the exported file' });
  });
}

/** The parts of WebContents this file uses (a real WebContents satisfies it; tests pass a fake). */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applies the per-web-contents rules; main calls it for every web contents the app creates. */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
