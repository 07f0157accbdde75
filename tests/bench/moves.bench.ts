// ui.moves_sibling_group: the moves (clicks + keys + text fields filled) to record the sibling group's agency
// views, before (row by row) and after ("Same as above", "Apply to every child"); the figure is the after count,
// with both in params. See tests/support/moves-scenario.ts for what counts as a move.
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { recordViews, seedSiblingGroup, totalMoves } from '../support/moves-scenario';
import { startShellProcess } from '../support/web-shell-process';

import type { Bench } from './figure';

export const movesBench: Bench = {
  name: 'moves',
  run: async (report) => {
    const shell = await startShellProcess();
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(shell.launchUrl);
      const created = await page.evaluate(async () => {
        const response = await fetch('/rpc/vault.create', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ passphrase: 'a fictional long passphrase' }),
        });
        return ((await response.json()) as { ok: boolean }).ok;
      });
      if (!created) {
        throw new Error('vault.create failed');
      }
      await page.reload();
      const before = await recordViews(page, shell.origin, await seedSiblingGroup(page), 'before');
      const after = await recordViews(page, shell.origin, await seedSiblingGroup(page), 'after');
      const b = totalMoves(before);
      const a = totalMoves(after);
      report({
        name: 'ui.moves_sibling_group',
        value: a,
        unit: 'count',
        params: {
          before: b,
          after: a,
          cut_percent: Math.round(((b - a) / b) * 1000) / 10,
          before_clicks: before.clicks,
          before_fields: before.fields,
          after_clicks: after.clicks,
          after_fields: after.fields,
          scenario: 'agency views: 3 children × every professional (sibling-group fixture)',
        },
      });
    } finally {
      await browser.close();
      await shell.stop();
    }
  },
};
