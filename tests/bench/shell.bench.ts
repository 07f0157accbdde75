// shell.start_ms: from launching the browser shell to its first screen painted in Chromium (median of 5 cold runs,
// each with a new shell process and a new browser). The parts, each a median, are in the params:
// - shell_ready_ms: the shell process started, its services built and its server listening (the launch URL
//   printed);
// - browser_launch_ms: a new Chromium started (Playwright's launch, a new profile);
// - first_tab_ms: Chromium opening its first tab (a new renderer process), before any page of ours;
// - page_paint_ms: from asking for the launch page to the first screen's heading drawn and painted, of which
//   page_fcp_ms is the page's own first contentful paint after its navigation started;
// - node_start_ms: a bare `node -e 0` here, the floor under shell_ready_ms;
// - renderer_first_js_bytes: the JavaScript the first screen loads (index.html's script and its static imports).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { ROOT, startShellProcess } from '../support/web-shell-process';

import { median, round3 } from './figure';
import type { Bench } from './figure';

const RUNS = 5;
const RENDERER = join(ROOT, 'out', 'renderer');

type Parts = {
  total: number;
  shell: number;
  browser: number;
  tab: number;
  page: number;
  fcp: number;
};

async function oneRun(rendererCheck: string): Promise<Parts> {
  const t0 = performance.now();
  const shell = await startShellProcess();
  const t1 = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const t2 = performance.now();
  try {
    const page = await browser.newPage();
    const t3 = performance.now();
    await page.goto(shell.launchUrl);
    await page
      .getByRole('heading', { level: 1, name: rendererCheck })
      .waitFor({ state: 'visible' });
    // Two animation frames: the frame with the first screen has been painted.
    await page.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
    );
    const t4 = performance.now();
    const fcp = await page.evaluate(
      "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1",
    );
    return {
      total: t4 - t0,
      shell: t1 - t0,
      browser: t2 - t1,
      tab: t3 - t2,
      page: t4 - t3,
      fcp: Number(fcp),
    };
  } finally {
    await browser.close();
    await shell.stop();
  }
}

/** Bytes of the script index.html loads and of every module it imports statically (not import()). */
export function firstScreenJsBytes(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const todo = [...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((m) => m[1]!);
  todo.push(
    ...[...html.matchAll(/<link rel="modulepreload"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1]!),
  );
  const seen = new Set<string>();
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+)["']/g,
    )) {
      todo.push(join('assets', m[1]!));
    }
  }
  return [...seen].reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

const nodeStart = (): number => {
  const times = Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t0;
  });
  return median(times);
};

export const shellBench: Bench = {
  name: 'shell',
  run: async (report) => {
    const runs: Parts[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      runs.push(await oneRun('Child protection conferences'));
    }
    const part = (key: keyof Parts) => round3(median(runs.map((r) => r[key])));
    const assets = readdirSync(join(RENDERER, 'assets'));
    report({
      name: 'shell.start_ms',
      value: part('total'),
      unit: 'ms',
      params: {
        runs: RUNS,
        browser: 'chromium',
        shell: 'browser',
        renderer: join('out', 'renderer'),
        shell_ready_ms: part('shell'),
        browser_launch_ms: part('browser'),
        first_tab_ms: part('tab'),
        page_paint_ms: part('page'),
        page_fcp_ms: part('fcp'),
        node_start_ms: round3(nodeStart()),
        renderer_first_js_bytes: firstScreenJsBytes(RENDERER),
        renderer_js_files: assets.filter((a) => /\.m?js$/.test(a)).length,
      },
    });
  },
};
