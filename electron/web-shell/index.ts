// Entry of the browser shell (out/main/web-shell.js): services + loopback server + a Chromium app window.
// --no-open prints the one-time URL instead of opening a browser (for tests and for any browser you choose).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createServices } from '../services/create-services';
import { defaultDataDir } from '../services/data-dir';
import { createHandlers } from '../services/handlers';
import { createStderrLogger } from '../services/logger';
import { systemClock } from '../services/ports';

import { appModeArgs, findBrowser } from './find-browser';
import { startWebShell } from './server';
import type { WebShell } from './server';

const args = new Set(process.argv.slice(2));
const logger = createStderrLogger(false);
let shell: WebShell | null = null;
const services = createServices({
  dataDir: defaultDataDir(),
  shell: 'browser',
  clock: systemClock,
  logger,
  emit: (event, payload) => shell?.emit(event, payload),
});
shell = await startWebShell({
  handlers: createHandlers(services),
  log: logger,
  rendererDir: join(import.meta.dirname, '../renderer'),
});

const stop = async (): Promise<void> => {
  await services.close();
  await shell?.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

// The first line on stdout is the URL, so tests and scripts can read it.
const browser = args.has('--no-open') ? null : findBrowser();
if (browser === null) {
  process.stdout.write(`${shell.launchUrl}\n`);
  process.stderr.write(
    'ICPC Companion is running in the browser shell. Open the address above in Chromium, Chrome or Edge on ' +
      'this computer (it works once). Press Ctrl+C to stop.\n',
  );
} else {
  const profile = mkdtempSync(join(tmpdir(), 'icpc-browser-'));
  process.stdout.write(`opening ${browser}\n`);
  const child = spawn(browser, appModeArgs(shell.launchUrl, profile), { stdio: 'ignore' });
  child.on('exit', () => {
    rmSync(profile, { recursive: true, force: true });
    void stop();
  });
}
