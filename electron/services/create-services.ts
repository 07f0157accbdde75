// Composition root: builds every service from a data folder, a clock and a logger. Runs in every shell.
import type { Clock, EventSink, Logger, ShellKind } from './ports';

export type ServicesOptions = {
  dataDir: string;
  shell: ShellKind;
  clock: Clock;
  logger: Logger;
  emit?: EventSink;
};

export type Services = {
  dataDir: string;
  shell: ShellKind;
  clock: Clock;
  logger: Logger;
  emit: EventSink;
  /** Releases locks and drops keys; called on quit. */
  close: () => Promise<void>;
};

/** Builds the services for one shell. Nothing here imports 'electron'. */
export function createServices(options: ServicesOptions): Services {
  const emit: EventSink = options.emit ?? (() => undefined);
  return {
    dataDir: options.dataDir,
    shell: options.shell,
    clock: options.clock,
    logger: options.logger,
    emit,
    close: () => Promise.resolve(),
  };
}
