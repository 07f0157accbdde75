// shell.start_ms: what a person waits for after starting the browser shell (`node out/main/web-shell.js`, as
// `npm start` does without the Electron binary): from spawning the shell to the first screen painted in the Chromium
// app window the shell opened itself (median of 5 cold runs, each with a new shell, data folder, Chromium and
// profile; tests/bench/shell-real.ts). Until this figure was named the real path, it timed a Playwright-driven
// launch instead; that figure is kept as the param playwright_launch_ms, its runs taken in turns with the real ones.
// Params (medians):
// - spawn_to_browser_ms: the shell started until it started Chromium;
// - browser_to_page_ms: Chromium's own start, its window and the launch page, until the app page's navigation;
// - page_to_first_screen_ms: the app page's navigation to the first screen painted (page_fcp_ms its first
//   contentful paint), of which status_request_ms is the first screen's app.status request;
// - display: where the window opened (this display, a private Xvfb, or headless Chromium when neither exists);
// - playwright_launch_ms and its parts: shell_ready_ms (the shell started with --no-open until it printed its
//   address), browser_launch_ms (Playwright's Chromium launch), first_tab_ms (its first tab), page_paint_ms (from
//   goto to the first screen's heading painted);
// - chromium_floor_ms: the same Chromium and app-mode arguments opening a one-line local page, spawn to its first
//   frame (tests/bench/chromium-floor.ts): the floor no change to the app can go below;
// - node_start_ms: a bare `node -e 0` here, the floor under the shell's own start;
// - renderer_first_js_bytes: the JavaScript the first screen loads (index.html's script and its static imports).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { ROOT, startShellProcess } from '../support/web-shell-process';

import { chromiumFloorRun } from './chromium-floor';
import { median, round3 } from './figure';
import { openDisplay, realRun } from './shell-real';
import type { RealParts } from './shell-real';
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
    const display = await openDisplay();
    const real: RealParts[] = [];
    const driven: Parts[] = [];
    const floor: number[] = [];
    try {
      for (let i = 0; i < RUNS; i += 1) {
        real.push(await realRun(display));
        driven.push(await oneRun('Child protection conferences'));
        floor.push(await chromiumFloorRun(display));
      }
    } finally {
      display.stop();
    }
    const part = (key: keyof Parts) => round3(median(driven.map((r) => r[key])));
    const realPart = (key: keyof RealParts) => round3(median(real.map((r) => r[key])));
    const assets = readdirSync(join(RENDERER, 'assets'));
    report({
      name: 'shell.start_ms',
      value: realPart('total'),
      unit: 'ms',
      params: {
        runs: RUNS,
        browser: 'chromium',
        shell: 'browser',
        path: 'node out/main/web-shell.js, Chromium opened by the shell',
        display: display.kind,
        renderer: join('out', 'renderer'),
        chromium_floor_ms: round3(median(floor)),
        spawn_to_browser_ms: realPart('toBrowser'),
        browser_to_page_ms: realPart('browserToPage'),
        page_to_first_screen_ms: realPart('pageToScreen'),
        page_fcp_ms: realPart('fcp'),
        status_request_ms: realPart('status'),
        playwright_launch_ms: part('total'),
        shell_ready_ms: part('shell'),
        browser_launch_ms: part('browser'),
        first_tab_ms: part('tab'),
        page_paint_ms: part('page'),
        playwright_page_fcp_ms: part('fcp'),
        node_start_ms: round3(nodeStart()),
        renderer_first_js_bytes: firstScreenJsBytes(RENDERER),
        renderer_js_files: assets.filter((a) => /\.m?js$/.test(a)).length,
      },
    });
  },
};
