// The list stays usable with 5,000 children subject to a plan: aria-rowcount counts every row (plus the
// header) while only the rows in view are in the page; rows render as the table scrolls, by pointer and by Tab.
// The children are fictional (test-range NHS numbers), on signed conferences written into the vault beforehand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startShellProcess } from '../support/web-shell-process';

import { expect, expectNoAxeViolations, screenshot, test as base } from './fixtures';
import { TEST_PASSPHRASE } from './pages/conference-vault';
import { seedVaultWithPlans } from './pages/list-large-seed';
import { rpc } from './pages/sibling-conference';

const COUNT = 5000;

// This file's shell opens a vault seeded with COUNT children before it starts.
const test = base.extend({
  shell: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'icpc-e2e-large-'));
      await seedVaultWithPlans(dataDir, COUNT);
      const shell = await startShellProcess({ dataDir });
      await use(shell);
      await shell.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'test', timeout: 240_000 },
  ],
});

test('5,000 children: the windowed list renders rows as it scrolls and counts them all', async ({
  app,
}) => {
  test.setTimeout(180_000);
  await rpc(app, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
  await app.reload();

  const started = Date.now();
  await app.evaluate(() => {
    window.location.hash = '#/list';
  });
  await expect(app.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(
    'Showing 5,000 of 5,000 children subject to a plan.',
    { timeout: 30_000 },
  );
  const table = app.getByRole('table', { name: 'Children subject to a child protection plan' });
  const rows = table.locator('tbody tr[aria-rowindex]');
  await expect(rows.first()).toBeVisible();
  console.log(`list of ${COUNT} shown in ${Date.now() - started} ms`);
  await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await expectNoAxeViolations(app);

  // Scroll half way: the rows there are rendered, and still far fewer than all of them.
  const region = app.getByRole('region', { name: /Children subject to a child protection plan/ });
  await region.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect
    .poll(async () => Number(await rows.first().getAttribute('aria-rowindex')))
    .toBeGreaterThan(2300);
  const middle = Number(await rows.first().getAttribute('aria-rowindex'));
  expect(middle).toBeLessThan(2600);
  expect(await rows.count()).toBeLessThan(60);
  await expect(rows.nth(12)).toContainText(/Born \d+ \w+ \d{4}/);
  await screenshot(app, 'list-10-large-middle');

  // The end: the last row is row 5,001 (the header is row 1).
  await region.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(rows.last()).toHaveAttribute('aria-rowindex', String(COUNT + 1));
  await expect(rows.last()).toBeVisible();

  // A figure, not a test: how long a jump to a new place takes to show its rows (two animation frames).
  const perJump = await region.evaluate(async (el) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    for (let i = 1; i <= 40; i += 1) {
      el.scrollTop = (el.scrollHeight * ((i * 37) % 100)) / 100;
      await frame();
      await frame();
    }
    return (performance.now() - t0) / 40;
  });
  console.log(`list of ${COUNT}: ${perJump.toFixed(1)} ms per scroll jump to rendered rows`);

  // Keyboard: Tab from the first child's link walks on past the first window of rows.
  await region.evaluate((el) => {
    el.scrollTop = 0;
  });
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  await rows.first().getByRole('link').focus();
  for (let i = 0; i < 40; i += 1) {
    await app.keyboard.press('Tab');
  }
  const focusedRow = await app.evaluate(() =>
    document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'),
  );
  expect(focusedRow).toBe('42');

  // A figure: a filter change (list.query over 5,000 and the table re-rendered) until the count shows.
  const summary = app.getByRole('status').filter({ hasText: /^Showing/ });
  const t0 = Date.now();
  await app.getByRole('checkbox', { name: 'Sexual abuse' }).check();
  await expect(summary).not.toContainText('Showing 5,000 of');
  console.log(`list of ${COUNT}: category filter shown in ${Date.now() - t0} ms`);
  await app.getByRole('checkbox', { name: 'Sexual abuse' }).uncheck();
  await expect(summary).toContainText('Showing 5,000 of');

  // Search narrows the 5,000 at once.
  await app.getByLabel('Search the list').fill('Oliver');
  await expect(app.getByRole('status').filter({ hasText: /^Showing/ })).not.toContainText(
    'Showing 5,000 of',
  );
  await expect(rows.first()).toContainText('Oliver');
});
