// ui.step_change_ms: how long the chair waits for the next step in live mode. A sibling group (the document
// fixture: three children with views, analysis, categories, outline plans and core groups) is stored through the
// browser shell, the conference is started, and every step is visited with Alt+Page Down to the end of the agenda,
// then back with Alt+Page Up, twice. Each change is timed in the page from the keydown's event.timeStamp until
// the new step's heading is in the document and the main thread has been through a frame and a task after it
// (requestAnimationFrame, then setTimeout), i.e. the step is drawn and the page is idle again. Goal: p95 ≤ 100 ms.
import { chromium } from 'playwright-core';
import type { CDPSession, Page } from 'playwright-core';

import { STEPS } from '../../shared/domain/steps';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { startShellProcess } from '../support/web-shell-process';
import { aDocumentConference } from '../fixtures/documents';
import { rpc, storeCompleteConference } from '../e2e-browser/pages/complete-conference';

import { median, percentile, round3 } from './figure';
import type { Bench } from './figure';

const PASSES = 2;

/** Arms the timer for a move to `step`; the promise it leaves on window resolves with the milliseconds. */
const ARM = (step: string): string => `(() => {
  window.__stepChange = new Promise((resolve) => {
    let start = -1;
    window.addEventListener('keydown', (e) => { if (start < 0) start = e.timeStamp; }, { capture: true, once: true });
    const shown = () => document.querySelector('[data-screen="${step}"] h1') !== null;
    const finish = () =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        finish();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
})()`;

type Cpu = { task: number; script: number; layout: number; style: number };

/** The page's main-thread CPU time so far (Chromium's counters in thread ticks, so other processes do not count). */
async function cpuNow(cdp: CDPSession): Promise<Cpu> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
  };
}

async function move(
  page: Page,
  cdp: CDPSession,
  key: string,
  step: string,
): Promise<{ ms: number; cpu: Cpu }> {
  await page.evaluate(ARM(step));
  const before = await cpuNow(cdp);
  await page.keyboard.press(key);
  const ms = await page.evaluate<number>('window.__stepChange');
  const after = await cpuNow(cdp);
  await page.waitForTimeout(150); // a chair looks at the step before moving on; work left over is not counted
  return {
    ms,
    cpu: {
      task: after.task - before.task,
      script: after.script - before.script,
      layout: after.layout - before.layout,
      style: after.style - before.style,
    },
  };
}

export const stepChangeBench: Bench = {
  name: 'step-change',
  run: async (report) => {
    const shell = await startShellProcess();
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await page.goto(shell.launchUrl);
      const created = await rpc(page, 'vault.create', {
        passphrase: 'a fictional long passphrase',
      });
      if (!created.ok) {
        throw new Error(`vault.create failed: ${created.error.message}`);
      }
      const source = aDocumentConference();
      const id = await storeCompleteConference(page, source);
      const children = source.children.length;
      const first = STEPS[0]!.id;
      await page.goto(`${shell.origin}/#/conference/${encodeURIComponent(id)}/live/${first}`);
      await page.reload();
      await page.locator(`[data-screen="${first}"] h1`).waitFor();
      const start = page.getByRole('button', { name: 'Start the conference' });
      if (await start.isVisible()) {
        await start.click();
      }
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const times: number[] = [];
      const cpu: Cpu[] = [];
      const byStep = new Map<string, number[]>();
      const cpuByStep = new Map<string, number[]>();
      const record = (step: string, got: { ms: number; cpu: Cpu }): void => {
        times.push(got.ms);
        cpu.push(got.cpu);
        byStep.set(step, [...(byStep.get(step) ?? []), got.ms]);
        cpuByStep.set(step, [...(cpuByStep.get(step) ?? []), got.cpu.task]);
      };
      for (let pass = 0; pass < PASSES; pass += 1) {
        for (const step of STEPS.slice(1)) {
          record(step.id, await move(page, cdp, 'Alt+PageDown', step.id));
        }
        for (const step of [...STEPS].reverse().slice(1)) {
          record(step.id, await move(page, cdp, 'Alt+PageUp', step.id));
        }
      }
      const cpuP95 = (k: keyof Cpu): number =>
        round3(
          percentile(
            cpu.map((c) => c[k]),
            95,
          ),
        );
      const slowestOf = (m: Map<string, number[]>): string =>
        [...m]
          .map(([step, ms]) => [step, Math.max(...ms)] as const)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4)
          .map(([step, ms]) => `${step} ${Math.round(ms)}`)
          .join(', ');
      report({
        name: 'ui.step_change_ms',
        value: percentile(times, 95),
        unit: 'ms',
        params: {
          steps: STEPS.length,
          children,
          changes: times.length,
          median_ms: round3(median(times)),
          max_ms: round3(Math.max(...times)),
          slowest_steps_max_ms: slowestOf(byStep),
          slowest_steps_cpu_ms: slowestOf(cpuByStep),
          // Main-thread CPU per change (thread ticks): what the page itself spends, whatever else the machine runs.
          cpu_task_p95_ms: cpuP95('task'),
          cpu_script_p95_ms: cpuP95('script'),
          cpu_layout_p95_ms: cpuP95('layout'),
          cpu_style_p95_ms: cpuP95('style'),
          measures: 'keydown to the step heading shown, a frame and a task after it (Chromium)',
        },
      });
    } finally {
      await browser.close();
      await shell.stop();
    }
  },
};
