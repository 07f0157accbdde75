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
