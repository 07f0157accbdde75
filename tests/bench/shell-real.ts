// The browser shell started as a person starts it (`node out/main/web-shell.js`, no --no-open): the shell opens
// Chromium itself in app mode with its launch page, and nothing drives the page. Chromium is reached through a
// stand-in browser (ICPC_BROWSER, electron/web-shell/find-browser.ts): a script that runs the real Chromium with
// the shell's own app-mode arguments plus the test flags and a remote debugging port. Only after the first screen
// has been painted does Playwright attach (connectOverCDP) to read the page's clock; it is never in the timed path.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { ROOT, waitForLine } from '../support/web-shell-process';

/** The mark renderer/src/first-screen-mark.ts sets once the first screen has been painted. */
const MARK = 'icpc.first-screen';
const WAIT_MS = 30_000;

export type RealParts = {
  /** From spawning the shell to the first screen painted in the window it opened. */
  total: number;
  /** From spawning the shell to it starting the browser (the stand-in's first line). */
  toBrowser: number;
  /** From the browser starting to the app page's navigation (Chromium's start, its window, the launch page). */
  browserToPage: number;
  /** From the app page's navigation to the first screen painted. */
  pageToScreen: number;
  /** The app page's first contentful paint, from its navigation. */
  fcp: number;
  /** The first screen's `app.status` request, sent to answered. */
  status: number;
};

/** Where windows open: this machine's display, a private Xvfb, or (neither) headless Chromium. */
export type Display = { env: NodeJS.ProcessEnv; kind: string; stop: () => void };

export async function openDisplay(): Promise<Display> {
  if ((process.env.DISPLAY ?? '') !== '') {
    return { env: {}, kind: 'display', stop: () => undefined };
  }
  if (spawnSync('sh', ['-c', 'command -v Xvfb']).status === 0) {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const number = await waitForLine(xvfb, /^\d+$/, 10_000);
    return { env: { DISPLAY: `:${number}` }, kind: 'xvfb', stop: () => xvfb.kill('SIGTERM') };
  }
  // No X server at all: Chromium draws off screen; DISPLAY is set for the shell only, so that it opens a browser.
  return { env: { DISPLAY: ':0' }, kind: 'headless', stop: () => undefined };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const epochNow = (): number => performance.timeOrigin + performance.now();

/** Reads the page's clock once the mark is there; null while the page is still loading or navigating. */
async function readPage(page: Page) {
  try {
    return await page.evaluate((mark) => {
      const entry = performance.getEntriesByName(mark)[0];
      if (entry === undefined) {
        return null;
      }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const status = performance
        .getEntriesByType('resource')
        .find((r) => r.name.endsWith('/rpc/app.status')) as PerformanceResourceTiming | undefined;
      return {
        timeOrigin: performance.timeOrigin,
        mark: entry.startTime,
        fcp: fcp?.startTime ?? -1,
        status: status ? status.responseEnd - status.startTime : -1,
      };
    }, MARK);
  } catch {
    return null;
  }
}

function stopGroup(child: ChildProcess): void {
  try {
    // The shell leads its own process group, and Chromium (started by it) is in that group.
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** One cold start: a new shell, data folder, Chromium and profile. */
export async function realRun(display: Display): Promise<RealParts> {
  const work = mkdtempSync(join(tmpdir(), 'icpc-bench-shell-'));
  const port = await freePort();
  const startedFile = join(work, 'browser-started');
  const extra = display.kind === 'headless' ? ' --headless=new' : '';
  const wrapper = join(work, 'browser.sh');
  writeFileSync(
    wrapper,
    `#!/bin/sh\ndate +%s%N > '${startedFile}'\n` +
      `exec '${CHROMIUM_PATH}' ${CHROMIUM_ARGS.join(' ')} --remote-debugging-port=${port}${extra} "$@"\n`,
  );
  chmodSync(wrapper, 0o700);
  const spawnedAt = epochNow();
  const shell = spawn(process.execPath, [join(ROOT, 'out/main/web-shell.js')], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      ...display.env,
      ICPC_BROWSER: wrapper,
      ICPC_DATA_DIR: join(work, 'data'),
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise((resolve) => shell.once('exit', resolve));
  try {
    await waitForLine(shell, /^opening /, WAIT_MS);
    const deadline = Date.now() + WAIT_MS;
    let browser = null;
    while (browser === null) {
      browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => null);
      if (Date.now() > deadline) {
        throw new Error('Chromium never opened its debugging port.');
      }
    }
    let read = null;
    while (read === null) {
      // Let Playwright hear of new pages and navigations between looks.
      await new Promise((resolve) => setTimeout(resolve, 10));
      for (const page of browser.contexts().flatMap((c) => c.pages())) {
        if (page.url().startsWith('http://127.0.0.1:')) {
          read = await readPage(page);
        }
      }
      if (Date.now() > deadline) {
        throw new Error('The first screen was never painted.');
      }
    }
    const browserStarted = Number(readFileSync(startedFile, 'utf8').trim()) / 1e6;
    // Closing Chromium is the user closing the window: the shell then stops on its own.
    const session = await browser.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => undefined);
    const screen = read.timeOrigin + read.mark;
    return {
      total: screen - spawnedAt,
      toBrowser: browserStarted - spawnedAt,
      browserToPage: read.timeOrigin - browserStarted,
      pageToScreen: read.mark,
      fcp: read.fcp,
      status: read.status,
    };
  } finally {
    const timer = setTimeout(() => stopGroup(shell), 10_000);
    await exited;
    clearTimeout(timer);
    stopGroup(shell);
    rmSync(work, { recursive: true, force: true });
  }
}
