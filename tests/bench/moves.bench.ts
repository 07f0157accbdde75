// ui.moves_sibling_group: the moves (clicks + keys + text fields filled + scrolls) to record a whole sibling-group
// conference through the screens, from "Start a new conference" to "Mark as ready for sign-off", on a 1280×800
// window: the way a new user first tried it ("before") and with the time-savers ("after"); the figure is the after
// count, with both in params. ui.moves_agency_views is the same for the agency views step alone. What counts as a
// move: tests/support/conference-moves/counter.ts and docs/room.md.
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { recordConference, totalOf } from '../support/conference-moves';
import type { Moves } from '../support/conference-moves';
import { recordViews, seedSiblingGroup, totalMoves } from '../support/moves-scenario';
import { startShellProcess } from '../support/web-shell-process';

import type { Bench } from './figure';

const cut = (before: number, after: number): number =>
  Math.round(((before - after) / before) * 1000) / 10;

const kinds = (prefix: string, m: Moves): Record<string, number> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [`${prefix}_${k}`, v]));

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
      const whole = {
        before: await recordConference(page, shell.origin, 'before'),
        after: await recordConference(page, shell.origin, 'after'),
      };
      const b = totalOf(whole.before.moves);
      const a = totalOf(whole.after.moves);
      report({
        name: 'ui.moves_sibling_group',
        value: a,
        unit: 'count',
        params: {
          before: b,
          after: a,
          cut_percent: cut(b, a),
          ...kinds('before', whole.before.moves),
          ...kinds('after', whole.after.moves),
          window: '1280x800',
          scenario:
            'whole initial conference, set-up to ready for sign-off: 3 children, 2 parents, 4 professionals',
        },
      });
      const views = {
        before: await recordViews(page, shell.origin, await seedSiblingGroup(page), 'before'),
        after: await recordViews(page, shell.origin, await seedSiblingGroup(page), 'after'),
      };
      const vb = totalMoves(views.before);
      const va = totalMoves(views.after);
      report({
        name: 'ui.moves_agency_views',
        value: va,
        unit: 'count',
        params: {
          before: vb,
          after: va,
          cut_percent: cut(vb, va),
          scenario: 'agency views step: 3 children × every professional (sibling-group fixture)',
        },
      });
    } finally {
      await browser.close();
      await shell.stop();
    }
  },
};
