// shell.start_ms: from launching the browser shell to its first screen painted in Chromium (median of 5 cold runs,
// each with a new shell process and a new browser).
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { startShellProcess } from '../support/web-shell-process';

import { median } from './figure';
import type { Bench } from './figure';

const RUNS = 5;

async function oneRun(rendererCheck: string): Promise<number> {
  const t0 = performance.now();
  const shell = await startShellProcess();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(shell.launchUrl);
    await page
      .getByRole('heading', { level: 1, name: rendererCheck })
      .waitFor({ state: 'visible' });
    // Two animation frames: the frame with the first screen has been painted.
    await page.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
    );
    return performance.now() - t0;
  } finally {
    await browser.close();
    await shell.stop();
  }
}

export const shellBench: Bench = {
  name: 'shell',
  run: async (report) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      times.push(await oneRun('Child protection conferences'));
    }
    report({
      name: 'shell.start_ms',
      value: median(times),
      unit: 'ms',
      params: {
        runs: RUNS,
        browser: 'chromium',
        shell: 'browser',
        renderer: join('out', 'renderer'),
      },
    });
  },
};
