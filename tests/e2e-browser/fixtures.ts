// Playwright fixtures: one browser shell with its own data folder per test, signed in through its launch link.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

import { ROOT, startShellProcess } from '../support/web-shell-process';
import type { RunningShell } from '../support/web-shell-process';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

type Fixtures = { shell: RunningShell; app: Page };

export const test = base.extend<Fixtures>({
  shell: async ({}, use) => {
    const shell = await startShellProcess();
    await use(shell);
    await shell.stop();
  },
  app: async ({ page, shell }, use) => {
    await page.goto(shell.launchUrl);
    await expect(page).toHaveURL(`${shell.origin}/`);
    await use(page);
  },
});

export { expect };

/** Saves a full-page screenshot under test-results/screenshots/<name>.png (kept as a CI artifact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs axe (WCAG 2.2 A/AA) on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
