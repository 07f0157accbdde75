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
import { browserPrinter, createPrintTokens } from '../services/print-tokens';

import { addressInstructions, browserFailure, missingDisplay } from './display';
import { appModeArgs, findBrowser } from './find-browser';
import { writeLaunchPage } from './launch-page';
import { startWebShell } from './server';
import type { WebShell } from './server';

const args = new Set(process.argv.slice(2));
/** A browser that fails within this time could not start; later, its exit is the user closing the window. */
const BROWSER_START_MS = 15_000;
const logger = createStderrLogger(false);
let shell: WebShell | null = null;
const prints = createPrintTokens();
const services = createServices({
  dataDir: defaultDataDir(),
  shell: 'browser',
  clock: systemClock,
  logger,
  emit: (event, payload) => shell?.emit(event, payload),
  printer: browserPrinter(prints),
});
const running = await startWebShell({
  handlers: createHandlers(services),
  log: logger,
  prints,
  rendererDir: join(import.meta.dirname, '../renderer'),
});
shell = running;

const stop = async (): Promise<void> => {
  await services.close();
  await shell?.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

// The first line on stdout is the URL (or "opening <browser>"), so tests and scripts can read it. When no window
// can open (no display, no browser, or the browser fails at once) the address is printed with the reason.
const printAddress = (reason: string | null): void => {
  const text = addressInstructions(running.launchUrl, reason);
  process.stdout.write(text.stdout);
  process.stderr.write(text.stderr);
};
const noDisplay = missingDisplay();
const browser = args.has('--no-open') || noDisplay !== null ? null : findBrowser();
if (args.has('--no-open')) {
  printAddress(null);
} else if (noDisplay !== null) {
  printAddress(noDisplay);
} else if (browser === null) {
  printAddress(
    'No Chromium, Chrome or Edge was found to open the app in (set ICPC_BROWSER to one).',
  );
} else {
  const profile = mkdtempSync(join(tmpdir(), 'icpc-browser-'));
  // The secret reaches the browser through a private file, never its command line (launch-page.ts).
  const page = writeLaunchPage(running.origin, running.launchSecret);
  void running.launched.then(() => page.remove());
  const launchedAt = Date.now();
  process.stdout.write(`opening ${browser}\n`);
  const child = spawn(browser, appModeArgs(page.url, profile), { stdio: 'ignore' });
  let settled = false;
  const ended = (outcome: {
    error?: Error;
    code?: number | null;
    signal?: string | null;
  }): void => {
    if (settled) {
      return;
    }
    settled = true;
    page.remove();
    rmSync(profile, { recursive: true, force: true });
    const failure = browserFailure(outcome, browser);
    // A failure in the first seconds is a browser that could not start: keep serving and give the address. A
    // window the user closed later (or closed normally) ends the app as before.
    if (failure !== null && Date.now() - launchedAt < BROWSER_START_MS) {
      printAddress(failure);
      return;
    }
    void stop();
  };
  child.on('error', (error) => ended({ error }));
  child.on('exit', (code, signal) => ended({ code, signal }));
}
