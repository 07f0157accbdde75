// The one place a BrowserWindow is created, always through secureWindowOptions() (a test enforces it).
import { BrowserWindow, session } from 'electron';

import { APP_ENTRY_URL, secureWebPreferences, secureWindowOptions } from './policy';

/** Creates the main window on the app's in-memory session and loads the renderer from app://bundle. */
export async function createMainWindow(
  preloadPath: string,
  isPackaged: boolean,
): Promise<BrowserWindow> {
  const win = new BrowserWindow(secureWindowOptions(preloadPath, isPackaged));
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_ENTRY_URL);
  return win;
}

/** A hidden window for printing one PDF (./print-window.ts); never shown, destroyed after printing. */
export function createPrintWindow(): BrowserWindow {
  return new BrowserWindow(secureWindowOptions('', true, 'print'));
}

/** The session every window uses (named by the partition in secureWebPreferences; not persisted to disk). */
export function appSession(): Electron.Session {
  return session.fromPartition(secureWebPreferences('', true).partition ?? 'icpc-in-memory');
}
