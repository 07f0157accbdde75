// Hardening only: deny permissions, window.open, navigation away, webviews; cancel every network request.
// Rule source: reliability.md §3.5. The decisions themselves are pure functions in policy.ts.
import { app } from 'electron';
import type { Session } from 'electron';

import { isAllowedNavigation, isNetworkRequest } from './policy';

/** Applies the session-level rules to the app's (in-memory) session. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isNetworkRequest(details.url) });
  });
  ses.on('will-download', (event) => event.preventDefault());
}

/** Applies the per-web-contents rules to every web contents the app ever creates. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
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
  });
}
