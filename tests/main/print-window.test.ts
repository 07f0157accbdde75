// The desktop app's printer driven through a fake window (no Electron binary): the hidden window loads the PDF
// from a one-time app:// address that serves the exact bytes, prints through the system dialog, and is always
// destroyed; the address works once and a lock drops waiting PDFs. Rule source: docs/reliability.md §2.2, §3.5.
import { describe, expect, it } from 'vitest';

import {
  APP_ORIGIN,
  printWebPreferences,
  secureWebPreferences,
  secureWindowOptions,
} from '../../electron/main/policy';
import { PRINT_OPTIONS, desktopPrinter } from '../../electron/main/print-window';
import type { PrintWindow } from '../../electron/main/print-window';
import type { PrintableFile } from '../../electron/services/ports';
import { createPrintTokens, takePrint } from '../../electron/services/print-tokens';

const PDF: PrintableFile = {
  fileName: 'conference-record.pdf',
  bytes: Uint8Array.from([...Buffer.from('%PDF-1.7\n'), 0, 1, 2, 254, 255]),
};

type Served = { url: string; body: Buffer | null; contentType: string | undefined };

/** A fake BrowserWindow: loadURL fetches the address from the token store, as the app:// handler would. */
function fakeWindow(
  tokens: ReturnType<typeof createPrintTokens>,
  print: (callback: (success: boolean, reason: string) => void) => void,
  options: { loadFails?: boolean } = {},
) {
  const log: { served: Served[]; printOptions: unknown[]; destroyed: number } = {
    served: [],
    printOptions: [],
    destroyed: 0,
  };
  const win: PrintWindow = {
    loadURL: (url) => {
      const answer = url.startsWith(APP_ORIGIN) ? takePrint(tokens, new URL(url).pathname) : null;
      log.served.push({
        url,
        body: answer?.body ?? null,
        contentType: answer?.headers['Content-Type'],
      });
      return options.loadFails ? Promise.reject(new Error('ERR_FAILED')) : Promise.resolve();
    },
    webContents: {
      print: (opts, callback) => {
        log.printOptions.push(opts);
        print(callback);
      },
    },
    destroy: () => {
      log.destroyed += 1;
    },
  };
  return { win, log };
}

describe('desktop printer', () => {
  it('loads the exact bytes from a one-time app:// address and opens the system dialog', async () => {
    const tokens = createPrintTokens();
    const { win, log } = fakeWindow(tokens, (done) => done(true, ''));
    const outcome = await desktopPrinter(tokens, () => win).print(PDF);
    expect(outcome).toEqual({ kind: 'printed' });
    expect(log.served).toHaveLength(1);
    expect(log.served[0]!.url).toMatch(new RegExp(`^${APP_ORIGIN}/print/[\\w-]{43}$`));
    expect(log.served[0]!.body!.equals(Buffer.from(PDF.bytes))).toBe(true);
    expect(log.served[0]!.contentType).toBe('application/pdf');
    expect(log.printOptions).toEqual([{ silent: false, printBackground: true }]);
    expect(PRINT_OPTIONS.silent).toBe(false);
    expect(log.destroyed).toBe(1);
    // Used once: the same address gives nothing now.
    expect(takePrint(tokens, new URL(log.served[0]!.url).pathname)).toBeNull();
  });

  it.each([
    ['cancelled in the dialog', false, 'cancelled', { kind: 'cancelled' }],
    ['failed at the printer', false, 'failed', 'IO'],
    ['failed for no reason given', false, '', 'IO'],
  ])('reports a print %s and destroys the window', async (_n, success, reason, expected) => {
    const tokens = createPrintTokens();
    const { win, log } = fakeWindow(tokens, (done) => done(success, reason));
    const printing = desktopPrinter(tokens, () => win).print(PDF);
    if (typeof expected === 'string') {
      await expect(printing).rejects.toMatchObject({ code: expected });
    } else {
      await expect(printing).resolves.toEqual(expected);
    }
    expect(log.destroyed).toBe(1);
  });

  it('refuses plainly when the window cannot load, drops the address and destroys the window', async () => {
    const tokens = createPrintTokens();
    let printed = 0;
    const { win, log } = fakeWindow(tokens, () => (printed += 1), { loadFails: true });
    await expect(desktopPrinter(tokens, () => win).print(PDF)).rejects.toMatchObject({
      code: 'IO',
    });
    expect(printed).toBe(0);
    expect(log.destroyed).toBe(1);
  });

  it('never leaves an address behind, even when the window never asked for it', async () => {
    const tokens = createPrintTokens();
    let address = '';
    const win: PrintWindow = {
      loadURL: (url) => {
        address = url;
        return Promise.resolve();
      },
      webContents: { print: (_o, done) => done(true, '') },
      destroy: () => undefined,
    };
    await desktopPrinter(tokens, () => win).print(PDF);
    expect(takePrint(tokens, new URL(address).pathname)).toBeNull();
  });

  it('forgets waiting PDFs on lock', () => {
    const tokens = createPrintTokens();
    const path = tokens.issue(PDF);
    desktopPrinter(tokens, () => {
      throw new Error('no window');
    }).forget();
    expect(takePrint(tokens, path)).toBeNull();
  });
});

describe('print window options', () => {
  it('keeps every hardening setting of the main window, with no preload and the PDF viewer on', () => {
    const prefs = printWebPreferences();
    const { preload: _p, devTools: _d, ...main } = secureWebPreferences('/p', true);
    expect(prefs).toMatchObject(main);
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs.plugins).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.partition).toBe(secureWebPreferences('/p', true).partition);
  });

  it('is never shown and goes through the one window factory', () => {
    const options = secureWindowOptions('', true, 'print');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(printWebPreferences());
    expect(secureWindowOptions('/p', true).webPreferences).toEqual(
      secureWebPreferences('/p', true),
    );
  });
});
