// Chromium's own floor for shell.start_ms: the same Chromium, with the shell's own app-mode arguments
// (electron/web-shell/find-browser.ts) and the test flags, opening a page with one line of text from a local file,
// timed from spawn to that page's first frame (two animation frames after load, then a request to a local server
// that notes the time). No app code runs, so no change to the app can make shell.start_ms lower than this.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { appModeArgs } from '../../electron/web-shell/find-browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

import type { Display } from './shell-real';

const WAIT_MS = 20_000;

/** One cold start of a bare app window: a new profile each time, as the shell makes. */
export async function chromiumFloorRun(display: Display): Promise<number> {
  let painted: ((at: number) => void) | undefined;
  const server = createServer((_req, res) => {
    res.end('ok');
    painted?.(performance.now());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const dir = mkdtempSync(join(tmpdir(), 'icpc-floor-'));
  const page = join(dir, 'page.html');
  writeFileSync(
    page,
    `<!doctype html><html lang="en-GB"><title>Floor</title><p>One line of text.</p><script>requestAnimationFrame(()=>requestAnimationFrame(()=>fetch('http://127.0.0.1:${port}/painted',{mode:'no-cors'})))</script>`,
  );
  const profile = join(dir, 'profile');
  const headless = display.kind === 'headless' ? ['--headless=new'] : [];
  const seen = new Promise<number>((resolve) => (painted = resolve));
  const t0 = performance.now();
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, ...headless, ...appModeArgs(`file://${page}`, profile)],
    { stdio: 'ignore', detached: true, env: { ...process.env, ...display.env } },
  );
  try {
    const at = await Promise.race([
      seen,
      new Promise<never>((_resolve, reject) =>
        setTimeout(() => reject(new Error('Chromium painted nothing in 20 s')), WAIT_MS),
      ),
    ]);
    return at - t0;
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
