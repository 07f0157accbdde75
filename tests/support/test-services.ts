// Services for tests: a fresh temporary data folder, a fixed clock, a logger that records instead of printing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createServices } from '../../electron/services/create-services';
import type { Services } from '../../electron/services/create-services';
import type { Logger } from '../../electron/services/ports';

export type RecordingLogger = Logger & { errors: { scope: string; error: unknown }[] };

export function recordingLogger(): RecordingLogger {
  const errors: { scope: string; error: unknown }[] = [];
  return { errors, info: () => undefined, error: (scope, error) => errors.push({ scope, error }) };
}

export const FIXED_NOW = new Date('2026-01-05T10:30:00.000Z');

/** Makes a temp data folder and services over it; call cleanup() in afterEach. */
export function testServices(): {
  services: Services;
  logger: RecordingLogger;
  cleanup: () => void;
} {
  const dataDir = mkdtempSync(join(tmpdir(), 'icpc-test-'));
  const logger = recordingLogger();
  const services = createServices({
    dataDir,
    shell: 'test',
    clock: { now: () => FIXED_NOW },
    logger,
  });
  return {
    services,
    logger,
    cleanup: () => {
      void services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
