// Interfaces the shells implement for the services: clock, logger, shell identity. Never imports 'electron'.

export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };

export type Logger = {
  info: (scope: string, message: string) => void;
  error: (scope: string, error: unknown) => void;
};

export type ShellKind = 'electron' | 'browser' | 'cli' | 'test';

/** Emits a main → renderer event to whichever shell is attached (Electron window, browser-shell stream). */
export type EventSink = (event: string, payload: unknown) => void;

/** Native dialogs the Electron shell provides (electron/main/native-dialogs.ts); absent in the browser shell. */
export type DialogPort = {
  /** Asks the user for a folder to save into; null when they cancel. */
  chooseFolder: (options: { title: string; buttonLabel: string }) => Promise<string | null>;
};

/** One PDF to print: its file name and its bytes, held in memory only (docs/reliability.md §2.2). */
export type PrintableFile = { fileName: string; bytes: Uint8Array };

/** What a print request came to: sent to the printer, cancelled, or (browser shell) an address to print from. */
export type PrintOutcome =
  { kind: 'printed' } | { kind: 'cancelled' } | { kind: 'open'; path: string };

/**
 * How a shell prints a PDF: the desktop app through a hidden window and the system print dialog
 * (electron/main/print-window.ts), the browser shell through a one-time address the page prints in a frame
 * (electron/web-shell/print-tokens.ts). `forget` drops any bytes still held; the vault lock calls it.
 */
export type PrintPort = {
  print: (file: PrintableFile) => Promise<PrintOutcome>;
  forget: () => void;
};
