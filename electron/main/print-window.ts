// The desktop app's printer: the PDF is served once over app://bundle/print/<token> (never a temp file) to a
// hidden, sandboxed window with no preload, and that window's webContents.print() shows the system print dialog.
// Kept thin so a fake window drives it in tests. Rule source: docs/reliability.md §2.2, §3.5;
// docs/decisions/0015-print-route.md.
import type { WebContentsPrintOptions } from 'electron';

import { AppFailure } from '../../shared/ipc/result';
import type { PrintOutcome, PrintPort } from '../services/ports';
import type { PrintTokens } from '../services/print-tokens';

import { APP_ORIGIN } from './policy';

/** The parts of a BrowserWindow printing uses (a real one satisfies it). */
export type PrintWindow = {
  loadURL: (url: string) => Promise<void>;
  webContents: {
    print: (
      options: WebContentsPrintOptions,
      callback: (success: boolean, failureReason: string) => void,
    ) => void;
  };
  destroy: () => void;
};

export const PRINT_OPTIONS: WebContentsPrintOptions = { silent: false, printBackground: true };

/** Prints each PDF in a window of its own, destroyed afterwards whatever happened. */
export function desktopPrinter(tokens: PrintTokens, openWindow: () => PrintWindow): PrintPort {
  return {
    print: async (file) => {
      const path = tokens.issue(file);
      const win = openWindow();
      try {
        try {
          await win.loadURL(`${APP_ORIGIN}${path}`);
        } catch {
          throw new AppFailure('IO', 'The document could not be opened for printing. Try again.');
        }
        return await new Promise<PrintOutcome>((resolve, reject) => {
          win.webContents.print(PRINT_OPTIONS, (success, failureReason) => {
            if (success) {
              resolve({ kind: 'printed' });
            } else if (failureReason === 'cancelled') {
              resolve({ kind: 'cancelled' });
            } else {
              reject(
                new AppFailure(
                  'IO',
                  'The document could not be printed. Check the printer is on and connected, then try again.',
                ),
              );
            }
          });
        });
      } finally {
        // The address is single-use; should the window not have loaded it, it is dropped here all the same.
        tokens.take(path.slice(path.lastIndexOf('/') + 1));
        win.destroy();
      }
    },
    forget: () => tokens.forget(),
  };
}
