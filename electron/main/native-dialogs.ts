// The Electron side of the DialogPort the services use: a native "choose a folder" dialog for exports, attached to
// the app window. Takes Electron's dialog API as a parameter so tests drive it with a fake.
// Rule source: docs/architecture.md §3.2 (native-dialogs.ts implements the DialogPort).
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

import type { DialogPort } from '../services/ports';

export function nativeDialogs(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: () => BrowserWindow | null,
): DialogPort {
  return {
    chooseFolder: async ({ title, buttonLabel }) => {
      const options: OpenDialogOptions = {
        title,
        buttonLabel,
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
