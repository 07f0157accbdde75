// A logger for Node shells: writes to stderr, never personal data (callers pass ids and codes only).
import type { Logger } from './ports';

export function createStderrLogger(quiet = false): Logger {
  return {
    info: (scope, message) => {
      if (!quiet) {
        process.stderr.write(`[${scope}] ${message}\n`);
      }
    },
    error: (scope, error) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`[${scope}] ${text}\n`);
    },
  };
}
